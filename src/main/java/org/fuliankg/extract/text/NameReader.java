package org.fuliankg.extract.text;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.annotate.Token;
import org.fuliankg.lexicon.Divisions;
import org.fuliankg.lexicon.NameSounds;
import org.fuliankg.lexicon.Positions;
import org.fuliankg.lexicon.Surnames;
import org.fuliankg.lexicon.WordTrie;

/**
 * Reads a Chinese personal name (2–4 characters starting with a surname) next to a title. The segmenter's person
 * tag decides where the name ends when it has one; otherwise the word that follows must be a boundary (表示, 说,
 * a comma …), so that 余元 or 党话 never pass as names. Right after a title it also reads names of other shapes:
 * Uyghur, Kazakh and foreign names joined by a name dot, Vietnamese names (阮氏秋荷), Hong Kong married names
 * (彭徐美云), Tibetan names (次仁央金) and names written by sound with no Han surname (胡达古拉). Where the segmenter
 * split a name or left part of it a word of its own (王/n 某刚/nr, 代金/n 某/ng, 罗某为/nr), the reader mends it, and
 * it reads the subject of a profile (某某，女，…，现任…主席，) for a title no name stands next to.
 */
public final class NameReader {

    /** Words that end a name when they follow it: speech verbs, particles, conjunctions, punctuation-like words. */
    private static final List<String> BOUNDARY_WORDS = List.of("亦", "荣任", "博士", "教授", "议员", "夫人", "日前", "近日", "近期", "昨日", "当天", "表示", "说", "介绍", "指出", "认为", "强调", "称",
            "谈", "讲", "等", "也", "同志", "女士", "先生", "一行", "作", "在", "来", "到", "出席", "参加", "主持",
            "致辞", "带", "率", "携", "和", "与", "及", "为", "向", "对", "是", "的", "就", "还", "都", "深入", "前往",
            "走进", "看望", "调研", "慰问", "获", "被", "将", "已", "曾", "答", "回答", "坦言", "告诉", "提出", "提到",
            "希望", "要求", "发言", "宣讲", "通过", "同", "接受", "感慨", "则", "说道", "寄语", "当选", "任", "组织", "召开", "部署", "陪同", "会见", "听取", "宣布",
            "指导", "检查", "走访", "分享", "亲自", "首先", "随后", "详细", "一同", "共同", "现场", "专程", "带队", "以", "用", "给", "让", "赴", "于",
            "正在", "正与", "正和", "出任", "担任", "兼任", "连任", "接任", "继任", "转任", "调任", "升任", "代表", "成功", "再次", "主持", "到会", "应邀", "致辞", "宣读", "致", "分别",
            "重点", "汇报", "认真", "充分", "带领", "围绕", "积极", "入选");
    /** Words after a title and a name that show the name is complete even when its surname is rare (仝, 郗):
     * speech and presence verbs, or 同志. */
    private static final List<String> STRONG_BOUNDARIES = List.of("告诉", "表示", "说", "指出", "介绍", "强调", "认为",
            "同志", "出席", "主持", "讲话", "致辞", "到会", "代表", "参加", "当选", "正在", "正与", "正和", "出任", "担任", "在讲话", "在会上");
    /** The word lists as tries, and the first characters of the boundary words of two characters or more: they are
     * asked at nearly every position where a name may end, and a scan of the lists there was costly. */
    private static final WordTrie<String> BOUNDARY_TRIE = trie(BOUNDARY_WORDS);
    private static final WordTrie<String> STRONG_TRIE = trie(STRONG_BOUNDARIES);
    private static final BitSet LONGER_BOUNDARY_FIRSTS = new BitSet();
    /** Characters of the Han script, by UTF-16 unit: {@link Character.UnicodeScript#of} searches a table each time. */
    private static final BitSet HAN = new BitSet(Character.MAX_VALUE + 1);

    static {
        BOUNDARY_WORDS.stream().filter(w -> w.length() >= 2).forEach(w -> LONGER_BOUNDARY_FIRSTS.set(w.charAt(0)));
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) HAN.set(c);
        }
    }

    /** Characters that do not occur in given names but often follow titles. */
    private static final String NOT_IN_NAMES = "的了是在和与等及为将把对从向也都就说们这那个年日副主记委员代表我你他她它";
    /** Characters of {@link #NOT_IN_NAMES} that do end given names (李某为, 张某和, 李向某): trusted only in a name the
     * segmenter tagged whole, with a boundary, a verb or adverb of its own, or a table's next cell after it. */
    private static final String GIVEN_ALSO = "为和向";

    /** Dots joining the parts of a Uyghur, Kazakh or foreign name (阿依帕夏·阿布力孜); a hyphen joins parts only
     * in a name that has one of them (塔玛拉·拉斯托瓦茨-夏玛什维利). */
    private static final String NAME_DOTS = "·‧・•﹒";
    private static final String NAME_JOINERS = NAME_DOTS + "-－";
    /** Longest part of a joined name, and longest name written by sound. */
    private static final int MAX_NAME_PART = 8;
    private static final int MAX_SOUND_NAME = 7;
    /** Boundary words that are also common inside names written by sound (阿不都拉, 哈斯也提). */
    private static final String SOUNDS_NOT_BOUNDARIES = "都也";
    /** Surnames that are also function words (和 "and"): a name only right after a title, when no name of a
     * listed surname starts after them. */
    private static final String FUNCTION_WORD_SURNAMES = "和";
    /** Vietnamese women's names put 氏 between surname and given name (阮氏秋荷); 和 (Hòa) is a common given name. */
    private static final char VIETNAMESE_MIDDLE = '氏';
    private static final String VIETNAMESE_GIVEN_ALSO = "和";

    /** Last characters of division names written in full (省, 市, 县 …). */
    private static final String DIVISION_LEVELS = "省市县区州盟旗";

    /** The longest note in parentheses after a listed name ((兼职), (藏、兼)), characters inside. */
    private static final int MAX_NOTE = 10;

    /** First letters of the segmenter's tags of function words: prepositions, conjunctions, particles, pronouns,
     * interjections, modal particles, onomatopoeia. */
    private static final String FUNCTION_WORD_TAGS = "pcuryeo";
    /** First letters of the tags a surname read as a word of its own gets: noun, measure word, time word. */
    private static final String SURNAME_WORD_TAGS = "nqt";

    /** Segmenter tags of one character that cannot stand as a word: a name's last character left over (燕/ng). */
    private static final Set<String> BOUND_MORPHEMES = Set.of("ng", "ag", "vg", "tg", "b", "bg");

    /** What a profile writes between its subject's name and her titles: sex, people, 现任 (女，维吾尔族，现任). */
    private static final Pattern PROFILE_OPENING =
            Pattern.compile("(?:[男女][，,])?(?:\\p{IsHan}{1,5}族[，,])?(?:现任|担任|现为|任|系|是)?");
    /** Characters that end a sentence, before a profile's subject. */
    private static final String SENTENCE_ENDS = "。！？!?\n";
    /** How far back (characters) a profile's subject may open the sentence of her title, and the longest label
     * before it (个人简介：). */
    private static final int MAX_PROFILE = 60;
    private static final int MAX_LABEL = 6;

    /** Numerals that start counts after titles (副主席两名) and never an uncommon surname. */
    private static final String NUMERALS = "一二两三四五六七八九十几多数";
    /** Verbs of one character the segmenter joins to a name of two before them (某红携/nr 调研组, 某海携/nr 夫人): no
     * given name ends in them. */
    private static final String GLUED_VERBS = "携";
    /** Numerals before a measure word of persons, and those measure words (万名执委, 百位主席). */
    private static final String COUNT_NUMERALS = NUMERALS + "百千万";
    private static final String PERSON_MEASURES = "名位";

    private final String text;
    private final TokenIndex tokenByStart;
    private final TokenIndex tokenByEnd;

    public NameReader(AnnotatedText annotated) {
        this.text = annotated.text().text();
        this.tokenByStart = TokenIndex.starts(annotated);
        this.tokenByEnd = TokenIndex.ends(annotated);
    }

    /** The end of a name starting at {@code pos}, if one starts there. */
    public Optional<Integer> nameEndAt(int pos) {
        int surname = Surnames.get().surnameLengthAt(text, pos);
        if (surname == 0 || verbBeforeTitle(pos)) return Optional.empty();
        if (surname == 1 && pos + 1 < text.length() && text.charAt(pos + 1) == VIETNAMESE_MIDDLE) {
            for (int end = pos + 4; end >= pos + 3; end--) { // 阮氏清和介绍: the four characters first (和 is a boundary)
                if (vietnameseGiven(pos + 2, end) && nameEnds(end)) return Optional.of(end);
            }
        }
        Token tok = tokenByStart.get(pos);
        if (tok != null && tok.isPerson() && tok.end() - pos == surname + 2
                && GLUED_VERBS.indexOf(text.charAt(tok.end() - 1)) >= 0 && plausible(pos, tok.end() - 1, surname)) {
            return Optional.of(tok.end() - 1); // 主席某红携/nr 调研组: the verb the segmenter glued to a name of two
        }
        if (tok != null && tok.isPerson() && tok.end() - pos == surname + 2 && !plausible(pos, tok.end(), surname)
                && plausible(pos, tok.end(), surname, GIVEN_ALSO)
                && wordAfterWholeName(tok.end(), GIVEN_ALSO.indexOf(text.charAt(tok.end() - 1)) >= 0)) {
            return Optional.of(tok.end()); // 罗某为/nr 先后/d: 为 is the name's, no preposition before an adverb
        }
        if (tok != null && tok.isPerson() && tok.end() - pos > surname && tok.end() - pos <= surname + 2
                && plausible(pos, tok.end(), surname)
                && (tok.end() == text.length() || !isName(tok.end())
                || tok.end() - pos == surname + 2 && startsWord(tok.end()))) {
            return Optional.of(straddled(pos + surname + 1, tok.end()).orElse(tok.end()));
        }
        for (int end = pos + surname + 1; end <= Math.min(pos + surname + 2, text.length()); end++) {
            if (!plausible(pos, end, surname)) break;
            if (functionWord(pos, end)) continue; // 总书记关于/p“…”: a preposition, though 关 is a surname
            if (isBoundary(end) && !isDivision(pos, end)) return Optional.of(end); // 江苏省|的: a place
        }
        return Optional.empty();
    }

    /**
     * The end of a name right after a title, also for a surname missing from the list (仝某某告诉记者): two or
     * three characters the segmenter tagged as a person, or followed by a speech verb, 同志 or punctuation; and
     * the names of other shapes (class comment). A title there (常委、常务副市长) continues a chain of titles.
     */
    public Optional<Integer> nameEndAfterTitle(int pos) {
        // 塔尼娅|·…: the first part of a joined name whose last part was not read is no name
        return readAfterTitle(pos).filter(end -> end == text.length() || NAME_DOTS.indexOf(text.charAt(end)) < 0);
    }

    private Optional<Integer> readAfterTitle(int pos) {
        if (pos >= text.length() || !isHan(text.charAt(pos))) return Optional.empty();
        if (Positions.get().titleAt(text, pos).isPresent()) return Optional.empty();
        if (verbBeforeTitle(pos)) return Optional.empty();
        Optional<Integer> joined = joinedNameEnd(pos).or(() -> doubleSurnameEnd(pos));
        if (joined.isPresent()) return joined;
        Optional<Integer> common = nameEndAt(pos).or(() -> nameBeforeVerbWord(pos));
        if (common.isPresent()) return common;
        if (NUMERALS.indexOf(text.charAt(pos)) >= 0) return Optional.empty(); // 副主席两名: a count, no name
        Optional<Integer> shaped = tibetanNameEnd(pos)
                .or(() -> soundNameEnd(pos))
                .or(() -> taggedNameBeforeWord(pos));
        if (shaped.isPresent()) return shaped;
        boolean functionWordSurname = FUNCTION_WORD_SURNAMES.indexOf(text.charAt(pos)) >= 0;
        if (startsBoundaryWord(pos) && !functionWordSurname) return Optional.empty(); // 巡视员率团出席: a verb
        Token tok = tokenByStart.get(pos);
        // 主席由张某担任, 书记和市长: a preposition or conjunction before a name or title, not a rare surname
        boolean functionWord = tok != null && tok.word().length() == 1
                && (tok.tag().startsWith("p") || tok.tag().startsWith("c"));
        if ((functionWord || functionWordSurname) && (nameEndAt(pos + 1).isPresent() || titleStartsAt(pos + 1))) {
            return Optional.empty();
        }
        if (tok != null && tok.isPerson() && tok.word().length() >= 2 && tok.word().length() <= 3
                && plausible(pos, tok.end(), 1) && isBoundary(tok.end())) {
            return Optional.of(tok.end());
        }
        boolean properNoun = tok != null && tok.tag().equals("nz"); // 楼某某/nz: a name the segmenter did not tag as one
        Optional<Integer> everyday = everydaySurnameName(pos, tok);
        if (everyday.isPresent()) return everyday;
        if (tok != null && tok.word().length() >= 2 && !tok.isPerson() && !properNoun) return Optional.empty(); // 主席团
        // 执委会|议、 and 主席台|玉琪主持 both start inside a word: only a verb after the name tells a name
        boolean insideWord = tok == null && !tokenByEnd.containsKey(pos);
        for (int end = pos + 2; end <= Math.min(pos + 3, text.length()); end++) {
            if (!plausible(pos, end, 1) || startsBoundaryWord(pos + 1)) break;
            boolean punctuated = end == text.length() || !isHan(text.charAt(end));
            // 由|海虹/nz到, 和|英姿/n，: a given name the segmenter read as a word of its own
            Token given = tokenByStart.get(pos + 1);
            boolean givenWord = given != null && given.end() == end && !insideWord && given.tag().startsWith("n")
                    && (given.tag().equals("nz") || punctuated); // not 执委|展|担当/v
            if (holdsWord(pos + 1, end) && !givenWord) continue;
            if (properNoun && end != tok.end()) continue;
            if (punctuated && !insideWord || startsAny(end, STRONG_TRIE) || givenWord && isBoundary(end)) {
                return Optional.of(end);
            }
        }
        return Optional.empty();
    }

    /**
     * A surname that is also an everyday word, right after a title, where the segmenter broke the name: 副部长代金/n
     * 某/ng 出席, 巡视员计时/v 某/b ，(a word of two characters, the last character a bound morpheme, a speech or
     * presence verb, 同志 or punctuation after); 执委查某/nr 某/nz 上门 (the segmenter's own person tag on the first
     * two or on all three, a boundary, verb or adverb after; 和 may be a given name's there); 书记应/v 某/ag 就 (a
     * name of two characters, the given one bound, a boundary after).
     */
    private Optional<Integer> everydaySurnameName(int pos, Token word) {
        if (word == null || !Surnames.get().everydayWordSurnameAt(text, pos)) return Optional.empty();
        if (word.word().length() == 1) {
            int end = pos + 2;
            Token given = tokenByStart.get(pos + 1);
            boolean bound = given != null && given.end() == end && BOUND_MORPHEMES.contains(given.tag());
            return bound && plausible(pos, end, 1) && isBoundary(end) ? Optional.of(end) : Optional.empty();
        }
        int end = pos + 3;
        if (word.isPerson() && word.end() == end) { // 执委查某某/nr 上门: the segmenter tagged the three as a person
            return plausible(pos, end, 1, GIVEN_ALSO) && nameEnds(end) ? Optional.of(end) : Optional.empty();
        }
        Token last = tokenByStart.get(pos + 2);
        if (word.word().length() != 2 || last == null || last.end() != end) return Optional.empty();
        if (word.isPerson()) {
            return plausible(pos, end, 1, GIVEN_ALSO) && nameEnds(end) ? Optional.of(end) : Optional.empty();
        }
        boolean bound = BOUND_MORPHEMES.contains(last.tag());
        boolean ends = end == text.length() || !isHan(text.charAt(end)) || startsAny(end, STRONG_TRIE);
        return bound && ends && plausible(pos, end, 1) ? Optional.of(end) : Optional.empty();
    }

    /**
     * 阿依帕夏·阿布力孜, 塔玛拉·拉斯托瓦茨-夏玛什维利: parts joined by a name dot; the last part runs over
     * characters written by sound up to a boundary (艾力|介绍).
     */
    private Optional<Integer> joinedNameEnd(int pos) {
        int partStart = pos;
        boolean dotted = false;
        while (true) {
            int i = partStart;
            while (i < text.length() && i - partStart < MAX_NAME_PART && isHan(text.charAt(i))) i++;
            boolean joined = i > partStart && i + 1 < text.length() && NAME_JOINERS.indexOf(text.charAt(i)) >= 0
                    && isHan(text.charAt(i + 1));
            if (!joined) break;
            dotted |= NAME_DOTS.indexOf(text.charAt(i)) >= 0;
            partStart = i + 1;
        }
        if (!dotted) return Optional.empty();
        int end = soundRunEnd(partStart, MAX_NAME_PART);
        return end > partStart && nameEnds(end) ? Optional.of(end) : Optional.empty();
    }

    /** True when [start, end) can be a Vietnamese given name: Han characters that may be in names, or 和. */
    private boolean vietnameseGiven(int start, int end) {
        if (end > text.length()) return false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!isHan(c) || NOT_IN_NAMES.indexOf(c) >= 0 && VIETNAMESE_GIVEN_ALSO.indexOf(c) < 0) return false;
        }
        return true;
    }

    /** 胡郭秀萍, 范徐丽泰: a Hong Kong married name, the husband's surname, her own and a two-character given name. */
    private Optional<Integer> doubleSurnameEnd(int pos) {
        Surnames surnames = Surnames.get();
        if (surnames.surnameLengthAt(text, pos) != 1 || surnames.surnameLengthAt(text, pos + 1) != 1) {
            return Optional.empty();
        }
        Token first = tokenByStart.get(pos);
        if (first != null && first.end() == pos + 2 && !first.isPerson()) return Optional.empty(); // 关于妇女: a word
        int end = pos + 4; // 朱李|月华: the segmenter's two-character tag is the two surnames
        if (isBoundary(pos + 2) || isBoundary(pos + 3)) return Optional.empty(); // 蒋文|出席: a shorter name ends there
        return plausible(pos, end, 2) && nameEnds(end) ? Optional.of(end) : Optional.empty();
    }

    /** 次仁央金, 向巴彩喜称: a Tibetan name, two syllables, or one and two more characters before a boundary. */
    private Optional<Integer> tibetanNameEnd(int pos) {
        NameSounds sounds = NameSounds.get();
        int end = pos + 4;
        if (!sounds.tibetanSyllableAt(text, pos) || !plausible(pos, end, 2)) return Optional.empty(); // 向巴: 向 is no word here
        boolean twoSyllables = sounds.tibetanSyllableAt(text, pos + 2);
        return twoSyllables && nameEnds(end) || isBoundary(end) ? Optional.of(end) : Optional.empty();
    }

    /** 胡达古拉做了, 索日娜在: a Mongolian, Uyghur or foreign name written by sound, with no Han surname. */
    private Optional<Integer> soundNameEnd(int pos) {
        int end = soundRunEnd(pos, MAX_SOUND_NAME);
        if (end - pos < 3 || !nameEnds(end)) return Optional.empty();
        Token tok = tokenByStart.get(pos);
        boolean word = tok != null && tok.end() == end && !tok.isPerson() && !tok.tag().equals("nz");
        if (word || !Divisions.get().byName(text.substring(pos, end)).isEmpty()) return Optional.empty(); // 乌兰浩特
        return Optional.of(end);
    }

    /** The end of a run of characters written by sound from {@code start}, stopping where a boundary word starts. */
    private int soundRunEnd(int start, int max) {
        NameSounds sounds = NameSounds.get();
        int end = start;
        while (end < text.length() && end - start < max && sounds.isTransliteration(text.charAt(end))
                && (end == start || SOUNDS_NOT_BOUNDARIES.indexOf(text.charAt(end)) >= 0 || !startsBoundaryWord(end))) {
            end++;
        }
        return end;
    }

    /** 黄晓薇肯定…, 张轩鼓励…: a name the segmenter tagged, followed by a verb or adverb of its own. */
    private Optional<Integer> taggedNameBeforeWord(int pos) {
        Token tok = tokenByStart.get(pos);
        int surname = Surnames.get().surnameLengthAt(text, pos);
        if (tok == null || !tok.isPerson() || surname == 0) return Optional.empty();
        int length = tok.end() - pos;
        if (length <= surname || length > surname + 2 || !plausible(pos, tok.end(), surname)) return Optional.empty();
        return separateWordAt(tok.end()) || titleStartsAt(tok.end()) ? Optional.of(tok.end()) : Optional.empty();
    }

    /**
     * 主席孟某某宴请全团: a surname and two characters right after a title, before a verb or adverb of two
     * characters or more the segmenter reads there; no word of the segmenter runs across the name's end, and the
     * three characters are no word or place of their own (张家口调研).
     */
    private Optional<Integer> nameBeforeVerbWord(int pos) {
        int surname = Surnames.get().surnameLengthAt(text, pos);
        int end = pos + surname + 2;
        if (surname == 0 || !plausible(pos, end, surname) || isPlace(pos, end)) return Optional.empty();
        Token first = tokenByStart.get(pos);
        if (first != null && first.end() > pos + surname && !first.isPerson()) return Optional.empty();
        for (int i = pos; i < end; i++) {
            Token inside = tokenByStart.get(i);
            if (inside != null && inside.end() > end) return Optional.empty();
        }
        Token next = tokenByStart.get(end);
        if (next == null || next.word().length() < 2 || next.isPerson()) return Optional.empty();
        return next.tag().startsWith("v") || next.tag().startsWith("d") ? Optional.of(end) : Optional.empty();
    }

    /** True when a name may end at {@code end}: a boundary, a verb or adverb the segmenter reads there, a title. */
    private boolean nameEnds(int end) {
        return end <= text.length() && (isBoundary(end) || separateWordAt(end) || titleStartsAt(end));
    }

    private boolean separateWordAt(int pos) {
        Token next = tokenByStart.get(pos);
        if (next == null || next.isPerson()) return false;
        String tag = next.tag();
        // 刘某多次/m 在, 某·某某某激动/a 地: a numeral word or an adjective of two characters or more is a word of its own
        boolean longWord = next.word().length() >= 2 && (tag.equals("a") || tag.equals("m") && isHan(next.word().charAt(0)));
        return tag.startsWith("v") || tag.startsWith("d") || tag.startsWith("p") || tag.equals("an") || tag.equals("ad")
                || longWord;
    }

    private boolean titleStartsAt(int pos) {
        return Positions.get().titleAt(text, pos).isPresent();
    }

    /** True when [start, end) reads as a whole name: a surname and a plausible given name, or a person tag. */
    public boolean isNameSpan(int start, int end) {
        Token tok = tokenByStart.get(start);
        if (tok != null && tok.isPerson() && tok.end() == end) return true;
        if (end - start == 4 && tibetanName(start)) return true; // 自治区妇联次仁某某副主席: no surname, two syllables
        int surname = Surnames.get().surnameLengthAt(text, start);
        return surname > 0 && end - start > surname && plausible(start, end, surname);
    }

    /** 陆海出任: a tagged "name" whose end a two-character boundary word straddles ends before that word. */
    private Optional<Integer> straddled(int from, int tokenEnd) {
        for (int e = from; e < tokenEnd; e++) {
            if (!LONGER_BOUNDARY_FIRSTS.get(text.charAt(e))) continue;
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
        return startsAny(pos, BOUNDARY_TRIE);
    }

    private boolean startsAny(int pos, WordTrie<String> words) {
        return pos >= 0 && words.longestAt(text, pos) != null;
    }

    private static WordTrie<String> trie(List<String> words) {
        Map<String, String> byWord = new HashMap<>();
        words.forEach(w -> byWord.put(w, w));
        return WordTrie.of(byWord);
    }

    /**
     * The start of a name ending exactly at {@code end}: one the segmenter tagged as a person, or two or three
     * characters starting with a surname right after a punctuation mark (会上，陈秀英主席作工作报告); a joined
     * name, a Vietnamese or a Tibetan name of four characters. Not a place (江苏省|副省长) and not a name whose
     * end a boundary word straddles (金铃荣|任).
     */
    public Optional<Integer> nameEndingAt(int end) {
        // …·|艾山: the last part of a joined name whose first part was not read is no name
        return readEndingAt(end).filter(start -> start == 0 || NAME_DOTS.indexOf(text.charAt(start - 1)) < 0);
    }

    private Optional<Integer> readEndingAt(int end) {
        if (end < 2 || straddledEnd(end) || countEndingAt(end)) return Optional.empty();
        Optional<Integer> joined = joinedNameEndingAt(end);
        if (joined.isPresent()) return joined;
        int four = end - 4;
        if (four >= 0 && Surnames.get().surnameLengthAt(text, four) == 1 && text.charAt(four + 1) == VIETNAMESE_MIDDLE
                && plausible(four, end, 1)) {
            return Optional.of(four);
        }
        if (four >= 0 && (four == 0 || TextShape.isDelimiter(text.charAt(four - 1))) && tibetanName(four)) {
            return Optional.of(four);
        }
        Token tok = tokenByEnd.get(end);
        if (tok != null && tok.isPerson()) {
            int surname = Surnames.get().surnameLengthAt(text, tok.start());
            if (surname > 0 && plausible(tok.start(), end, surname) && end - tok.start() <= surname + 2) {
                return Optional.of(surnameBefore(tok.start(), end) ? tok.start() - 1 : tok.start());
            }
        }
        for (int start = end - 3; start <= end - 2; start++) {
            if (start < 0 || start > 0 && !TextShape.isDelimiter(text.charAt(start - 1)) && !afterConjunction(start)) continue;
            int surname = Surnames.get().surnameLengthAt(text, start);
            if (surname > 0 && plausible(start, end, surname) && !isPlace(start, end) && !wordRunsPast(start, end)) {
                return Optional.of(start);
            }
        }
        return Optional.empty();
    }

    /** 主席任主任, 主席任组长: a surname that is also a verb (任) right before a post is that verb; no given name is a
     * post. */
    private boolean verbBeforeTitle(int pos) {
        return Surnames.get().surnameLengthAt(text, pos) == 1 && pos + 1 < text.length()
                && Positions.get().postWordAt(text, pos + 1);
    }

    /** 万名执委, 百位主席: a numeral and a measure word of persons before a title count its holders, no surname (万)
     * and given name. */
    private boolean countEndingAt(int end) {
        return PERSON_MEASURES.indexOf(text.charAt(end - 1)) >= 0 && COUNT_NUMERALS.indexOf(text.charAt(end - 2)) >= 0;
    }

    /**
     * After a name the segmenter tagged whole: a boundary (李向某/nr 在), a verb or adverb of its own (罗某为/nr 先后介绍),
     * or a place or body starting a table's next cell (黄为某/nr 云南省卫生健康委员会主任). A name ending in 为, 和 or 向
     * is not followed by a verb: there the character is the preposition (王某为获奖代表颁奖).
     */
    private boolean wordAfterWholeName(int end, boolean endsInPreposition) {
        Token next = tokenByStart.get(end);
        if (endsInPreposition && next != null && next.tag().startsWith("v")) return false;
        if (isBoundary(end)) return true;
        return startsWord(end) && (separateWordAt(end) || next.isPlace() || next.isOrganisation());
    }

    /**
     * 阿某·某某，女，维吾尔族，现任…镇妇联专职副主席，and 个人简介：杜某某，某村妇代会主任: the subject of a profile, a
     * name opening its sentence (or its label's text) and followed by a comma, her sex, people and 现任, then the
     * titles up to {@code titleStart} with no other comma; the title ends its clause. The name's [start, end), or
     * empty.
     */
    public Optional<int[]> profileSubjectBefore(int titleStart, int titleEnd) {
        if (titleEnd < text.length() && !TextShape.isDelimiter(text.charAt(titleEnd))) return Optional.empty();
        int start = titleStart;
        while (start > 0 && titleStart - start < MAX_PROFILE && SENTENCE_ENDS.indexOf(text.charAt(start - 1)) < 0) start--;
        if (start > 0 && SENTENCE_ENDS.indexOf(text.charAt(start - 1)) < 0) return Optional.empty();
        while (start < titleStart && isLayoutSpace(text.charAt(start))) start++;
        int label = text.indexOf('：', start);
        if (label < 0 || label >= titleStart) label = text.indexOf(':', start);
        if (label >= 0 && label < titleStart && label - start <= MAX_LABEL) start = label + 1;
        while (start < titleStart && isLayoutSpace(text.charAt(start))) start++;
        final int from = start;
        // a name of a listed surname, a joined or a Tibetan name: not any word before a comma (下一步，)
        Optional<Integer> end = joinedNameEnd(from).or(() -> nameEndAt(from)).or(() -> tibetanNameEnd(from));
        if (end.isEmpty() || end.get() >= titleStart || "，,".indexOf(text.charAt(end.get())) < 0) return Optional.empty();
        Matcher opening = PROFILE_OPENING.matcher(text).region(end.get() + 1, titleStart);
        int chain = opening.lookingAt() ? opening.end() : end.get() + 1;
        for (int i = chain; i < titleStart; i++) {
            if (TextShape.isDelimiter(text.charAt(i)) && text.charAt(i) != '、') return Optional.empty();
            Token tok = tokenByStart.get(i);
            if (tok != null && tok.isPerson()) return Optional.empty(); // another name: the title is that one's
            if (tok != null && predicate(tok)) return Optional.empty(); // 某镇妇联将发挥…主席: a clause, no list of posts
        }
        return Optional.of(new int[] {start, end.get()});
    }

    /** True for a verb or adverb of the segmenter (not a verbal noun, which bodies' names hold: 临海/vn). */
    private static boolean predicate(Token tok) {
        String tag = tok.tag();
        return tag.startsWith("d") || tag.startsWith("v") && !tag.equals("vn");
    }

    /** True when [start, end) is one word of the segmenter that is a preposition, conjunction, particle or pronoun. */
    private boolean functionWord(int start, int end) {
        Token tok = tokenByStart.get(start);
        return tok != null && tok.end() == end && FUNCTION_WORD_TAGS.indexOf(tok.tag().charAt(0)) >= 0;
    }

    /** True when a word of the segmenter other than a name starts in [start, end) and runs past {@code end}
     * (向学校/nt 长期: no name ends inside 学校). */
    private boolean wordRunsPast(int start, int end) {
        for (int i = start; i < end; i++) {
            Token tok = tokenByStart.get(i);
            if (tok != null && tok.end() > end && !tok.isPerson()) return true;
        }
        return false;
    }

    /** True when a Tibetan name of two syllables (次仁央金) starts at {@code start}. */
    private boolean tibetanName(int start) {
        return NameSounds.get().tibetanSyllableAt(text, start) && NameSounds.get().tibetanSyllableAt(text, start + 2);
    }

    /**
     * 换届王/n 某刚/nr 当选: the segmenter tagged a surname and one character as the person and left the real
     * surname before them a word of its own (a noun, measure or time word of one character: 王/n, 周/qt); the name
     * then starts one character earlier.
     */
    private boolean surnameBefore(int tagged, int end) {
        if (end - tagged != 2 || tagged < 1 || Surnames.get().surnameLengthAt(text, tagged - 1) != 1) return false;
        Token before = tokenByStart.get(tagged - 1);
        return before != null && before.end() == tagged && SURNAME_WORD_TAGS.indexOf(before.tag().charAt(0)) >= 0
                && plausible(tagged - 1, end, 1);
    }

    /** 讲话和/c 杜某/nr 某主席: a name the segmenter started tagging, right after a conjunction of one character. */
    private boolean afterConjunction(int start) {
        Token conjunction = tokenByEnd.get(start);
        Token name = tokenByStart.get(start);
        return conjunction != null && conjunction.word().length() == 1 && conjunction.tag().startsWith("c")
                && name != null && name.isPerson() && Surnames.get().surnameLengthAt(text, start) > 0;
    }

    /** A joined name (阿依帕夏·阿布力孜) ending at {@code end}, written right after a delimiter. */
    private Optional<Integer> joinedNameEndingAt(int end) {
        int start = end;
        boolean dotted = false;
        while (start > 0 && end - start < 3 * MAX_NAME_PART
                && (isHan(text.charAt(start - 1)) || NAME_JOINERS.indexOf(text.charAt(start - 1)) >= 0)) {
            dotted |= NAME_DOTS.indexOf(text.charAt(start - 1)) >= 0;
            start--;
        }
        if (!dotted || start > 0 && !TextShape.isDelimiter(text.charAt(start - 1)) || !isHan(text.charAt(start))) {
            return Optional.empty();
        }
        final int from = start;
        return joinedNameEnd(from).filter(e -> e == end).map(e -> from);
    }

    /** 江苏省: a span the segmenter reads as a place or organisation, or a known division, is no name. */
    private boolean isPlace(int start, int end) {
        Token tok = tokenByStart.get(start);
        if (tok != null && tok.end() == end && (tok.tag().startsWith("ns") || tok.tag().startsWith("nt"))) return true;
        return isDivision(start, end);
    }

    /** 荆州市, 江苏省: a division written with its level (田文, 吉宁 are names as well as short place names). */
    private boolean isDivision(int start, int end) {
        return DIVISION_LEVELS.indexOf(text.charAt(end - 1)) >= 0
                && !Divisions.get().byName(text.substring(start, end)).isEmpty();
    }

    /** True when a two-character boundary word starts just before {@code end} and runs past it (荣|任). */
    private boolean straddledEnd(int end) {
        if (end >= text.length() || !LONGER_BOUNDARY_FIRSTS.get(text.charAt(end - 1))) return false;
        for (String w : BOUNDARY_WORDS) {
            if (w.length() == 2 && end < text.length() && text.startsWith(w, end - 1)) return true;
        }
        return false;
    }

    /**
     * Where the next entry of a list starts after a name ending at {@code end}: after 、 with layout spaces on
     * either side (简某 、何某), and after a short note in parentheses that follows the name (巴桑(藏族)、,
     * 曲某(兼职)、); -1 when no 、 follows.
     */
    public int nextListEntry(int end) {
        int p = skipSpaces(afterNote(end));
        if (p >= text.length() || text.charAt(p) != '、') return -1;
        return skipSpaces(p + 1);
    }

    /** The end of a short note in parentheses right after a name ((兼职), （女）, (藏、兼)), or {@code end}. */
    public int afterNote(int end) {
        if (end >= text.length() || "(（".indexOf(text.charAt(end)) < 0) return end;
        for (int i = end + 1; i < text.length() && i - end <= MAX_NOTE; i++) {
            char c = text.charAt(i);
            if (c == ')' || c == '）') return i + 1;
            if (!isHan(c) && c != '、' && c != '，' && c != ',') return end;
        }
        return end;
    }

    /** The end of a list entry ending with the mark {@code mark} (、) read right to left: before layout spaces
     * and a note in parentheses (王某(回族) 、); -1 when none is there. */
    public int entryEndBeforeMark(int mark) {
        int e = mark;
        while (e > 0 && isLayoutSpace(text.charAt(e - 1))) e--;
        if (e > 0 && (text.charAt(e - 1) == ')' || text.charAt(e - 1) == '）')) {
            int open = -1;
            for (int i = e - 2; i >= 0 && e - i <= MAX_NOTE + 1; i--) {
                if (text.charAt(i) == '(' || text.charAt(i) == '（') {
                    open = i;
                    break;
                }
            }
            if (open < 0 || afterNote(open) != e) return -1;
            e = open;
        }
        return e;
    }

    private int skipSpaces(int p) {
        while (p < text.length() && isLayoutSpace(text.charAt(p))) p++;
        return p;
    }

    private static boolean isLayoutSpace(char c) {
        return c == ' ' || c == '\u3000';
    }

    /** True for a dot joining the parts of a name (阿依帕夏·阿布力孜). */
    public static boolean isNameDot(char c) {
        return NAME_DOTS.indexOf(c) >= 0;
    }

    /** True when a speech or presence verb, or 同志, starts at {@code pos} (…主席的某某说, 某某出席). */
    public boolean speechOrPresenceAt(int pos) {
        return startsAny(pos, STRONG_TRIE);
    }

    /** True when the text at {@code pos} is a point where a name may end. */
    public boolean isBoundary(int pos) {
        if (pos >= text.length()) return true;
        if (!isHan(text.charAt(pos))) return true;
        return startsBoundaryWord(pos) || timeWordAt(pos);
    }

    /** 李某今天代表, 某某昨日: a time word the segmenter reads there (今天/t), which no given name runs into. */
    private boolean timeWordAt(int pos) {
        Token tok = tokenByStart.get(pos);
        return tok != null && tok.word().length() >= 2 && tok.tag().startsWith("t") && NUMERALS.indexOf(text.charAt(pos)) < 0;
    }

    private boolean isName(int pos) {
        return isHan(text.charAt(pos)) && NOT_IN_NAMES.indexOf(text.charAt(pos)) < 0 && !isBoundary(pos);
    }

    private boolean plausible(int start, int end, int surname) {
        return plausible(start, end, surname, "");
    }

    /** As {@link #plausible(int, int, int)}, the characters {@code allowed} admitted in the given name. */
    private boolean plausible(int start, int end, int surname, String allowed) {
        if (end > text.length() || end - start < 2 || end - start > 4) return false;
        // 谢谢|某主席, 常常: a surname written twice is a reduplicated word (a verb of thanks, an adverb), no name
        if (surname == 1 && end - start == 3 && text.charAt(start) == text.charAt(start + 1)) return false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!isHan(c)) return false;
            if (i >= start + surname && NOT_IN_NAMES.indexOf(c) >= 0 && allowed.indexOf(c) < 0) return false;
        }
        return true;
    }

    static boolean isHan(char c) {
        return HAN.get(c);
    }
}
