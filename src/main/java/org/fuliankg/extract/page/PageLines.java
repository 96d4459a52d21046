package org.fuliankg.extract.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.extract.page.PageLine.Kind;
import org.fuliankg.extract.text.FirstCharacters;
import org.fuliankg.extract.text.ScreenedPattern;

/** Splits the normalised text into non-blank lines and tells what each looks like on its own. */
public final class PageLines {

    private static final int LONGEST_HEADLINE = 50;
    /** Navigation and footer lines are short; a long line mentioning 分享到 is running text. */
    private static final int LONGEST_JUNK = 80;
    private static final int LONGEST_PAGE_HEADER = 30;
    /** A site's or paper's name followed by the date (and time) ends the line: China.org.cn 2019-09-25. */
    private static final int LONGEST_SITE_AND_DATE = 60;
    private static final Pattern META = Pattern.compile(
            "来源[:：]|来源于|时间[:：]|時間[:：]|发表于|發表於|发布时间|發佈時間|发布日期|日期[:：]|作者[:：]|编辑[:：]|责任编辑|浏览|点击[:：数量]"
                    // an English page's labels, capitalised as labels are
                    + "|Time:|Date:|Published:|Posted:");
    private static final FirstCharacters META_STARTS = FirstCharacters.of(META.pattern()); // a list of words
    /** Words of a forum's or portal's post header (2011-5-16 15:53| 发布者: X| 查看: 1470) or an e-paper's page
     * line (第02版:要闻); in a longer line they are running text. */
    private static final ScreenedPattern POST_HEADER = ScreenedPattern.compile("发布者|發佈者|發布者|发布人|發佈人|查看[:：]|阅读次数|閱讀次數"
            + "|来自[:：]|來自[:：]|^第\\s*[0-9一二三四五六七八九十]{1,3}\\s*版");
    private static final int LONGEST_POST_HEADER = 100;
    private static final Pattern DATE_LINE = Pattern.compile(
            "[\\d\\s\\u3000年月日号:：\\-/.星期周一二三四五六日天]+");
    private static final Pattern JUNK = Pattern.compile(
            "^首页|^[^<>]{0,40}[\\s\\u3000][>＞›»][\\s\\u3000][^<>]{0,40}[>＞›»]|上一篇|下一篇|版权所有|版權所有"
                    + "|(?i:copyright)|©|返回顶部|分享到|扫一扫|字号[:：]|Share (?:this|to)");
    /** Markup left in a copied page (<b id="x"></b>), and a title bar or link holding a web address with no sentence
     * in it (某某网|www.example.com, http://…/a.jpg, 转载请注明原文网址:…): page chrome. */
    private static final Pattern MARKUP_ONLY = Pattern.compile("(?:<[^<>]{0,200}>[\\s\\u3000]*)+");
    private static final ScreenedPattern WEB_ADDRESS = ScreenedPattern.compile("(?i:https?://|www\\.)[\\w.-]+");
    /** Marks of a sentence (after width folding, ， is ","); not ? or !, which web addresses hold. */
    private static final String SENTENCE_MARKS = "。，,；;、";
    /** Interview turns (问:, 答:, 记者:, 主持人:) are running text, however short. (Not any word before a colon:
     * web headlines read 两会聚焦:….) */
    private static final ScreenedPattern SPEAKER_TURN = ScreenedPattern.compile("^(?:问|答|记者|主持人|[QA])[:：]");
    /** 【heading】 alone on its line, or followed by at least a sentence of text. */
    private static final Pattern ENTRY = Pattern.compile("^【[^】]{1,30}】(?:[\\s\\u3000]*\\S.{19,})?");
    private static final String SENTENCE_END = "。.;；:：,，、";
    /** A fragment of a date a portal sets over several lines (12 / 2008 / - / 12, 12 / 2008-12, or 2010 / 01/13):
     * numbers and separators only. */
    private static final Pattern DATE_FRAGMENT = Pattern.compile(
            "[0-9]{1,4}|[-/.]|(?:19|20)[0-9]{2}[-/.][0-9]{1,2}|[0-9]{1,2}[-/.][0-9]{1,2}");
    private static final int MOST_BADGE_LINES = 5;

    private PageLines() {}

    static List<PageLine> read(AnnotatedText annotated) {
        String t = annotated.text().text();
        BylineParser bylines = new BylineParser(annotated);
        SignatoryParser signatories = new SignatoryParser();
        List<PageLine> lines = new ArrayList<>();
        int blank = 0;
        int lineStart = 0;
        while (lineStart <= t.length()) {
            int lineEnd = t.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = t.length();
            int s = lineStart;
            int e = lineEnd;
            while (s < e && isSpace(t.charAt(s))) s++;
            while (e > s && isSpace(t.charAt(e - 1))) e--;
            if (s == e) {
                blank++;
            } else {
                String text = t.substring(s, e);
                Byline byline = bylines.atStart(s, e).orElse(null);
                Signatory signatory = byline == null ? signatories.parse(text, s).orElse(null) : null;
                Kind kind = byline != null ? Kind.BYLINE : signatory != null ? Kind.SIGNATORY : kindOf(text);
                lines.add(new PageLine(s, e, text, blank, kind, byline, signatory));
                blank = 0;
            }
            lineStart = lineEnd + 1;
        }
        return demoteUnheadedSignatories(joinDateBadges(lines));
    }

    /**
     * A page's date badge, the day over the year and month on lines of their own (12 / 2008-12, or 2008-12 / 12), is
     * one date line: its lines become one, whose text is the date it shows (2008-12-12).
     */
    private static List<PageLine> joinDateBadges(List<PageLine> lines) {
        List<PageLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            int j = i;
            StringBuilder joined = new StringBuilder();
            while (j < lines.size() && j - i < MOST_BADGE_LINES && DATE_FRAGMENT.matcher(lines.get(j).text()).matches()) {
                joined.append(lines.get(j++).text()).append(' ');
            }
            Optional<LocalDate> date = j - i >= 2 ? StatedDates.badge(joined.toString()) : Optional.empty();
            if (date.isEmpty()) {
                out.add(lines.get(i));
                continue;
            }
            PageLine first = lines.get(i);
            out.add(new PageLine(first.start(), lines.get(j - 1).end(), date.get().toString(), first.gapBefore(), Kind.META,
                    null, null));
            i = j - 1;
        }
        return out;
    }

    /** An author or interviewee line sits under a headline; without one, 杭州市妇联召开…执委会议 is a headline. */
    private static List<PageLine> demoteUnheadedSignatories(List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            PageLine l = lines.get(i);
            if (l.kind() == Kind.SIGNATORY && (i == 0 || lines.get(i - 1).kind() != Kind.HEADLINE)) {
                Kind kind = looksLikeHeadline(l.text()) ? Kind.HEADLINE : Kind.BODY;
                lines.set(i, new PageLine(l.start(), l.end(), l.text(), l.gapBefore(), kind, null, null));
            }
        }
        return lines;
    }

    private static Kind kindOf(String text) {
        if (isChrome(text) || text.length() <= LONGEST_JUNK && JUNK.matcher(text).find()) {
            // 发布时间:2025-10-22 信息来源:县妇联 【字体: 分享到: is the page's publication line with its buttons
            return isMeta(text) && StatedDates.publication(text).isPresent() ? Kind.META : Kind.JUNK;
        }
        if (isMeta(text) || isDateLine(text)) return Kind.META;
        if (text.length() <= LONGEST_POST_HEADER && POST_HEADER.find(text)) return Kind.META;
        if (ENTRY.matcher(text).matches()) return Kind.ENTRY;
        if (looksLikeHeadline(text)) return Kind.HEADLINE;
        return Kind.BODY;
    }

    /** Markup alone, or a line that holds no sentence nor date and either a web address or the keywords of a
     * mirror's title bar, joined by _ or | (精品推荐_热门资讯_在线看点). */
    private static boolean isChrome(String text) {
        if (text.charAt(0) == '<' && MARKUP_ONLY.matcher(text).matches()) return true;
        boolean address = (text.indexOf("http") >= 0 || text.indexOf("www.") >= 0 || text.indexOf("WWW.") >= 0)
                && WEB_ADDRESS.find(text);
        int joints = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SENTENCE_MARKS.indexOf(c) >= 0) return false;
            if (c == '_' || c == '|') joints++;
        }
        // a post's header line (2011-5-16 15:53| 发布者: X| 查看: 1470) dates the page: no chrome
        return (address || joints >= 2) && StatedDates.publication(text).isEmpty();
    }

    /** A source, time, author or editor word: looked for from the first character one can start with, as every
     * line is asked. */
    private static boolean isMeta(String text) {
        return META_STARTS.matches(META, text).find();
    }

    /** A date alone, or a short page header with a full date (中国妇女报 2023年3月8日 星期三 第2版): headlines
     * state no full dates. A date opening a period (1949年8月31日至9月6日) dates no page. */
    private static boolean isDateLine(String text) {
        boolean dateAlone = isDateAlone(text);
        // every line is asked: a long one is a date line only when it is a date alone, which the first character
        // that is no date's usually rules out, so running text is not searched for a date
        if (!dateAlone && text.length() > LONGEST_SITE_AND_DATE) return false;
        var date = StatedDates.publicationAt(text);
        if (date.isEmpty()) return false;
        boolean closesTheLine = text.length() <= LONGEST_SITE_AND_DATE
                && (date.get().end() == text.length() || DATE_LINE.matcher(text.substring(date.get().end())).matches());
        return dateAlone || text.length() <= LONGEST_PAGE_HEADER || closesTheLine;
    }

    /** A date (and time, weekday) and nothing else on the line. */
    static boolean isDateAlone(String text) {
        return DATE_LINE.matcher(text).matches();
    }

    /** Short, no sentence inside, not ending like a clause; forum titles may end in ! or ?. */
    private static boolean looksLikeHeadline(String text) {
        if (ReadingLength.of(text) > LONGEST_HEADLINE) return false;
        if (SPEAKER_TURN.find(text)) return false;
        if (text.indexOf('。') >= 0) return false;
        return SENTENCE_END.indexOf(text.charAt(text.length() - 1)) < 0;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000';
    }
}
