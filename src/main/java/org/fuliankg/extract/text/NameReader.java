package org.fuliankg.extract.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.annotate.Sentence;
import org.fuliankg.annotate.Token;
import org.fuliankg.lexicon.Surnames;

/**
 * Reads a Chinese personal name (2–4 characters starting with a surname) next to a title. The segmenter's person
 * tag decides where the name ends when it has one; otherwise the word that follows must be a boundary (表示, 说,
 * a comma …), so that 余元 or 党话 never pass as names.
 */
public final class NameReader {

    /** Words that end a name when they follow it: speech verbs, particles, conjunctions, punctuation-like words. */
    private static final List<String> BOUNDARY_WORDS = List.of("表示", "说", "介绍", "指出", "认为", "强调", "称",
            "谈", "讲", "等", "也", "同志", "女士", "先生", "一行", "作", "在", "来", "到", "出席", "参加", "主持",
            "致辞", "带", "率", "和", "与", "及", "为", "向", "对", "是", "的", "就", "还", "都", "深入", "前往",
            "走进", "看望", "调研", "慰问", "获", "被", "将", "已", "曾", "答", "回答", "坦言", "告诉", "提出", "提到",
            "希望", "要求", "发言", "宣讲", "通过", "同", "接受", "感慨", "则", "说道", "寄语", "当选", "任", "组织", "召开", "部署", "陪同", "会见", "听取", "宣布",
            "指导", "检查", "走访", "分享", "亲自", "首先", "随后", "详细", "一同", "共同", "现场", "专程", "带队", "以", "用", "给", "让", "赴", "于",
            "正在", "正与", "正和", "出任", "担任", "兼任", "连任", "接任", "继任", "代表", "成功", "再次", "主持", "到会", "应邀", "致辞", "宣读", "致", "分别");
    /** Words after a title and a name that show the name is complete even when its surname is rare (仝, 郗):
     * speech and presence verbs, or 同志. */
    private static final List<String> STRONG_BOUNDARIES = List.of("告诉", "表示", "说", "指出", "介绍", "强调", "认为",
            "同志", "出席", "主持", "讲话", "致辞", "到会", "代表", "参加", "当选", "正在", "正与", "正和", "出任", "担任", "在讲话", "在会上");
    /** Characters that do not occur in given names but often follow titles. */
    private static final String NOT_IN_NAMES = "的了是在和与等及为将把对从向也都就说们这那个年月日副主记委员代表";

    /** Numerals that start counts after titles (副主席两名) and never an uncommon surname. */
    private static final String NUMERALS = "一二两三四五六七八九十几多数";

    private final String text;
    private final Map<Integer, Token> tokenByStart = new HashMap<>();
    private final Map<Integer, Token> tokenByEnd = new HashMap<>();

    public NameReader(AnnotatedText annotated) {
        this.text = annotated.text().text();
        for (Sentence s : annotated.sentences()) {
            for (Token t : s.tokens()) {
                tokenByStart.put(t.start(), t);
                tokenByEnd.put(t.end(), t);
            }
        }
    }

    /** The end of a name starting at {@code pos}, if one starts there. */
    public Optional<Integer> nameEndAt(int pos) {
        int surname = Surnames.get().surnameLengthAt(text, pos);
        if (surname == 0) return Optional.empty();
        Token tok = tokenByStart.get(pos);
        if (tok != null && tok.isPerson() && tok.end() - pos > surname && tok.end() - pos <= surname + 2
                && plausible(pos, tok.end(), surname)
                && (tok.end() == text.length() || !isName(tok.end())
                || tok.end() - pos == surname + 2 && startsWord(tok.end()))) {
            return Optional.of(straddled(pos + surname + 1, tok.end()).orElse(tok.end()));
        }
        for (int end = pos + surname + 1; end <= Math.min(pos + surname + 2, text.length()); end++) {
            if (!plausible(pos, end, surname)) break;
            if (isBoundary(end)) return Optional.of(end);
        }
        return Optional.empty();
    }

    /**
     * The end of a name right after a title, also for a surname missing from the list (仝某某告诉记者): two or
     * three characters the segmenter tagged as a person, or followed by a speech verb, 同志 or punctuation.
     */
    public Optional<Integer> nameEndAfterTitle(int pos) {
        Optional<Integer> common = nameEndAt(pos);
        if (common.isPresent() || pos >= text.length() || !isHan(text.charAt(pos))) return common;
        if (NUMERALS.indexOf(text.charAt(pos)) >= 0) return Optional.empty(); // 副主席两名: a count, no name
        if (startsBoundaryWord(pos)) return Optional.empty(); // 巡视员率团出席: a verb, no uncommon surname
        Token tok = tokenByStart.get(pos);
        if (tok != null && tok.isPerson() && tok.word().length() >= 2 && tok.word().length() <= 3
                && plausible(pos, tok.end(), 1) && isBoundary(tok.end())) {
            return Optional.of(tok.end());
        }
        boolean properNoun = tok != null && tok.tag().equals("nz"); // 楼某某/nz: a name the segmenter did not tag as one
        if (tok != null && tok.word().length() >= 2 && !tok.isPerson() && !properNoun) return Optional.empty(); // 主席团
        // 执委会|议、 and 主席台|玉琪主持 both start inside a word: only a verb after the name tells a name
        boolean insideWord = tok == null && !tokenByEnd.containsKey(pos);
        for (int end = pos + 2; end <= Math.min(pos + 3, text.length()); end++) {
            if (!plausible(pos, end, 1) || startsBoundaryWord(pos + 1) || holdsWord(pos + 1, end)) break;
            if (properNoun && end != tok.end()) continue;
            boolean punctuated = end == text.length() || !isHan(text.charAt(end));
            if (punctuated && !insideWord || startsAny(end, STRONG_BOUNDARIES)) {
                return Optional.of(end);
            }
        }
        return Optional.empty();
    }

    /** True when [start, end) reads as a whole name: a surname and a plausible given name, or a person tag. */
    public boolean isNameSpan(int start, int end) {
        Token tok = tokenByStart.get(start);
        if (tok != null && tok.isPerson() && tok.end() == end) return true;
        int surname = Surnames.get().surnameLengthAt(text, start);
        return surname > 0 && end - start > surname && plausible(start, end, surname);
    }

    /** 陆海出任: a tagged "name" whose end a two-character boundary word straddles ends before that word. */
    private Optional<Integer> straddled(int from, int tokenEnd) {
        for (int e = from; e < tokenEnd; e++) {
            for (String w : BOUNDARY_WORDS) {
                if (w.length() >= 2 && e + w.length() > tokenEnd && text.startsWith(w, e)) return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** True when a word of two or more characters that is no name starts in [from, end) (作三八, 会会议). */
    private boolean holdsWord(int from, int end) {
        for (int i = from; i < end; i++) {
            Token tok = tokenByStart.get(i);
            if (tok != null && tok.word().length() >= 2 && !tok.isPerson()) return true;
        }
        return false;
    }

    /** 刘某某/nr 回顾/v: a word of two or more characters (no name) starts right after a tagged name of full length. */
    private boolean startsWord(int pos) {
        Token tok = tokenByStart.get(pos);
        return tok != null && tok.word().length() >= 2 && !tok.isPerson();
    }

    private boolean startsBoundaryWord(int pos) {
        return startsAny(pos, BOUNDARY_WORDS);
    }

    private boolean startsAny(int pos, List<String> words) {
        for (String w : words) {
            if (text.startsWith(w, pos)) return true;
        }
        return false;
    }

    /**
     * The start of a name ending exactly at {@code end}: one the segmenter tagged as a person, or two or three
     * characters starting with a surname right after a punctuation mark (会上，陈秀英主席作工作报告).
     */
    public Optional<Integer> nameEndingAt(int end) {
        Token tok = tokenByEnd.get(end);
        if (tok != null && tok.isPerson()) {
            int surname = Surnames.get().surnameLengthAt(text, tok.start());
            if (surname > 0 && plausible(tok.start(), end, surname) && end - tok.start() <= surname + 2) {
                return Optional.of(tok.start());
            }
        }
        for (int start = end - 3; start <= end - 2; start++) {
            if (start < 0 || (start > 0 && !TextShape.isDelimiter(text.charAt(start - 1)))) continue;
            int surname = Surnames.get().surnameLengthAt(text, start);
            if (surname > 0 && plausible(start, end, surname)) return Optional.of(start);
        }
        return Optional.empty();
    }

    /** True when the text at {@code pos} is a point where a name may end. */
    public boolean isBoundary(int pos) {
        if (pos >= text.length()) return true;
        if (!isHan(text.charAt(pos))) return true;
        return startsBoundaryWord(pos);
    }

    private boolean isName(int pos) {
        return isHan(text.charAt(pos)) && NOT_IN_NAMES.indexOf(text.charAt(pos)) < 0 && !isBoundary(pos);
    }

    private boolean plausible(int start, int end, int surname) {
        if (end > text.length() || end - start < 2 || end - start > 4) return false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!isHan(c)) return false;
            if (i >= start + surname && NOT_IN_NAMES.indexOf(c) >= 0) return false;
        }
        return true;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
