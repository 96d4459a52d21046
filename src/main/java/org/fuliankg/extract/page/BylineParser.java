package org.fuliankg.extract.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.domain.people.Reporter;
import org.fuliankg.lexicon.Surnames;
import org.fuliankg.extract.text.SourceSpans;

/**
 * Reads bylines: an optional outlet, a role (记者, 全媒体记者, 通讯员 …), one or more names separated by spaces,
 * {@code /} or {@code 、}, more role+names groups, an optional dateline 发自X and an optional credit (文/摄).
 * Both scripts are accepted because bylines are read before anything depends on the normaliser.
 */
final class BylineParser {

    private static final String ROLE = "(?:全媒体|融媒体|特约|实习|首席|见习|摄影|驻\\p{IsHan}{1,6})?(?:记者|記者)"
            + "|通讯员|通訊員|实习生|實習生";
    /** Words that follow a byline and must not be read as a name. */
    private static final String NOT_A_NAME = "(?!发自|發自|通讯员|通訊員|记者|記者|实习生|文/|图/|摄影|报道|報道"
            + "|近日|日前|今天|昨天|近期|目前|今年|去年|本报)";
    private static final Pattern MEDIA_AND_ROLE = Pattern.compile(
            "(?<media>本报|本報|本台|本刊|本网|\\p{IsHan}{1,12}?(?:报|報|社|台|网|網|杂志|频道|集团|集團|传媒|傳媒))?[\\s\\u3000]*(?<role>"
                    + ROLE + ")[\\s\\u3000]*");
    private static final Pattern NAME = Pattern.compile(NOT_A_NAME
            + "[\\p{IsHan}·]{2,4}(?=$|[\\s\\u3000/／、)）]|发自|發自|通讯员|通訊員|记者|記者|文/|摄|攝)");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("[\\s\\u3000/／、]+");
    private static final Pattern DATELINE = Pattern.compile(
            "[\\s\\u3000]*(?:发自|發自)(?<place>\\p{IsHan}{2,8}?)(?=$|[\\s\\u3000,，。:：])");
    private static final Pattern CREDIT = Pattern.compile(
            "[\\s\\u3000]*(?<credit>文/摄|文/图|图/文|文/攝|摄影|摄|攝|报道|報道)(?=$|[\\s\\u3000])");
    /** 本报讯, 本报南京1月5日讯, 新华社北京1月5日电, 中新网 天津2月28日电, 某日报消息 — the lead of an agency or in-house report. */
    private static final Pattern REPORT_LEAD = Pattern.compile(
            "(?:本报|本報|新华社|新華社|中新社|\\p{IsHan}{2,8}?(?:报|報|社|网|網))[\\s\\u3000]?(?<place>\\p{IsHan}{2,6}?)?"
                    + "(?:\\d{1,2}月\\d{1,2}日)?(?:讯|訊|电|電|消息)(?=$|[\\s\\u3000(（])");
    /** 文/, 文/图 , 撰文: and decorative marks (■ ●) that may precede a byline. */
    private static final Pattern WRITTEN_BY = Pattern.compile(
            "[■□●○◎◆◇★☆▲△▌|｜\\s\\u3000]*(?<credited>(?:文|图|文/图|图/文|撰文|文字)[/／|｜:：][\\s\\u3000]*)?");
    private static final Pattern OPEN = Pattern.compile("[\\s\\u3000]*[(（]");
    private static final Pattern CLOSE = Pattern.compile("[\\s\\u3000]*[)）]");
    private static final Pattern TRAILING_ENCLOSED = Pattern.compile("[(（](?<inner>[^()（）]{3,40})[)）][\\s\\u3000]*$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]*");
    /** 作者:甲 乙 in a page's source line: the names up to a wider gap, the next label or the line's end. */
    private static final Pattern AUTHOR_LABEL = Pattern.compile(
            "(?:作者|作\\s者)[:：][\\s\\u3000]?(?<names>[\\p{IsHan}·]{2,12}(?: [\\p{IsHan}·]{2,12}){0,5})"
                    + "(?=$|[\\s\\u3000]{2,}|[\\s\\u3000]?(?:来源|來源|编辑|編輯|责任编辑|日期|时间|時間|发布|發佈|点击)|[\\s\\u3000]*[|｜])");
    /** How the name of a body or a place ends: 县妇联, 融媒体中心, 某某网. */
    private static final Pattern BODY_ENDING = Pattern.compile(
            "(?:局|办|会|部|心|网|網|报|報|社|台|站|委|联|聯|院|所|室|处|科|队|组|厅|团|县|市|区|镇|乡|村|省)$");
    /** One person's name in an author label: 2 to 4 characters after a surname, or a transcribed name with its dot. */
    private static final Pattern AUTHOR_NAME = Pattern.compile("\\p{IsHan}{2,4}|\\p{IsHan}{1,8}·\\p{IsHan}{1,8}");

    private final AnnotatedText text;

    BylineParser(AnnotatedText text) {
        this.text = text;
    }

    /** A byline at the start of the line {@code [lineStart, lineEnd)} of the normalised text. */
    Optional<Byline> atStart(int lineStart, int lineEnd) {
        String line = text.text().text().substring(lineStart, lineEnd);
        Matcher lead = REPORT_LEAD.matcher(line);
        if (lead.lookingAt()) return Optional.of(afterReportLead(line, lineStart, lead));
        List<Reporter> reporters = new ArrayList<>();
        int end = readCredits(line, 0, lineStart, reporters);
        if (reporters.isEmpty()) return Optional.empty();
        String dateline = null;
        Matcher d = DATELINE.matcher(line).region(end, line.length());
        if (d.lookingAt()) {
            dateline = d.group("place");
            end = d.end();
        }
        String credit = null;
        Matcher c = CREDIT.matcher(line).region(end, line.length());
        if (c.lookingAt()) {
            credit = c.group("credit");
            end = c.end();
        }
        return Optional.of(byline(line, lineStart, end, withDateline(reporters, dateline), dateline, credit));
    }

    /** A byline in parentheses closing a paragraph: {@code …。(记者 张三 通讯员 李四)}. */
    Optional<Byline> atEnd(int lineStart, int lineEnd) {
        String line = text.text().text().substring(lineStart, lineEnd);
        Matcher m = TRAILING_ENCLOSED.matcher(line);
        if (!m.find()) return Optional.empty();
        List<Reporter> reporters = new ArrayList<>();
        int end = readCredits(line, m.start("inner"), lineStart, reporters);
        if (reporters.isEmpty() || end != m.end("inner")) return Optional.empty();
        return Optional.of(new Byline(lineStart + m.start(), lineStart + m.end(), lineStart + line.length(),
                reporters, null, null));
    }

    /**
     * The authors a page's source line names after its label ({@code 来源:某报  作者:甲 乙}); empty when the label
     * names a body or none. Every name must read as a person's: a surname first (or two or three characters not
     * ending as a body's name), or a transcribed name with its dot.
     */
    List<Reporter> authorLabel(int lineStart, int lineEnd) {
        String line = text.text().text().substring(lineStart, lineEnd);
        Matcher m = AUTHOR_LABEL.matcher(line);
        if (!m.find()) return List.of();
        List<Reporter> reporters = new ArrayList<>();
        int at = m.start("names");
        for (String name : m.group("names").split(" ")) {
            boolean dotted = name.indexOf('·') > 0;
            boolean surname = dotted || Surnames.get().surnameLengthAt(name, 0) > 0;
            // a rarer surname than the lexicon's: a short name that does not end as a body's name does
            if (!AUTHOR_NAME.matcher(name).matches() || BODY_ENDING.matcher(name).find()
                    || !surname && name.length() > 3) return List.of();
            reporters.add(new Reporter(name, "作者", null, null,
                    SourceSpans.of(text, lineStart + at, lineStart + at + name.length())));
            at += name.length() + 1;
        }
        return reporters;
    }

    private Byline afterReportLead(String line, int lineStart, Matcher lead) {
        String dateline = lead.group("place");
        int end = lead.end();
        List<Reporter> reporters = new ArrayList<>();
        Matcher open = OPEN.matcher(line).region(end, line.length());
        if (open.lookingAt()) {
            // 本报讯(甲 记者乙), 中新网 天津2月28日电 (甲): names before any role are the report's authors
            int close = open.end();
            if (!MEDIA_AND_ROLE.matcher(line).region(close, line.length()).lookingAt()) {
                close = readNames(line, close, "作者", null, lineStart, reporters);
            }
            close = readCredits(line, close, lineStart, reporters);
            Matcher c = CLOSE.matcher(line).region(close, line.length());
            if (!reporters.isEmpty() && c.lookingAt()) end = c.end();
            else reporters.clear();
        }
        return byline(line, lineStart, end, withDateline(reporters, dateline), dateline, null);
    }

    /** Reads role+names groups from {@code pos}; adds the reporters found and returns where reading stopped. */
    private int readCredits(String line, int pos, int lineStart, List<Reporter> reporters) {
        Matcher lead = WRITTEN_BY.matcher(line).region(pos, line.length());
        if (lead.lookingAt()) {
            pos = lead.end();
            boolean withoutRole = !MEDIA_AND_ROLE.matcher(line).region(pos, line.length()).lookingAt();
            // 文/张三: credited without a role
            if (lead.group("credited") != null && withoutRole) {
                return readNames(line, pos, "作者", null, lineStart, reporters);
            }
        }
        while (true) {
            Matcher role = MEDIA_AND_ROLE.matcher(line).region(pos, line.length());
            if (!role.lookingAt()) return pos;
            int after = readNames(line, role.end(), normaliseRole(role.group("role")), media(role.group("media")),
                    lineStart, reporters);
            if (after == role.end()) return pos;
            pos = after;
        }
    }

    /** Reads names separated by spaces, / or 、 from {@code pos}, up to the next role; returns where it stopped. */
    private int readNames(String line, int pos, String role, String media, int lineStart, List<Reporter> reporters) {
        Matcher name = NAME.matcher(line).region(pos, line.length());
        if (!name.lookingAt()) return pos;
        while (true) {
            reporters.add(new Reporter(name.group(), role, media, null,
                    SourceSpans.of(text, lineStart + name.start(), lineStart + name.end())));
            pos = name.end();
            Matcher sep = NAME_SEPARATOR.matcher(line).region(pos, line.length());
            if (!sep.lookingAt()) return pos;
            if (MEDIA_AND_ROLE.matcher(line).region(sep.end(), line.length()).lookingAt()) return sep.end();
            name = NAME.matcher(line).region(sep.end(), line.length());
            if (!name.lookingAt()) return pos;
        }
    }

    /** A byline from the start of the line to {@code end}. */
    private Byline byline(String line, int lineStart, int end, List<Reporter> reporters, String dateline,
                          String credit) {
        Matcher spaces = SPACES.matcher(line).region(end, line.length());
        int body = spaces.lookingAt() ? spaces.end() : end;
        // trailing separators consumed while looking for another name are not part of the byline
        while (end > 0 && isSpace(line.charAt(end - 1))) end--;
        return new Byline(lineStart, lineStart + end, lineStart + body, reporters, dateline, credit);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000';
    }

    private static List<Reporter> withDateline(List<Reporter> reporters, String dateline) {
        if (dateline == null) return List.copyOf(reporters);
        return reporters.stream().map(r -> new Reporter(r.name(), r.role(), r.media(), dateline, r.span())).toList();
    }

    /** The outlet's name, or null for the in-house 本报 (the page's own paper, not named here). */
    private static String media(String written) {
        if (written == null || written.startsWith("本")) return null;
        return written.replace('報', '报');
    }

    private static String normaliseRole(String written) {
        if (written.contains("记者") || written.contains("記者")) return "记者";
        if (written.startsWith("通")) return "通讯员";
        return "实习生";
    }
}
