package org.fuliankg.extract.people.bodies;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.people.PostEvent;
import org.fuliankg.extract.org.WrittenBody;
import org.fuliankg.extract.text.OrganisationAt;
import org.fuliankg.extract.text.ScreenedPattern;
import org.fuliankg.extract.text.TextShape;
import org.fuliankg.lexicon.Positions.Title;

/** What is written before a title in its phrase: a found organisation, a department of one, a short form (县委,
 * 市妇联), a kind of body alone (该协会), and the event words (原, 上届, 代理). */
public final class WordsBeforeTitle {

    /** 九届 in 聊城市妇联九届执委, 第五届理事会 in 省妇女研究会第五届理事会会长, a tenure's ordinal (第一任主席, 首任校长):
     * term and council before a title; a society's 中央委员会 (某地红十字会中央委员会主席) is its council too. */
    private static final Pattern TERM_AND_COUNCIL = Pattern.compile(
            "(?:第?[一二三四五六七八九十0-9]{1,3}[届任]|首届|首任)?(?:执行委员会|执委会|理事会|主席团|中央委员会)?$");
    /** Words right before a title (or its body) that make the post a former one: 原主席, 上届区妇联主席. */
    private static final Pattern FORMER_WORDS = Pattern.compile("(?:原任|原|前任|前|上一?届|曾任)$");
    /** A rank written right before an association's or federation's title that no lexicon reads with it (首席会长,
     * 常务会长, 第一常务副主席). */
    private static final Pattern RANK_BEFORE_TITLE = Pattern.compile("(?:首席|第一|常务)$");
    /** Words before a title that say only that the post is new or current (新当选会长, 新任主席, 现任主席): no body is
     * written there. */
    private static final Pattern NEWLY = Pattern.compile("新当选的?|新任|新一任|现任");
    /** The same words ending the words before a title, after a verb (交接给新任会长甲). */
    private static final Pattern NEWLY_AFTER_VERB = Pattern.compile("(?<=.)(?:新当选的?|新任|新一任)$");
    /** Characters after which a short form such as 市妇联 or 省委 starts even inside a segmenter's word (为市妇联). */
    public static final String LINKING = "为由在是有上和与及的";
    /** Demonstratives before a level letter that point to the place the passage is about (该乡党委, 该县政府). */
    private static final String DEMONSTRATIVES = "该該";
    /** Conjunctions joining two holders in one phrase (甲和乙). */
    private static final String JOINING = "和与及";
    /** The longest unit name read after a body. */
    private static final int MAX_DEPARTMENT = 8;
    /** A federation's own word written alone (婦聯會主委甲): the federation the passage or page is about. */
    private static final Pattern FEDERATION_WORDS = Pattern.compile("妇联会");
    /** 商会会长, 该协会秘书长, 该会主席, 妇委会主任 (妇女工作委员会主任), 商会妇联副主席, 联盟秘书长, 医院党委书记,
     * 厅党组成员: a kind of body written alone, meaning the one of that kind named before (or the page's own: a
     * department's news writes 厅党组书记 or 局党组成员 for the department that publishes it). */
    private static final Pattern KIND_ALONE = Pattern.compile(
            "(?:该|本|我)?(商会|协会|基金会|研究会|学会|促进会|联谊会|联盟|总会|妇女会|集团|公司|医院|妇委会|妇女(?:工作)?委员会"
            + "|(?<=[该本])会|(?<=[该本我]|^)[厅局]|" + FEDERATION_WORDS.pattern() + ")(妇联)?");
    /** An association's head office or a branch written alone (总会, 南投分会, 台中市分会). */
    private static final Pattern BRANCH = Pattern.compile("总会|\\p{IsHan}{1,6}分会");
    private static final String HEAD_OFFICE = "总会";
    /** A term written before a kind of body alone (上一届妇委会, 新一届妇女工作委员会). */
    private static final Pattern TERM_BEFORE_KIND = Pattern.compile("(?:新一届|新一任|本届|上一?届|首届|第[一二三四五六七八九十0-9]{1,3}届)$");
    /** 代主席, 代理主席: an acting post. */
    private static final Pattern ACTING_WORDS = Pattern.compile("(?:代理|代)$");
    /** Departments of a body, written after its name (浙江省妇联权益部). */
    public static final Pattern DEPARTMENT = Pattern.compile(
            "(?:权益部|组织部|宣传部|办公室|事业发展部|发展部|维权部|儿童工作部|联络部|家庭和儿童工作部|妇女发展部|基层组织建设部|统战部)$");
    /** A unit of a body named before it: 协调部, 组织联络部, 三局, 改革办 (not a verb such as 举办, 主办). */
    public static final Pattern UNIT = Pattern.compile("\\p{IsHan}{1,5}(?:部|局|(?<![举主承协创开督交合兴查])办)");
    /** Heads whose title's first character ends their body's name (内政部长, 民政司长, 公安局长). */
    private static final Pattern SHARED_HEAD = Pattern.compile("[部司局署]长");
    /** Words of a Party committee's or a federation's department rather than a ministry (宣传, 组织, 妇联). */
    private static final ScreenedPattern PARTY_WORDS = ScreenedPattern.compile("党|委|妇联|宣传|组织|统战");
    /** An institute of an academy or a university, written after its name (社会学研究所, 某某研究中心). */
    private static final Pattern RESEARCH_UNIT = Pattern.compile("\\p{IsHan}{1,8}(?:研究所|研究院|研究中心)");
    /** A congress's or political consultative body's own committee, written after its name (基本法委员会). */
    public static final Pattern COMMITTEE_UNIT = Pattern.compile("\\p{IsHan}{2,6}委员会");
    /** Bodies whose committees are written after their names: people's congresses and political consultative ones. */
    public static final Pattern ASSEMBLY = Pattern.compile("(?:人大常委会|人大|政协)$");
    /** 县委常委、组织部长, 统战部部长, 政法委书记: a department head whose body is the department of the body before. */
    public static final Pattern DEPARTMENT_HEAD = Pattern.compile("(组织|宣传|统战)部?|政法委|纪委");
    /** The shortest and longest federation's name read as written after an election's 为 (characters, with 妇联). */
    private static final int MIN_WRITTEN_FEDERATION = 6;
    private static final int MAX_WRITTEN_FEDERATION = 20;
    /** The shortest federation's name read as written at a phrase's start (池北区妇联: three characters, 妇联). */
    private static final int MIN_PHRASE_FEDERATION = 5;
    /** Words no single federation's name holds: 各级妇联, 全市妇联, 本单位妇联, 的. */
    private static final ScreenedPattern NOT_A_FEDERATION_NAME = ScreenedPattern.compile("[各全该本我其此这那每的]|基层|两新|新一届|上一?届");
    /** A company's department read with the company as one body (某股份有限公司人力资源部): the company, the unit. */
    private static final Pattern COMPANY_DEPARTMENT = Pattern.compile("(.{2,}(?:公司|集团))(\\p{IsHan}{2,6}(?:部|处|室))");
    /** Letters that open a body written in short (市委, 县妇联, 省政府). */
    public static final String LEVEL_LETTERS = "省市州县区旗盟";

    /**
     * What stands before a title in its phrase; see {@code bodyBefore}. {@code form}: the body as written;
     * {@code unit}: a federation's department written between the body and the title (宣传部), part of the post.
     */
    public record Body(int start, int phraseStart, Organisation organisation, boolean written, PostEvent event,
                String form, String unit) {
        Body(int start, int phraseStart, Organisation organisation, boolean written, PostEvent event, String form) {
            this(start, phraseStart, organisation, written, event, form, "");
        }
    }

    private final Map<Integer, Organisation> bodyOfHolderEndingAt;
    private final SarBureaus sarBureaus;
    private final Page page;
    private final GoverningBodies governing;
    private final InstitutionUnits institutionUnits;
    private final HeadedBodies headedBodies;

    public WordsBeforeTitle(Page page, HolderRecords records, GoverningBodies governing) {
        this.bodyOfHolderEndingAt = records.bodyOfHolderEndingAt;
        this.sarBureaus = new SarBureaus(page);
        this.page = page;
        this.governing = governing;
        this.institutionUnits = new InstitutionUnits(page, governing);
        this.headedBodies = new HeadedBodies(page);
    }

    /** 副理事长兼秘书长甲: 兼 right after a title joins the next title of the same person to it, as 、 does. */
    public boolean concurrentAfter(int titleStart) {
        return titleStart > 1 && page.t.charAt(titleStart - 1) == '兼' && page.titleByEnd.containsKey(titleStart - 1)
                || joinedBody(titleStart - 1);
    }

    /** 全国政协常委及香港某商会副会长甲: 及 between a title and a found body opens that body's title of the same person. */
    private boolean joinedBody(int mark) {
        return mark > 1 && page.t.charAt(mark) == '及' && page.titleByEnd.containsKey(mark) && page.orgByStart.containsKey(mark + 1);
    }

    /**
     * 副主席、纪检组长甲和某基金会总干事乙: a title and its holder joined by 和, 与 or 及 inside the phrase before a title
     * are another person's; the words of this title start after the conjunction. {@code seg} itself otherwise.
     */
    private int afterHolderJoined(int seg, int titleStart) {
        for (int k = titleStart - 1; k > seg; k--) {
            if (JOINING.indexOf(page.t.charAt(k)) < 0) continue;
            var name = page.names.nameEndingAt(k);
            if (name.isPresent() && name.get() > seg && page.titleByEnd.containsKey(name.get())) return k + 1;
        }
        return seg;
    }

    /**
     * What is written before a title in its phrase: the body (a found organisation, or a short form such as
     * 县委 or 市妇联 read by {@link WrittenBody}), whether other words stand there, and the event words (原,
     * 上届, 代理). {@code start} is where the post's statement starts; {@code phraseStart} where the phrase does.
     */
    public Body bodyBefore(Title title) {
        return bodyBefore(title, title.start());
    }

    /**
     * What is written before {@code at} in its phrase, read as the words before {@code title}: {@code at} is the
     * title's start, or the start of a name written between the words and the title (省委某某副书记).
     */
    public Body bodyBefore(Title title, int at) {
        boolean nameBetween = at != title.start();
        int seg = concurrentAfter(at) ? at : page.shape.phraseStart(at, 40);
        // 副秘书长兼项目部部长甲: 兼 after a title opens the second title's words, as 、 does
        int jian = page.t.lastIndexOf('兼', at - 1);
        if (jian >= seg && at - jian <= MAX_DEPARTMENT && page.titleByEnd.containsKey(jian)) seg = jian + 1;
        int ji = page.t.lastIndexOf('及', at - 1);
        if (ji >= seg && joinedBody(ji)) seg = ji + 1;
        seg = afterHolderJoined(seg, at);
        int end = at;
        PostEvent event = PostEvent.STATED;
        Matcher acting = ACTING_WORDS.matcher(page.t.substring(seg, end));
        if (acting.find() && !page.t.startsWith("代表", end - acting.group().length())) {
            event = PostEvent.ACTING;
            end -= acting.group().length();
        }
        Matcher former = FORMER_WORDS.matcher(page.t.substring(seg, end));
        if (former.find()) {
            event = PostEvent.FORMER;
            end -= former.group().length();
        }
        Matcher newly = NEWLY_AFTER_VERB.matcher(page.t).region(seg, end);
        if (newly.find() && (page.shape.followsVerb(newly.start()) || LINKING.indexOf(page.t.charAt(newly.start() - 1)) >= 0)) {
            seg = end; // 将印信交接给新任会长甲: a verb, then the new holder; no body written
        }
        // 首席会长甲, 某会第一常务副主席乙: a rank written before a bare association or federation title is part of
        // the title, not a body; the body is the one written before the rank, else the bare title's
        Matcher rank = RANK_BEFORE_TITLE.matcher(page.t.substring(seg, end));
        if (rank.find() && (BareTitleBodies.ASSOCIATION_TITLES.contains(title.title())
                || BareTitleBodies.FEDERATION_TITLES.contains(title.title()))) {
            end -= rank.group().length();
        }
        Matcher term = TERM_AND_COUNCIL.matcher(page.t.substring(seg, end));
        if (term.find()) end -= term.group().length();
        // 新当选会长甲, 现任执行委员会主席为乙: no body written
        if (NEWLY.matcher(page.t).region(seg, end).matches()) end = seg;
        OrganisationAt org = page.orgByEnd.get(end);
        if (org == null) org = bodyOwningHead(seg, end, title);
        if (org != null && org.start() >= seg) {
            String form = page.t.substring(org.start(), Math.max(end, org.end())); // 民青局 of 民青局长 too
            Matcher department = COMPANY_DEPARTMENT.matcher(org.organisation().name());
            if (department.matches() && !department.group(2).contains("党")) { // 某公司人力资源部 read as one body
                Organisation o = org.organisation();
                Organisation company = new Organisation(department.group(1), OrgType.COMPANY, o.level(), o.region(), false);
                String written = form.endsWith(department.group(2))
                        ? form.substring(0, form.length() - department.group(2).length()) : form;
                return new Body(org.start(), seg, company, true, formerBefore(seg, org.start(), event), written,
                        department.group(2));
            }
            return new Body(org.start(), seg, ImpliedBodies.institutionOrgan(org.organisation(), form), true,
                    formerBefore(seg, org.start(), event), form);
        }
        OrganisationAt parent = departmentParent(seg, end);
        if (parent != null && (parent.organisation().type() == OrgType.FEDERATION
                || parent.organisation().type() == OrgType.COMPANY && !page.t.startsWith("党", parent.end()))) {
            // 省妇联宣传部副部长, 某公司人力资源部副部长: a federation's or a company's department is no body of its
            // own; the post is in the federation or the company
            return new Body(parent.start(), seg, parent.organisation(), true, formerBefore(seg, parent.start(), event),
                    page.surface(parent), page.t.substring(parent.end(), end));
        }
        if (parent != null) { // 市委组织部部长, 中联办协调部副部长: the department of the body
            Organisation o = parent.organisation();
            Organisation d = new Organisation(o.name() + page.t.substring(parent.end(), end), OrgType.OTHER, o.level(),
                    o.region(), false);
            return new Body(parent.start(), seg, d, true, formerBefore(seg, parent.start(), event),
                    page.t.substring(parent.start(), end));
        }
        for (int s0 = seg; s0 < end - 1; s0++) { // the longest short form ending here: 县人大常委会, 市委组织部
            // 该乡党委书记某, 该县政府: a demonstrative opening the phrase points to the place the passage is about
            boolean opens = s0 == seg || s0 == seg + 1 && DEMONSTRATIVES.indexOf(page.t.charAt(seg)) >= 0
                    || page.shape.followsVerb(s0) || afterDate(s0) || FORMER_WORDS.matcher(page.t.substring(seg, s0)).find()
                    || (LINKING.indexOf(page.t.charAt(s0 - 1)) >= 0 || page.shape.wordStartsAt(s0)
                    && TextShape.mayPrecedeAbbreviation(page.t.charAt(s0 - 1))) && !page.places.placeEndingAt(s0);
            if (!opens || endsNameAfterTitle(s0 + 1)) continue; // 京区党委, 管理区妇联: 区 inside a name is no abbreviation
            Organisation written = page.writtenBodies.at(page.t, s0, end);
            // 活动由党委副书记某主持: a bare 党委 opening its phrase or after 由, 在 … is the township's
            if (written == null && (s0 == seg || LINKING.indexOf(page.t.charAt(s0 - 1)) >= 0)) {
                // 社区党工委书记甲和党工委副书记乙: the bare body of the holder just named
                Organisation previous = s0 > 0 ? bodyOfHolderEndingAt.get(s0 - 1) : null;
                String bare = page.t.substring(s0, end);
                written = previous != null && bare.length() > 1 && previous.name().endsWith(bare) ? previous
                        : ImpliedBodies.siblingOrgan(previous, bare);
                if (written == null) written = page.writtenBodies.bareLocal(bare, s0);
            }
            if (written != null) {
                return new Body(s0, seg, written, true, formerBefore(seg, s0, event), page.t.substring(s0, end));
            }
        }
        for (int s0 = seg; s0 < end - 1; s0++) { // 代表會主席, 某鄉代會主席: a Taiwan township's assembly
            if (s0 > seg && LINKING.indexOf(page.t.charAt(s0 - 1)) < 0 && !page.shape.followsVerb(s0)) continue;
            Organisation assembly = page.taiwan.assembly(page.t.substring(s0, end));
            if (assembly != null) return new Body(s0, seg, assembly, true, formerBefore(seg, s0, event), page.t.substring(s0, end));
        }
        for (int s0 = seg; s0 < end; s0++) { // 新当选的商会妇联主席: the kind of body after 的 (厅党组书记: one letter)
            // 上一届妇委会主任, 当选新一届妇女工作委员会主任: a term before the kind opens it too
            boolean opens = s0 == seg || LINKING.indexOf(page.t.charAt(s0 - 1)) >= 0
                    || TERM_BEFORE_KIND.matcher(page.t).region(seg, s0).find();
            if (!opens) continue;
            Matcher kind = KIND_ALONE.matcher(page.t).region(s0, end);
            if (!kind.matches()) continue;
            String kindWord = kind.group(1).startsWith("妇女") ? "妇委会" : kind.group(1); // 妇女工作委员会: a 妇委会
            Organisation named = FEDERATION_WORDS.matcher(kindWord).matches() && kind.group(2) == null
                    ? governing.ofKindWritten(s0, 0, BareTitleBodies::isWomensBody)
                    : namedOfKind(kindWord, kind.group(2) != null, s0);
            if (named != null) return new Body(s0, seg, named, true, formerBefore(seg, s0, event), page.t.substring(s0, end));
        }
        for (int s0 = seg; s0 < end - 1; s0++) { // 南投分会会长, 总会副总会长, 学校工会主席: a unit of the page's body
            boolean opens = s0 == seg || LINKING.indexOf(page.t.charAt(s0 - 1)) >= 0;
            if (!opens || LINKING.indexOf(page.t.charAt(s0)) >= 0) continue;
            Organisation unit = unitOfGoverning(page.t.substring(s0, end), s0);
            if (unit != null) {
                return new Body(s0, seg, unit, true, formerBefore(seg, s0, event), page.t.substring(s0, end));
            }
        }
        Organisation shared = nameBetween ? null : bodySharingHead(seg, end, title);
        if (shared != null) {
            int from = end + 1 - shared.name().length();
            return new Body(from, seg, shared, true, event, page.t.substring(from, end + 1));
        }
        Organisation bureau = nameBetween ? null : sarBureaus.before(seg, end, title);
        if (bureau != null) return new Body(seg, seg, bureau, true, event, page.t.substring(seg, end));
        OrganisationAt headed = nameBetween ? null : headedBodies.before(seg, end);
        if (headed != null) {
            return new Body(headed.start(), seg, headed.organisation(), true, formerBefore(seg, headed.start(), event),
                    page.t.substring(headed.start(), end));
        }
        // 由理事长甲主持, 邀请会长乙: a preposition or verb alone before the title writes no body, nor does the
        // subject of the one who presides (会议由副主席甲主持)
        boolean words = end > seg && !(end - seg <= 2 && page.shape.followsVerb(end)) && page.t.charAt(end - 1) != '由';
        int start = event == PostEvent.STATED ? end : Math.min(title.start(), end);
        // 某某当选为妇联主席: a bare 妇联 is part of the post, so an election statement may end before it
        // (开发区妇联主席: words before 妇联 name some other body, which is not the passage's federation)
        boolean bareFederation = page.t.startsWith("妇联", end - 2) && (end - 2 == seg
                || end - 2 > seg && (LINKING.indexOf(page.t.charAt(end - 3)) >= 0 || page.shape.followsVerb(end - 2)));
        return new Body(bareFederation ? end - 2 : words ? end : start, seg, null, words && !bareFederation, event, null);
    }

    /**
    /**
     * The body whose department the words [.., end) end with: a known department (权益部), or a short unit
     * name ending in 部, 办 or 局 (协调部, 三局) right after a named body; null when there is none.
     */
    private OrganisationAt departmentParent(int seg, int end) {
        for (int start = end - 1; start >= Math.max(seg, end - MAX_DEPARTMENT); start--) {
            OrganisationAt parent = page.orgByEnd.get(start);
            if (parent == null || parent.start() < seg) continue;
            String unit = page.t.substring(start, end);
            if (DEPARTMENT.matcher(unit).matches() || UNIT.matcher(unit).matches()) return parent;
            // 省社会科学院社会学研究所副所长: an institute of the academy or university named before it
            if (RESEARCH_UNIT.matcher(unit).matches() && parent.organisation().type() == OrgType.OTHER) return parent;
            // 全国人大常委会基本法委员会, 省政协提案委员会: a committee of a congress or a political consultative body
            if (ASSEMBLY.matcher(parent.organisation().name()).find() && COMMITTEE_UNIT.matcher(unit).matches()) {
                return parent;
            }
            // 市妇联组织部长: the department's 部 shared with the title
            if (parent.organisation().type() == OrgType.FEDERATION && page.t.startsWith("部长", end)
                    && DEPARTMENT_HEAD.matcher(unit).matches()) {
                return parent;
            }
        }
        return null;
    }

    /** 副书记伍世平和县妇联: a name of two or three characters right after a title ends at {@code end}. */
    private boolean endsNameAfterTitle(int end) {
        for (int length = 2; length <= 3; length++) {
            int start = end - length;
            if (start > 0 && page.titleByEnd.containsKey(start) && page.names.isNameSpan(start, end)) return true;
        }
        return false;
    }

    /**
     * A unit written alone that belongs to the body the passage or page is about: an association's head office or a
     * branch (总会, 南投分会: the association named before, then the word), a school's union, women's committee or Party
     * organ (工会, 校工会, 学校妇委会, 女工委: the school or university named before, then the unit); null otherwise.
     */
    public Organisation unitOfGoverning(String words, int pos) {
        Matcher branch = BRANCH.matcher(words);
        if (branch.matches()) {
            // 南投分会 and a headline's 南投某某协会: the branch's own short name is not the association it belongs to
            String place = words.endsWith("分会") ? words.substring(0, words.length() - 2) : null;
            java.util.function.Predicate<OrganisationAt> kind = o -> o.organisation().type() == OrgType.ASSOCIATION
                    && !o.organisation().generic() && !o.organisation().name().endsWith("分会")
                    && (place == null || !o.organisation().name().startsWith(place));
            // 总会 alone: the page's own 总会 (the host), not a guest's named last
            Organisation association = words.equals(HEAD_OFFICE)
                    ? governing.ownFirst(pos, kind.and(o -> o.organisation().name().endsWith(HEAD_OFFICE)))
                    : governing.of(pos, 0, kind);
            if (association == null && words.equals(HEAD_OFFICE)) association = governing.of(pos, 0, kind);
            if (association == null) return null;
            String name = association.name();
            String base = name.endsWith("总会") ? name.substring(0, name.length() - 2) : name;
            return new Organisation(base + words, OrgType.ASSOCIATION, association.level(), association.region(),
                    false);
        }
        return institutionUnits.at(words, pos);
    }

    /**
     * 商会会长, 商会妇联副主席: the body of that kind named last before {@code pos} (新疆河南商会), or its
     * federation (新疆河南商会妇联, named or not); null when none is named shortly before.
     */
    private Organisation namedOfKind(String kind, boolean federation, int pos) {
        // 该会: an association, a foundation or a women's body named as a society (港区妇联代表联谊会), not a 居委会
        // or 常委会
        java.util.function.Predicate<OrganisationAt> ofKind = o -> {
            String name = o.organisation().name();
            boolean kindFits = !kind.equals("会") || o.organisation().type() == OrgType.ASSOCIATION
                    || o.organisation().type() == OrgType.FOUNDATION || o.organisation().type() == OrgType.FEDERATION;
            return kindFits && (name.endsWith(kind) || federation && name.endsWith(kind + "妇联"));
        };
        // 总会 alone: the page's own 总会 (the host), not a guest's named last
        Organisation named = kind.equals(HEAD_OFFICE) && !federation ? governing.ownFirst(pos, ofKind) : null;
        if (named == null) named = governing.ofKindWritten(pos, 0, ofKind);
        if (named == null || !federation || named.type() == OrgType.FEDERATION) return named;
        return new Organisation(named.name() + "妇联", OrgType.FEDERATION, named.level(), named.region(), false);
    }

    /**
     * 当选为世博地区某某发展妇联第一届执委会主席: the words [from, to) after an election's 为 name a federation in full
     * that no finder read (a name of its own, then 妇联); null for other words, a short form (区妇联) or a class of
     * federations (各级妇联).
     */
    public static Organisation federationWritten(String t, int from, int to) {
        return from <= 0 ? null : federationWritten(t, from, to, MIN_WRITTEN_FEDERATION);
    }

    /**
     * 池北区妇联主席甲, 某某综合实验区妇联党组书记、主席乙: the words [from, to) opening a title's phrase name a
     * federation in full that no finder read (a zone or district the lexicon does not know, then 妇联); the phrase's
     * start bounds the name, so a shorter one than after an election's 为 is read. Null as for
     * {@link #federationWritten(String, int, int)}.
     */
    public static Organisation federationOpeningPhrase(String t, int from, int to) {
        return federationWritten(t, from, to, MIN_PHRASE_FEDERATION);
    }

    private static Organisation federationWritten(String t, int from, int to, int shortest) {
        if (to - from < shortest || to - from > MAX_WRITTEN_FEDERATION) return null;
        String words = t.substring(from, to);
        if (!words.endsWith("妇联") || LEVEL_LETTERS.indexOf(words.charAt(0)) >= 0
                || !words.chars().allMatch(Character::isIdeographic) || NOT_A_FEDERATION_NAME.find(words)) {
            return null;
        }
        return new Organisation(words, OrgType.FEDERATION, null, null, false);
    }

    /**
     * 內政部長甲, 民政司長乙: a ministry's or bureau's name whose last character the title's first shares (内政部 +
     * 部长); the words opening the phrase, or after a linking character, name it. Null after a list mark (县委常委、宣传部长
     * is the committee's department, read with the chain), for a Party department's word (宣传部长) or words that are
     * no name.
     */
    private Organisation bodySharingHead(int seg, int end, Title title) {
        if (!SHARED_HEAD.matcher(title.title()).matches()) return null;
        if (seg > 0 && "、，,".indexOf(page.t.charAt(seg - 1)) >= 0) return null;
        for (int s0 = Math.max(seg, end - MAX_DEPARTMENT); s0 <= end - 2; s0++) {
            if (s0 > seg && LINKING.indexOf(page.t.charAt(s0 - 1)) < 0) continue;
            String words = page.t.substring(s0, end);
            // 民政司司长: the body written in full before the title is read elsewhere
            if (words.charAt(words.length() - 1) == title.title().charAt(0)) return null;
            if (DEPARTMENT_HEAD.matcher(words).matches() || PARTY_WORDS.find(words)
                    || !words.chars().allMatch(Character::isIdeographic) || !page.shape.isNominal(s0, end)
                    || page.places.placeStartingAt(s0).filter(p -> p.end() == end).isPresent()) {
                continue;
            }
            return new Organisation(words + title.title().charAt(0), OrgType.GOVERNMENT, null, null, false);
        }
        return null;
    }

    /**
     * 今日成立，民青局长甲: a body the organisation finder read whose last character is the head's title's first
     * (民青局 + 局长), written right before the title in its phrase; null when none ends there.
     */
    private OrganisationAt bodyOwningHead(int seg, int end, Title title) {
        if (!SHARED_HEAD.matcher(title.title()).matches() || end != title.start()) return null;
        OrganisationAt org = page.orgByEnd.get(end + 1);
        return org != null && org.start() >= seg && org.start() < end ? org : null;
    }

    /** 1月6日省妇联一级巡视员: a date's 日 (after a digit) ends the words before a body. */
    private boolean afterDate(int pos) {
        return pos >= 2 && page.t.charAt(pos - 1) == '日' && (Character.isDigit(page.t.charAt(pos - 2)) || page.t.charAt(pos - 2) == ' '
                || "一二三四五六七八九十".indexOf(page.t.charAt(pos - 2)) >= 0);
    }

    /** 原县人大常委会副主任: a former-post word before the body. */
    private PostEvent formerBefore(int seg, int bodyStart, PostEvent event) {
        return event == PostEvent.STATED && FORMER_WORDS.matcher(page.t.substring(seg, bodyStart)).find()
                ? PostEvent.FORMER : event;
    }
}
