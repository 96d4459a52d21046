package org.fuliankg.extract.people.titles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.people.PostEvent;
import org.fuliankg.extract.text.NameReader;
import org.fuliankg.extract.text.TextShape;
import org.fuliankg.lexicon.Positions;
import org.fuliankg.lexicon.WorkplaceKinds;

/**
 * Statements that someone was elected or appointed to a post, read back from the post's body (or title):
 * {@code 李某、王某当选为区妇联副主席}, {@code 选举梁某为妇联主席，易某为副主席}, {@code 增选王某、刘某为市妇联第十一届副主席},
 * {@code 张某连任主席}, {@code 被任命为…}. The verb gives the post's event. A statement that names no body continues
 * the body of the statement before it in the same sentence (…当选为省研究会会长，刘某当选副会长).
 */
public final class Elections {

    /** A statement: where it starts, the names ([start, end) pairs, in order), the event and the body it continues. */
    public record Statement(int start, List<int[]> names, PostEvent event, Organisation inheritedBody) {}

    /** Verbs between the names and the post, longest first. */
    private static final List<String> VERBS_AFTER_NAMES = List.of("再次当选为", "再次当选", "获选为", "获选", "被任命为", "被选举为", "被推选为", "被选为", "当选为", "连任为", "荣任",
            "替补为", "增补为", "增选为", "补选为",
            "任命为", "当选", "连任", "出任", "担任", "继任", "接任", "转任", "调任", "升任", "兼任", "任");
    /** Verbs before the names, the post following 为. */
    private static final List<String> VERBS_BEFORE_NAMES = List.of("选举产生", "选举", "增选", "增补", "替补", "补选", "推选", "推举", "选出",
            "任命", "聘任", "聘请");
    /** Words between the names and a verb: 李某成功当选, 张某等3名同志当选, 甲、乙6名同志当选, 王某全票通过当选,
     * 张某9月28日当选. */
    private static final java.util.regex.Pattern LEAD = java.util.regex.Pattern.compile(
            "(?:成功|同志|分别|(?:以)?(?:全票|高票|满票)(?:通过)?|等[0-9一二三四五六七八九十]{1,3}(?:名|位)?(?:同志|人)?"
            + "|[0-9一二三四五六七八九十]{1,3}(?:名|位)(?:同志)?|等|(?:[0-9]{1,2}月)?[0-9]{1,2}日)$");
    /** Kinds of a title listed before it: 当选为兼职、挂职副主席 (the verb stands before the first). */
    private static final java.util.regex.Pattern KINDS_BEFORE_TITLE = java.util.regex.Pattern.compile(
            "(?:(?:专职|兼职|挂职)、)+$");
    /** Words between the names and 为: 替补赵某等7名同志为…, 选举甲、乙五名同志为…. */
    private static final java.util.regex.Pattern LEAD_BEFORE_WEI = java.util.regex.Pattern.compile(
            "(?:等?[0-9一二三四五六七八九十]{1,3}(?:名|位)(?:同志)?|同志|等)$");
    /** 等11名(妇女) before a post: the count of the names before it, and a kind of person. */
    private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile(
            "等[0-9一二三四五六七八九十]{1,3}(?:名|位|人)\\p{IsHan}{0,2}$");
    /** A term of office written between the verb and the body: 当选第十二届…, 全票当选新一任州妇联主席. */
    private static final java.util.regex.Pattern TERM = java.util.regex.Pattern.compile(
            "(?:第[一二三四五六七八九十0-9]{1,3}届|首届|新一任|新一届|新任)$");
    private static final String SENTENCE_ENDS = "。；;！!？?\n";
    /** 由甲任主任: 由 before the names of a body's make-up. */
    public static final char BY = '由';
    /** Conjunctions before the last name of a list (甲、乙和丙, 甲及乙). */
    public static final String LAST_ENTRY_MARKS = "和及与";
    /** How a unit of a workplace ends (工程系, 实验中心, 财务处), when its name comes before a listed name. */
    private static final java.util.regex.Pattern UNIT_END = java.util.regex.Pattern.compile("(?:系|学院|中心|处|科|所|站|厂|医院|学校|中学|小学)$");
    /** The longest workplace name read before a listed name (characters). */
    private static final int MAX_WORKPLACE = 24;
    /** The longest title written (characters). */
    private static final int MAX_TITLE = 8;
    /** How far (characters) before 为 the verb of a 选举…为 statement may stand. */
    private static final int REACH = 40;

    private final String t;
    private final NameReader names;
    private Statement last;
    private int lastEnd = -1;
    private Organisation lastBody;

    public Elections(String text, NameReader names) {
        this.t = text;
        this.names = names;
    }

    /** The statement whose verb (or 为) ends at {@code bodyStart}, the start of the post's body or title. */
    public Optional<Statement> statementEndingAt(int bodyStart) {
        Matcher term = TERM.matcher(t).region(Math.max(0, bodyStart - 6), bodyStart);
        if (term.find()) bodyStart = term.start(); // 当选第十二届省妇联主席: the term before the body
        Matcher kinds = KINDS_BEFORE_TITLE.matcher(t).region(Math.max(0, bodyStart - 9), bodyStart);
        if (kinds.find()) bodyStart = kinds.start();
        for (String verb : VERBS_AFTER_NAMES) {
            if (!t.startsWith(verb, bodyStart - verb.length())) continue;
            int e = bodyStart - verb.length();
            var lead = LEAD.matcher(t.substring(Math.max(0, e - 8), e));
            if (lead.find()) e -= lead.group().length();
            int noteless = names.entryEndBeforeMark(e); // 张某（女，汉族）当选为: the note after the name
            if (noteless >= 0) e = noteless;
            List<int[]> read = namesEndingAt(e);
            if (read.isEmpty()) read = namesBeforeTitleEndingAt(e); // 中联办某副主任当选为全国妇联常委
            if (read.isEmpty()) return Optional.empty();
            return Optional.of(statement(read, eventOf(verb), null));
        }
        if (bodyStart > 0 && t.charAt(bodyStart - 1) == '为') return electedAs(bodyStart - 1);
        return countedAfterVerb(bodyStart);
    }

    /** 选举产生了甲、乙等11名妇女执行委员: a verb, the names, their count and the post (a kind of person may
     * stand before it). */
    private Optional<Statement> countedAfterVerb(int bodyStart) {
        Matcher count = COUNT.matcher(t).region(Math.max(0, bodyStart - 12), bodyStart);
        if (!count.find()) return Optional.empty();
        for (int k = count.start() - 2; k > Math.max(0, count.start() - REACH); k--) {
            if (SENTENCE_ENDS.indexOf(t.charAt(k)) >= 0) break;
            String verb = verbEndingAt(t.charAt(k - 1) == '了' ? k - 1 : k);
            if (verb == null) continue;
            List<int[]> read = namesFrom(k, count.start());
            return read.isEmpty() ? Optional.empty() : Optional.of(statement(read, eventOf(verb), null));
        }
        return Optional.empty();
    }

    /** Keeps the body of a statement for the statements after it in its sentence. */
    public void remember(Statement statement, Organisation body) {
        last = statement;
        lastBody = body;
        lastEnd = statement.names().get(statement.names().size() - 1)[1];
    }

    /**
     * 选举黄某为…, 增选王某、刘某为…, 替补赵某等7名同志为…, and after a comma 易某为副主席 continuing the statement
     * before, or a verb earlier in the sentence (选举常务委员会17人，何某为名誉主席).
     */
    private Optional<Statement> electedAs(int wei) {
        Matcher lead = LEAD_BEFORE_WEI.matcher(t).region(Math.max(0, wei - 8), wei);
        int namesEnd = lead.find() ? lead.start() : wei;
        for (int k = namesEnd - 2; k >= Math.max(0, wei - REACH); k--) {
            boolean afterComma = t.charAt(k) == '，' || t.charAt(k) == ',';
            String verb = afterComma ? null : verbEndingAt(k + 1);
            // 选举产生了以某某同志为主席的…: 以 between the verb and the name
            if (verb == null && k > 0 && t.charAt(k) == '以') verb = verbEndingAt(t.charAt(k - 1) == '了' ? k - 1 : k);
            if (!afterComma && verb == null) continue;
            List<int[]> read = namesFrom(k + 1, namesEnd);
            if (read.isEmpty()) continue;
            if (verb != null) return Optional.of(statement(read, eventOf(verb), null));
            if (inSentenceOfLast(k)) return Optional.of(statement(read, last.event(), lastBody));
            String earlier = verbInClauseBefore(k, wei - REACH);
            return earlier == null ? Optional.empty() : Optional.of(statement(read, eventOf(earlier), null));
        }
        return Optional.empty();
    }

    /** An election verb in the sentence before {@code pos}, no further back than {@code limit}; null when none. */
    private String verbInClauseBefore(int pos, int limit) {
        for (int k = pos; k > Math.max(0, limit); k--) {
            if (SENTENCE_ENDS.indexOf(t.charAt(k - 1)) >= 0) return null;
            String verb = verbEndingAt(k);
            if (verb != null) return verb;
        }
        return null;
    }

    private String verbEndingAt(int end) {
        for (String v : VERBS_BEFORE_NAMES) {
            if (t.startsWith(v, end - v.length())) return v;
        }
        return null;
    }

    private Statement statement(List<int[]> read, PostEvent event, Organisation inherited) {
        int start = read.get(0)[0];
        Organisation body = inherited != null ? inherited : inSentenceOfLast(start) ? lastBody : null;
        return new Statement(start, read, event, body);
    }

    /**
     * The federation the last election statement filled a post of, when no line break stands between it and
     * {@code pos} (甲当选为某某妇联主席；乙当选执委会副主席); null otherwise.
     */
    public Organisation federationInParagraph(int pos) {
        if (last == null || lastEnd > pos || lastBody == null || lastBody.type() != OrgType.FEDERATION) return null;
        return t.indexOf('\n', lastEnd) < 0 || t.indexOf('\n', lastEnd) >= pos ? lastBody : null;
    }

    private boolean inSentenceOfLast(int pos) {
        if (last == null || lastEnd > pos) return false;
        for (int i = lastEnd; i < pos; i++) {
            if (SENTENCE_ENDS.indexOf(t.charAt(i)) >= 0) return false;
        }
        return true;
    }

    /** Names separated by 、 from {@code from}, the last ending exactly at {@code end}; else empty. */
    private List<int[]> namesFrom(int from, int end) {
        List<int[]> read = new ArrayList<>();
        int p = from;
        while (p < end) {
            var e = names.nameEndAfterTitle(p);
            // 梁某五名同志为: the last name is bounded by the count after it
            if ((e.isEmpty() || e.get() > end) && end - p <= 3 && names.isNameSpan(p, end)) e = Optional.of(end);
            if (e.isEmpty() || e.get() > end) return List.of();
            read.add(new int[] {p, e.get()});
            if (e.get() == end || names.afterNote(e.get()) == end) return read; // 巴桑(藏族)为
            p = names.nextListEntry(e.get());
            if (p < 0) return List.of();
        }
        return List.of();
    }

    /** Names separated by 、 ending at {@code end}, read right to left, returned in text order. */
    private List<int[]> namesEndingAt(int end) {
        List<int[]> read = new ArrayList<>();
        int e = end;
        while (true) {
            int start = nameStartEndingAt(e);
            if (start < 0) break;
            read.add(0, new int[] {start, e});
            int mark = start > 1 && " \u3000".indexOf(t.charAt(start - 1)) >= 0 ? start - 2 : start - 1; // 陈某、 王某: a space
            // 甲、乙和丙担任: a conjunction before the last name of the list
            boolean lastJoined = read.size() == 1 && mark > 0 && LAST_ENTRY_MARKS.indexOf(t.charAt(mark)) >= 0;
            if (mark >= 0 && t.charAt(mark) != '、' && !lastJoined) mark = markBeforeWorkplace(start); // 某某公司王某、某系李某当选
            if (mark < 0 || t.charAt(mark) != '、' && !lastJoined) break;
            e = names.entryEndBeforeMark(mark); // 白某 、李某, 巴桑(藏族)、
            if (e < 0) break;
        }
        return read;
    }

    /**
     * 甲公司王某、乙系李某当选为…: each name of the list after the workplace it comes from; the 、 before the workplace
     * ending at {@code nameStart}, or -1 when no workplace's name (ending as a company or a unit does) stands there.
     */
    private int markBeforeWorkplace(int nameStart) {
        for (int k = nameStart - 2; k >= Math.max(0, nameStart - MAX_WORKPLACE); k--) {
            char c = t.charAt(k);
            if (c == '、') {
                String workplace = t.substring(k + 1, nameStart);
                boolean named = WorkplaceKinds.get().kindEnding(workplace) != null || UNIT_END.matcher(workplace).find();
                return named && !workplace.contains("的") ? k : -1;
            }
            if (!Character.isIdeographic(c) && "()（）".indexOf(c) < 0) return -1;
        }
        return -1;
    }

    /** 某副主任当选为…: the name written before a title (of another body) that ends right before the verb. */
    private List<int[]> namesBeforeTitleEndingAt(int end) {
        for (int start = Math.max(0, end - MAX_TITLE); start <= end - 2; start++) {
            var title = Positions.get().titleAt(t, start);
            if (title.isEmpty() || title.get().end() != end) continue;
            var name = names.nameEndingAt(start);
            if (name.isPresent()) return List.<int[]>of(new int[] {name.get(), start});
            for (int s = start - 3; s <= start - 2; s++) { // 浙江省妇联王某某副主席当选为: after the body, untagged
                if (s >= 0 && names.isNameSpan(s, start)) return List.<int[]>of(new int[] {s, start});
            }
            return List.of();
        }
        return List.of();
    }

    /** A name ending at {@code end}: tagged or after a delimiter (NameReader), or a name read forward from a
     * delimiter or title that ends exactly there (航天员刘某 is left out: no delimiter). */
    private int nameStartEndingAt(int end) {
        var tagged = names.nameEndingAt(end);
        if (tagged.isPresent()) return tagged.get();
        for (int start = end - 4; start <= end - 2; start++) {
            if (start < 0) continue;
            boolean opened = start == 0 || TextShape.isDelimiter(t.charAt(start - 1)) || t.charAt(start - 1) == BY
                    || Positions.get().titleEndingAt(t, start)
                    || UNIT_END.matcher(t).region(Math.max(0, start - 4), start).find(); // 实验中心某当选
            if (opened && names.nameEndAfterTitle(start).filter(e -> e == end).isPresent()) return start;
        }
        return -1;
    }

    private static PostEvent eventOf(String verb) {
        if (verb.startsWith("再次") || verb.startsWith("连任")) return PostEvent.REELECTED;
        if (verb.contains("选")) return PostEvent.ELECTED;
        if (verb.contains("任命") || verb.equals("出任") || verb.equals("任") || verb.startsWith("聘")
                || verb.equals("继任") || verb.equals("接任") || verb.equals("转任") || verb.equals("调任") || verb.equals("升任")) {
            return PostEvent.APPOINTED;
        }
        return PostEvent.STATED; // 担任, 兼任: holds the post
    }
}
