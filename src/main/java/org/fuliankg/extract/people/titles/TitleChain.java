package org.fuliankg.extract.people.titles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.org.Region;
import org.fuliankg.domain.people.Post;
import org.fuliankg.domain.people.PostEvent;
import org.fuliankg.extract.org.WrittenBody;
import org.fuliankg.extract.people.bodies.BareTitleBodies;
import org.fuliankg.extract.people.bodies.HolderRecords;
import org.fuliankg.extract.people.bodies.ImpliedBodies;
import org.fuliankg.extract.people.bodies.Page;
import org.fuliankg.extract.people.bodies.WordsBeforeTitle;
import org.fuliankg.extract.text.OrganisationAt;
import org.fuliankg.extract.text.SourceSpans;
import org.fuliankg.lexicon.OrganisationSuffixes;
import org.fuliankg.lexicon.Positions.Title;

/** A chain of one person's titles read right to left across 、 and commas (市妇联党组书记、主席), each title with
 * the body written before it or the body of the title before it. */
public final class TitleChain {

    /** How many unread entries of a list a title's body is looked for past, and how long such an entry may be. */
    private static final int MAX_ENTRIES_PASSED = 2;
    private static final int MAX_ENTRY_PASSED = 8;
    /** Marks and words parting the entries of a list of holders. */
    private static final String ENTRY_JOINERS = "、和及";

    /** A department of a federation, foundation or association written alone: 项目部, 秘书处, 办公室. */
    private static final Pattern OWN_DEPARTMENT = Pattern.compile("\\p{IsHan}{1,4}(?:部|处)|办公室");
    /** The longest body's name read as written before a title when no organisation was found there. */
    private static final int MAX_WRITTEN_BODY = 14;
    /** Words opening a class of bodies rather than one body's name (社区党委, 机关党委, 该集团, 各单位). */
    private static final Pattern CLASS_OF_BODIES = Pattern.compile(
            "社区|村|镇|乡|街道|机关|支部|总支|公司|集团|企业|学校|单位|部门|相关|有关|[该本我其此这那各全每]");
    /** A congress's standing committee, whose congress names its special committees (全国人大内务司法委员会). */
    private static final Pattern STANDING_COMMITTEE = Pattern.compile("(?<=人大)常委会$");
    /** 县政府副县长、公安局局长: a bureau of the government before. */
    private static final Pattern BUREAU = Pattern.compile("\\p{IsHan}{1,6}局");
    /** Last characters of a body's or department's name, after which a name may be written (统战部王某某部长). */
    public static final String BODY_ENDINGS = "部委局办厅处室";
    /** 主任, 副主任 (委员长, 副委员长 of the national one): the chair of a people's congress's standing committee, not
     * of the congress. */
    private static final Pattern CONGRESS_CHAIR = Pattern.compile("(?:常务)?副?(?:主任|委员长)");
    private static final String AUTONOMOUS_REGION = "自治区";
    /** Chairs only a federation or association has (a government has no 兼职副主席). */
    private static final java.util.Set<String> FEDERATION_ONLY_CHAIRS = java.util.Set.of("专职副主席", "兼职副主席",
            "挂职副主席", "名誉主席");
    /** What a town's or village's Party or government body is called after the place's name. */
    private static final Pattern LOCAL_BODY_KIND = Pattern.compile("(?:党委|党工委|党总支|党支部|人民政府|纪委|居委会|村委会|办事处)$");
    /** Civil-service ranks, held in the body of the post named before them (一级调研员, 副巡视员, 二级主任科员). */
    private static final Pattern RANK = Pattern.compile("(?:[一二三四]级|副)?(?:调研员|巡视员|主任科员)");
    /** 大会主席团常务主席: a title in a congress's presidium. */
    private static final Pattern PRESIDIUM = Pattern.compile("主席团(?:常务)?$");
    /** A body's own organs, written after its name has been given (直属机关党委, 机关工会, 纪检组). */
    private static final Pattern OWN_ORGAN = Pattern.compile("^(?:直属)?机关(?:党委|党总支|党支部|工会|妇委会)$|^纪检组$");
    /** Departments a Party committee has under the same names as a federation's (市委宣传部): after a comma they
     * may be the place's, not the body of the holder before. */
    private static final Pattern PARTY_DEPARTMENT = Pattern.compile("组织部|宣传部|统战部");
    /** Marks between titles of one person: 、 and commas. */
    private static final String LIST_MARKS = "、，,";
    /** Verbs of an election or appointment statement. */
    public static final Pattern ELECTION_VERBS = Pattern.compile("当选|选举|增选|补选|任命|连任");
    /** Verbs of taking on a role: 担任, 出任. */
    public static final Pattern TAKING_ON = Pattern.compile("担任|出任");

    private final Map<Integer, Organisation> bodyOfHolderEndingAt;
    private final Map<Integer, String> formOfHolderEndingAt;
    private final Map<Integer, String> titleOfHolderEndingAt;
    private final Page page;
    private final WordsBeforeTitle words;
    private final ListHeadings headings;
    private final ImpliedBodies impliedBodies;
    private final BareTitleBodies bareTitles;

    public TitleChain(Page page, HolderRecords records, WordsBeforeTitle words, ListHeadings headings,
               ImpliedBodies impliedBodies, BareTitleBodies bareTitles) {
        this.bodyOfHolderEndingAt = records.bodyOfHolderEndingAt;
        this.formOfHolderEndingAt = records.formOfHolderEndingAt;
        this.titleOfHolderEndingAt = records.titleOfHolderEndingAt;
        this.page = page;
        this.words = words;
        this.headings = headings;
        this.impliedBodies = impliedBodies;
        this.bareTitles = bareTitles;
    }

    /**
     * Reads the titles that end at {@code last}, right to left across 、, each with the body written before
     * it; a title without a body of its own belongs to the body of the title before it (党组书记、主席). A
     * title with words before it that name no known body (街道党工委书记) takes no other title's body.
     * Returns where the statement starts.
     */
    public int chain(Title last, List<Post> posts) {
        List<Post> reversed = new ArrayList<>();
        List<Boolean> ownBody = new ArrayList<>();
        List<Boolean> bodyless = new ArrayList<>();
        List<String> wordsBefore = new ArrayList<>();
        List<Integer> wordsStart = new ArrayList<>();
        List<String> presidium = new ArrayList<>(); // 主席团常务 before a presidium's title, else null
        Title cur = last;
        int statementStart = last.start();
        while (true) {
            WordsBeforeTitle.Body body = words.bodyBefore(cur);
            int seg = body.phraseStart();
            OrganisationAt heading = null;
            if (body.organisation() == null && !body.written() && seg > 0 && body.event() != PostEvent.FORMER
                    && page.t.charAt(seg - 1) != '、') {
                heading = headings.listHeading(seg);
            }
            // 省委书记A、省长B, 大学党委书记A、校长B: B's own body
            boolean ownTitle = ImpliedBodies.HEAD_OF_GOVERNMENT.matcher(cur.title()).matches()
                    || ImpliedBodies.INSTITUTION_HEADS.contains(cur.title());
            Organisation listed = body.organisation() == null && !body.written() && seg > 0 && page.t.charAt(seg - 1) == '、'
                    && !ownTitle ? listedBodyBefore(seg) : null; // 市妇联主席张丽、副主席王芳
            if (listed == null && body.organisation() == null && !body.written() && seg > 0
                    && " \u3000".indexOf(page.t.charAt(seg - 1)) >= 0 && cur.end() < page.t.length()
                    && "：:".indexOf(page.t.charAt(cur.end())) >= 0) { // 主席：甲 副主席：乙 常委：丙: one body's labels
                int previous = page.names.entryEndBeforeMark(seg);
                listed = previous > 0 ? bodyOfHolderEndingAt.get(previous) : null;
            }
            String unit = ""; // 市妇联主席甲、权益部部长乙: a department of the body of the holder named before
            // 某会副主席甲，妇女部部长乙: after a comma too, unless the words name a Party committee's department
            if (listed == null && body.organisation() == null && body.written() && seg > 0
                    && (page.t.charAt(seg - 1) == '、' || ",，".indexOf(page.t.charAt(seg - 1)) >= 0
                    && !PARTY_DEPARTMENT.matcher(page.t.substring(seg, cur.start())).matches())
                    && isDepartmentOf(page.t.substring(seg, cur.start()), bodyOfHolderEndingAt.get(holderEndBefore(seg)))) {
                listed = bodyOfHolderEndingAt.get(holderEndBefore(seg));
                unit = page.t.substring(seg, cur.start());
            }
            if (listed == null && body.organisation() == null && !body.written() && seg > 0
                    && ",，".indexOf(page.t.charAt(seg - 1)) >= 0) {
                listed = continuedAfterComma(cur, bodyOfHolderEndingAt.get(holderEndBefore(seg)), // 主席甲，一级调研员乙
                        titleOfHolderEndingAt.get(holderEndBefore(seg)));
            }
            Organisation o = body.organisation() != null ? standingCommittee(body.organisation(), cur)
                    : heading != null ? heading.organisation() : listed != null ? listed : regionalGovernment(seg, cur);
            if (o == null && body.written()) { // 周陂镇副书记某: the township's Party committee
                o = page.writtenBodies.partyOfTownWritten(page.t.substring(seg, cur.start()), cur.start(), cur.title());
            }
            if (o == null) o = impliedBodies.implied(cur);
            int postStart = body.start();
            String form = body.organisation() != null ? body.form() : heading != null ? page.surface(heading)
                    : listed != null ? formOfHolderEndingAt.get(seg - 1) : null;
            reversed.add(new Post(body.unit() + unit + cur.title(), o, body.event(), SourceSpans.of(page.text, postStart, cur.end()), form));
            ownBody.add(body.organisation() != null || heading != null || listed != null || body.written());
            bodyless.add(o == null && !body.written());
            Matcher presidiumWords = PRESIDIUM.matcher(page.t.substring(seg, cur.start()));
            presidium.add(presidiumWords.find() ? presidiumWords.group() : null);
            wordsStart.add(body.phraseStart());
            wordsBefore.add(o == null && body.written() ? page.t.substring(body.phraseStart(), cur.start())
                    : o == null && page.t.startsWith("妇联", seg) && seg + 2 == cur.start() ? "妇联" : "");
            statementStart = postStart;
            // 沈某一行在河南省委副书记某: words before the body open the statement; no earlier title is this one's
            if (body.organisation() != null && body.start() - seg > 1) break;
            // 区妇联党组书记、主席，区基金会理事长张某: titles across a comma with no name between are one person's;
            // a mirror doubles the mark (副主席,、书记处书记)
            int mark = seg - 1;
            if (mark > 0 && LIST_MARKS.indexOf(page.t.charAt(mark)) >= 0 && LIST_MARKS.indexOf(page.t.charAt(mark - 1)) >= 0) mark--;
            boolean continued = seg > 0 && (LIST_MARKS.indexOf(page.t.charAt(seg - 1)) >= 0 || words.concurrentAfter(seg));
            Title previous = continued ? page.titleByEnd.get(mark) : null;
            // 统战部王某部长、市妇联主席柏某: a title written after a name is that name's, not the next person's;
            // 甲当选为全国妇联执委，市妇联主席乙: nor is the post of an election before
            // 甲担任团长，某部副部长乙: nor is a role someone before took on
            if (previous == null || nameBeforeTitle(previous.start()) || electedTo(previous) || takenOn(previous)) break;
            cur = previous;
        }
        Organisation inherited = null;
        String inheritedForm = null;
        for (int i = reversed.size() - 1; i >= 0; i--) {
            Post p = reversed.get(i);
            if (presidium.get(i) != null) { // 大会主席团常务主席: no body's 主席, a post at the congress of its federation
                Organisation congress = bareTitles.congressFederationBefore(wordsStart.get(i));
                if (congress != null) posts.add(new Post(presidium.get(i) + p.position(), congress, p.event(), p.span(), null));
                continue;
            }
            String unit = departmentOf(wordsBefore.get(i), p.position());
            Organisation localFederation = wordsBefore.get(i).equals("妇联") ? localFederationOf(inherited) : null;
            // 自治区妇联主席、妇儿工委副主任: a body written without its place is in the place of the body before
            Organisation placed = p.organisation() == null && inherited != null && inherited.region() != null
                    && !isDepartmentOf(wordsBefore.get(i), inherited)
                    ? page.writtenBodies.inPlaceOf(wordsBefore.get(i), inherited.region()) : null;
            // 开发区党工委副书记、管委会主任: the zone's other body
            if (placed == null && p.organisation() == null) placed = WrittenBody.inZoneOf(wordsBefore.get(i), inherited);
            // 街道党工委副书记、办事处主任, 学校党委副书记、纪委书记: another organ of the same body
            if (placed == null && p.organisation() == null) placed = ImpliedBodies.siblingOrgan(inherited, wordsBefore.get(i));
            if (placed != null) {
                p = new Post(p.position(), placed, p.event(), p.span(), wordsBefore.get(i));
                inherited = placed;
                inheritedForm = wordsBefore.get(i);
            } else if (p.organisation() == null && isDepartmentOf(wordsBefore.get(i), inherited)) {
                // 市妇联党组成员、组织部部长某: the department of the body before, a post in that body
                p = new Post(wordsBefore.get(i) + p.position(), inherited, p.event(), p.span(), inheritedForm);
            } else if (localFederation != null) { // 社区党委书记、妇联主席某: the community's federation
                p = new Post(p.position(), localFederation, p.event(), p.span(), "妇联");
            } else if (p.organisation() == null && inherited != null
                    && (bodyless.get(i) || OWN_ORGAN.matcher(wordsBefore.get(i)).find())) {
                // 某局党组成员、直属机关党委书记: the bureau's own Party organ is a post in the bureau
                p = new Post(p.position(), inherited, p.event(), p.span(), inheritedForm);
            } else if (p.organisation() == null && inherited != null && unit != null
                    && inherited.type() == OrgType.GOVERNMENT) { // 县委常委、组织部长 → 县委组织部
                String stem = (unit.endsWith("局") || unit.endsWith("办")) && inherited.region() != null
                        ? inherited.region().name() : inherited.name();
                p = new Post(p.position(), new Organisation(stem + unit, OrgType.GOVERNMENT,
                        inherited.level(), inherited.region(), false), p.event(), p.span(),
                        inheritedForm == null ? null : inheritedForm + unit);
            } else if (p.organisation() == null && inherited != null && WordsBeforeTitle.ASSEMBLY.matcher(inherited.name()).find()
                    && WordsBeforeTitle.COMMITTEE_UNIT.matcher(wordsBefore.get(i)).matches()) {
                // 全国人大常委会委员、内务司法委员会副主任委员: a special committee of the congress named before
                p = new Post(p.position(), new Organisation(STANDING_COMMITTEE.matcher(inherited.name()).replaceFirst("")
                        + wordsBefore.get(i), OrgType.GOVERNMENT, inherited.level(), inherited.region(), false),
                        p.event(), p.span(), wordsBefore.get(i));
            } else if (p.organisation() == null && bodyAsWritten(wordsStart.get(i), wordsBefore.get(i)) != null) {
                // 圆明园管理处副主任甲: a body named without a place, its name ending as bodies' names do
                inherited = bodyAsWritten(wordsStart.get(i), wordsBefore.get(i));
                inheritedForm = wordsBefore.get(i);
                p = new Post(p.position(), inherited, p.event(), p.span(), inheritedForm);
            } else if (p.organisation() == null && WrittenAsIs.body(page, wordsStart.get(i), wordsBefore.get(i)) != null) {
                // 某某大联盟副秘书长, 某顾问社的董事长: a body no finder read, as written (unresolved) rather than none
                inherited = WrittenAsIs.body(page, wordsStart.get(i), wordsBefore.get(i));
                inheritedForm = WrittenAsIs.form(wordsBefore.get(i));
                p = new Post(p.position(), inherited, p.event(), p.span(), inheritedForm);
            } else if (ownBody.get(i)) {
                inherited = p.organisation(); // a delegate's congress is no body for the next title
                inheritedForm = p.bodyWritten();
            }
            posts.add(p);
        }
        // 某省妇联党组高度重视，党组书记、主席周某某: the federation named earlier in the sentence
        if (posts.stream().allMatch(p -> p.organisation() == null) && allTrue(bodyless)
                && posts.stream().allMatch(p -> BareTitleBodies.FEDERATION_TITLES.contains(p.position()))) {
            // 神木县妇联走访… 在走访中，妇联副主席郝某: a bare 妇联 before the titles points back past the sentence
            int from = page.t.startsWith("妇联", statementStart - 2) || page.t.startsWith("妇联", statementStart) ? 0 : Math.max(0, page.places.sentenceStart(statementStart));
            // 某村新当选的妇联主席甲: the village or town written before the bare 妇联 in its phrase
            Organisation local = page.t.startsWith("妇联", statementStart) ? bareTitles.localFederationBefore(statementStart) : null;
            // 新当选的妇联主席甲: elected, so in the federation of the page's congress
            boolean elected = ELECTION_VERBS.matcher(page.t.substring(page.shape.phraseStart(statementStart, 12), statementStart)).find();
            Organisation read = local != null ? local : elected ? bareTitles.electedFederationBefore(statementStart, from)
                    : bareTitles.federationBefore(statementStart, from);
            // no federation read on the page: the village's or town's the page opens with
            Organisation f = read != null ? read : bareTitles.pageLocalFederation();
            if (f != null) posts.replaceAll(p -> p.in(f));
        } else if (posts.stream().allMatch(p -> p.organisation() == null) && allTrue(bodyless)
                && posts.stream().allMatch(p -> BareTitleBodies.ASSOCIATION_TITLES.contains(p.position()))) {
            // 婦聯總會昨舉行… 會長賀某表示: a bare 会长 is of the association the passage is about
            Organisation a = bareTitles.associationBefore(statementStart);
            if (a != null) posts.replaceAll(p -> p.in(a));
        }
        return statementStart;
    }

    /**
     * 某会主席甲、副主席乙和丙、理事长丁, 主席甲、某职乙、委员丙: the body of the holder named last before the list mark
     * ending at {@code seg}; over an entry read as nobody's post (a name joined by 和, a post no lexicon knows) back to
     * the holder before it, within a few entries of the list; null when none is found.
     */
    private Organisation listedBodyBefore(int seg) {
        int mark = seg - 1;
        for (int entries = 0; entries <= MAX_ENTRIES_PASSED && mark > 0; entries++) {
            Organisation o = bodyOfHolderEndingAt.get(mark == seg - 1 ? holderEndBefore(seg) : mark);
            if (o != null || page.titleByEnd.containsKey(mark)) return o; // a holder's, or a title's own entry
            int k = mark - 1;
            while (k > 0 && mark - k <= MAX_ENTRY_PASSED && Character.isIdeographic(page.t.charAt(k))
                    && ENTRY_JOINERS.indexOf(page.t.charAt(k)) < 0) {
                k--;
            }
            // the entry passed must be a name, or words ending in one (礼宾司某某): no clause, no sentence's end
            if (k <= 0 || ENTRY_JOINERS.indexOf(page.t.charAt(k)) < 0 || !endsWithName(k + 1, mark)) return null;
            mark = k;
        }
        return null;
    }

    /** True when the list entry [start, end) ends with a name: one the reader reads there, or a plausible one of
     * two or three characters after other words (礼宾司某某). */
    private boolean endsWithName(int start, int end) {
        return page.names.nameEndingAt(end).filter(n -> n >= start).isPresent()
                || end - 3 >= start && page.names.isNameSpan(end - 3, end)
                || end - 2 >= start && page.names.isNameSpan(end - 2, end);
    }

    /** Where the holder named before the mark ending at {@code seg} ends: a mirror may double it (甲,,副主席乙). */
    private int holderEndBefore(int seg) {
        return seg > 1 && LIST_MARKS.indexOf(page.t.charAt(seg - 2)) >= 0 ? seg - 2 : seg - 1;
    }

    /**
     * True when a name ends at {@code titleStart}: one the segmenter tagged, or three characters right after a
     * body's last character (统战部王某某部长), so the title is that name's.
     */
    private boolean nameBeforeTitle(int titleStart) {
        if (page.orgByEnd.containsKey(titleStart)) return false;
        if (page.names.nameEndingAt(titleStart).isPresent()) return true;
        int s0 = titleStart - 3;
        return s0 > 0 && BODY_ENDINGS.indexOf(page.t.charAt(s0 - 1)) >= 0 && page.names.isNameSpan(s0, titleStart);
    }

    /**
     * 某市妇联党组书记、主席甲，一级调研员乙: after a comma, a bare rank, or a federation title after a federation's
     * holder, continues the body of the holder before; so does an association's title after the holder of a women's
     * body or an association (某妇女联合总会副会长甲、乙，副理事长兼秘书长丙); null otherwise (主席甲，副县长乙 has its own).
     */
    private static Organisation continuedAfterComma(Title title, Organisation before, String titleBefore) {
        if (before == null) return null;
        if (RANK.matcher(title.title()).matches()) return before;
        if (title.title().equals("副" + titleBefore)) return before; // 局长甲，副局长乙: the same bureau's deputy
        // 妇女部部长甲，副部长乙: the deputy of the department of the body before
        if (title.title().startsWith("副") && titleBefore.length() > title.title().length()
                && titleBefore.endsWith(title.title().substring(1)) && before.type() != OrgType.GOVERNMENT) {
            return before;
        }
        // 某同乡会副主席兼秘书长甲，副主席乙: an association's chairs are written as a federation's
        if (before.type() == OrgType.ASSOCIATION && (BareTitleBodies.FEDERATION_TITLES.contains(title.title())
                || BareTitleBodies.ASSOCIATION_TITLES.contains(title.title()))) {
            return before;
        }
        if (BareTitleBodies.ASSOCIATION_TITLES.contains(title.title()) && BareTitleBodies.ASSOCIATION_TITLES.contains(titleBefore)
                && (before.type() == OrgType.FEDERATION || before.type() == OrgType.ASSOCIATION)) {
            return before;
        }
        return BareTitleBodies.FEDERATION_TITLES.contains(title.title()) && before.type() == OrgType.FEDERATION ? before : null;
    }

    /**
     * True when {@code words} name a department (权益部, 办公室, 项目部) of {@code body}, a federation, foundation,
     * association or company: written after one of its titles, it is a post in that body. A government's
     * departments are bodies of their own (县委组织部), read elsewhere.
     */
    private static boolean isDepartmentOf(String words, Organisation body) {
        return body != null && body.type() != OrgType.GOVERNMENT && body.type() != OrgType.OTHER
                && (WordsBeforeTitle.DEPARTMENT.matcher(words).matches() || OWN_DEPARTMENT.matcher(words).matches());
    }

    /**
     * The body the words before a title name when no organisation was found there (圆明园管理处, 某某学会亚健康分会):
     * words from the phrase's start, or after a verb or a linking character, ending as bodies' names end
     * (管理处, 分会, 党委) with a name of two characters or more before that ending; null for a short form (市民政局),
     * a place's body (read with the organisations), a federation, or a class of bodies (社区党委, 机关党委, 该集团).
     */
    private Organisation bodyAsWritten(int start, String words) {
        int end = start + words.length();
        // 池北区妇联主席甲: a federation's name in full opening the phrase (the words start there), its place unknown
        // to the lexicon
        Organisation federation = WordsBeforeTitle.federationOpeningPhrase(page.t, start, end);
        if (federation != null && page.shape.isNominal(start, end)) return federation;
        var suffix = OrganisationSuffixes.get().suffixEndingAt(page.t, end);
        if (words.isEmpty() || suffix.isEmpty() || words.length() > MAX_WRITTEN_BODY) return null;
        for (int s0 = start; s0 <= end - suffix.get().getKey() - 2; s0++) {
            if (s0 > start && !page.shape.followsVerb(s0) && WordsBeforeTitle.LINKING.indexOf(page.t.charAt(s0 - 1)) < 0) continue;
            String name = page.t.substring(s0, end);
            if (WordsBeforeTitle.LEVEL_LETTERS.indexOf(name.charAt(0)) >= 0 || page.places.placeStartingAt(s0).isPresent()) return null;
            if (CLASS_OF_BODIES.matcher(name).lookingAt() || name.contains("妇联") || name.contains("的")
                    || !page.shape.isNominal(s0, end) || titleInside(s0, end)) {
                continue;
            }
            // 南投分会会长甲 after 某协会南投分会: the organisation named before whose name ends so
            for (OrganisationAt o : page.orgByEnd.values()) {
                String full = o.organisation().name();
                if (full.length() > name.length() && full.endsWith(name) && o.end() <= s0) return o.organisation();
            }
            return new Organisation(name, suffix.get().getValue(), null, null, false);
        }
        return null;
    }

    /** 副院长某某及院工会: a title ends inside the words, so they are a holder and a body, no body's name. */
    private boolean titleInside(int start, int end) {
        for (int i = start + 1; i < end; i++) {
            if (page.titleByEnd.containsKey(i)) return true;
        }
        return false;
    }

    /** The federation of the town or village whose Party or government body {@code body} is, or null. */
    private static Organisation localFederationOf(Organisation body) {
        if (body == null || body.type() != OrgType.GOVERNMENT
                || body.level() != OrgLevel.TOWNSHIP && body.level() != OrgLevel.VILLAGE) {
            return null;
        }
        Matcher kind = LOCAL_BODY_KIND.matcher(body.name());
        if (!kind.find() || kind.start() == 0) return null;
        return new Organisation(body.name().substring(0, kind.start()) + "妇联", OrgType.FEDERATION, body.level(),
                body.region(), false);
    }

    /** 自治区副主席: an autonomous region's 主席 heads its government; null for other words before a title. */
    private Organisation regionalGovernment(int phraseStart, Title title) {
        if (!title.title().endsWith("主席") || FEDERATION_ONLY_CHAIRS.contains(title.title())) return null;
        var written = page.places.placeStartingAt(phraseStart); // 广西壮族自治区副主席: the region written in full
        if (written.isPresent() && written.get().end() == title.start()
                && written.get().region().level() == OrgLevel.PROVINCE
                && written.get().region().name().endsWith(AUTONOMOUS_REGION)) {
            Region r = written.get().region();
            return new Organisation(r.name() + "人民政府", OrgType.GOVERNMENT, OrgLevel.PROVINCE, r, false);
        }
        if (!page.t.startsWith(AUTONOMOUS_REGION, phraseStart) || phraseStart + AUTONOMOUS_REGION.length() != title.start()) {
            return null;
        }
        Region r = page.places.regionFor(title.start(), AUTONOMOUS_REGION);
        return new Organisation((r == null ? AUTONOMOUS_REGION : r.name()) + "人民政府", OrgType.GOVERNMENT,
                OrgLevel.PROVINCE, r, false);
    }

    /** 区人大主任: a people's congress is chaired between sessions by its standing committee's 主任. */
    private static Organisation standingCommittee(Organisation body, Title title) {
        if (!body.name().endsWith("人大") || !CONGRESS_CHAIR.matcher(title.title()).matches()) return body;
        return new Organisation(body.name() + "常委会", body.type(), body.level(), body.region(), false);
    }

    /** The department (组织部, 政法委) that words such as 组织, 统战部 or 政法委 before a head's title name, or null. */
    private static String departmentOf(String words, String position) {
        if (BUREAU.matcher(words).matches() && position.endsWith("局长")) return words; // 副县长、公安局局长
        // 某联络办公室副秘书长兼社工部部长: a department of the government body before
        if (WordsBeforeTitle.UNIT.matcher(words).matches() && words.endsWith("部") && position.endsWith("部长")) return words;
        // 县委宣传部副部长、文明办主任: an office of the place's government, headed by its 主任
        if (WordsBeforeTitle.UNIT.matcher(words).matches() && words.endsWith("办") && position.endsWith("主任")) return words;
        // 县委常委、办公室主任: the office of the Party committee before
        if (words.equals("办公室") && position.endsWith("主任")) return words;
        Matcher head = WordsBeforeTitle.DEPARTMENT_HEAD.matcher(words);
        if (!head.matches()) return null;
        if (head.group(1) != null) return position.endsWith("部长") ? head.group(1) + "部" : null;
        return position.endsWith("书记") ? words : null;
    }

    /** True when the phrase of {@code title} holds an election verb (当选为全国妇联执委). */
    private boolean electedTo(Title title) {
        int seg = page.shape.phraseStart(title.start(), 40);
        return ELECTION_VERBS.matcher(page.t).region(seg, title.start()).find();
    }

    /** True when the phrase of {@code title} has someone take it on (担任团长). */
    private boolean takenOn(Title title) {
        int seg = page.shape.phraseStart(title.start(), 40);
        return TAKING_ON.matcher(page.t).region(seg, title.start()).find();
    }

    private static boolean allTrue(List<Boolean> all) {
        return all.stream().allMatch(b -> b);
    }
}
