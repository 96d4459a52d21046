package org.fuliankg.extract.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.org.OrganisationMention;
import org.fuliankg.domain.people.Post;
import org.fuliankg.domain.people.PostEvent;
import org.fuliankg.domain.people.PostHolder;
import org.fuliankg.domain.org.Region;
import org.fuliankg.domain.text.Span;
import org.fuliankg.extract.org.WrittenBody;
import org.fuliankg.extract.text.LeaderLists;
import org.fuliankg.extract.text.NameReader;
import org.fuliankg.extract.text.OrganisationAt;
import org.fuliankg.extract.text.PlaceContext;
import org.fuliankg.extract.text.SourceSpans;
import org.fuliankg.extract.text.TextShape;
import org.fuliankg.lexicon.Divisions;
import org.fuliankg.lexicon.OrganisationSuffixes;
import org.fuliankg.lexicon.Positions.Title;
import org.fuliankg.lexicon.Positions;

/**
 * Finds named officials and their posts: header lines (荆州市妇联党组书记、主席 王某某), titles before the name in
 * running text, lists (副主席A、B、C), compound titles across two bodies (…办公室专职副主任、市妇联副主席吴晓红),
 * former posts (原主席), party-congress delegates, and a tagged name before its title (李某某主席); elections and
 * appointments with their events ({@link Elections}); short-form Party, government and federation bodies before a
 * title ({@link WrittenBody}: 县委常委, 区人大常委会副主任, 市妇联), kept unresolved when the text gives no place;
 * titles chained across a comma (区妇联主席，区基金会理事长张某) and guest-list lines (张某——省妇联部长；). A title
 * with no name after or before it (相关负责人) gives nobody.
 */
public final class OfficialFinder {

    /** 九届 in 聊城市妇联九届执委 or 第五届理事会 in 省妇女研究会第五届理事会会长: term and council before a title; a
     * society's 中央委员会 (某地红十字会中央委员会主席) is its council too. */
    private static final Pattern TERM_AND_COUNCIL = Pattern.compile(
            "(?:第?[一二三四五六七八九十0-9]{1,3}届|首届)?(?:执行委员会|执委会|理事会|主席团|中央委员会)?$");
    /** Words right before a title (or its body) that make the post a former one: 原主席, 上届区妇联主席. */
    private static final Pattern FORMER_WORDS = Pattern.compile("(?:原任|原|前任|前|上一?届|曾任)$");
    /** Words before a title that say only that the post is new (新当选会长, 新任主席): no body is written there. */
    private static final Pattern NEWLY = Pattern.compile("新当选的?|新任|新一任");
    /** The same words ending the words before a title, after a verb (交接给新任会长甲). */
    private static final Pattern NEWLY_AFTER_VERB = Pattern.compile("(?<=.)(?:新当选的?|新任|新一任)$");
    /** Characters after which a short form such as 市妇联 or 省委 starts even inside a segmenter's word (为市妇联). */
    private static final String LINKING = "为由在是有上和与及的";
    /** Departments of a body, written after its name (浙江省妇联权益部). */
    private static final Pattern DEPARTMENT = Pattern.compile(
            "(?:权益部|组织部|宣传部|办公室|事业发展部|发展部|维权部|儿童工作部|联络部|家庭和儿童工作部|妇女发展部|基层组织建设部|统战部)$");
    /** A unit of a body named before it: 协调部, 组织联络部, 三局, 改革办 (not a verb such as 举办, 主办). */
    private static final Pattern UNIT = Pattern.compile("\\p{IsHan}{1,5}(?:部|局|(?<![举主承协创开督交合兴查])办)");
    /** A department of a federation, foundation or association written alone: 项目部, 秘书处, 办公室. */
    private static final Pattern OWN_DEPARTMENT = Pattern.compile("\\p{IsHan}{1,4}(?:部|处)|办公室");
    /** The longest body's name read as written before a title when no organisation was found there. */
    private static final int MAX_WRITTEN_BODY = 14;
    /** Words opening a class of bodies rather than one body's name (社区党委, 机关党委, 该集团, 各单位). */
    private static final Pattern CLASS_OF_BODIES = Pattern.compile(
            "社区|村|镇|乡|街道|机关|支部|总支|公司|集团|企业|学校|单位|部门|相关|有关|[该本我其此这那各全每]");
    /** The longest unit name read after a body. */
    private static final int MAX_DEPARTMENT = 8;
    /** A congress's or political consultative body's own committee, written after its name (基本法委员会). */
    private static final Pattern COMMITTEE_UNIT = Pattern.compile("\\p{IsHan}{2,6}委员会");
    /** Bodies whose committees are written after their names: people's congresses and political consultative ones. */
    private static final Pattern ASSEMBLY = Pattern.compile("(?:人大常委会|人大|政协)$");
    /** A congress's standing committee, whose congress names its special committees (全国人大内务司法委员会). */
    private static final Pattern STANDING_COMMITTEE = Pattern.compile("(?<=人大)常委会$");
    /** 县政府副县长、公安局局长: a bureau of the government before. */
    private static final Pattern BUREAU = Pattern.compile("\\p{IsHan}{1,6}局");
    /** 县委常委、组织部长, 统战部部长, 政法委书记: a department head whose body is the department of the body before. */
    private static final Pattern DEPARTMENT_HEAD = Pattern.compile("(组织|宣传|统战)部?|政法委|纪委");
    /** A guest list's line: a name, a dash, titles up to the end of the line or a semicolon. */
    private static final Pattern GUEST_LINE = Pattern.compile(
            "(?m)^[ \\t　]*(\\p{IsHan}{2,4})[ \\t　]*(?:——|—|--|－－)[ \\t　]*([^\\n；;。]{2,60}?)[ \\t　]*(?:[；;。]|$)");
    /** Last characters of a body's or department's name, after which a name may be written (统战部王某某部长). */
    private static final String BODY_ENDINGS = "部委局办厅处室";
    /** Last characters of a body's word before a name and its title in a guest list (地政局, 金宁乡, 代表会). */
    private static final String BODY_WORD_ENDINGS = BODY_ENDINGS + "乡镇会厂所";
    /** The longest body's word read before a name in a guest list, characters. */
    private static final int MAX_BODY_WORD = 10;
    /** The longest list entry skipped as no name (a joined name of another shape), characters. */
    private static final int MAX_UNREAD_ENTRY = 16;
    /** How many other lines may stand between a list of office holders and the line naming their body. */
    private static final int MAX_LINES_ABOVE_LIST = 5;
    /** 省政协委员, 全国人大代表: members of a division's assembly. */
    private static final Pattern ASSEMBLY_MEMBER = Pattern.compile("(全国|省|市|县|区)(政协委员|人大代表)");
    /** 省长, 副县长, 区长, 副旗长: heads of a division's government. */
    private static final Pattern HEAD_OF_GOVERNMENT = Pattern.compile("(?:副|常务副)?(省|市|县|区|州|旗|镇|乡)长");
    /** 主任, 副主任: the chair of a people's congress's standing committee, not of the congress. */
    private static final Pattern CONGRESS_CHAIR = Pattern.compile("(?:常务)?副?主任");
    private static final String AUTONOMOUS_REGION = "自治区";
    /** Chairs only a federation or association has (a government has no 兼职副主席). */
    private static final java.util.Set<String> FEDERATION_ONLY_CHAIRS = java.util.Set.of("专职副主席", "兼职副主席",
            "挂职副主席", "名誉主席");
    /** 代主席, 代理主席: an acting post. */
    private static final Pattern ACTING_WORDS = Pattern.compile("(?:代理|代)$");
    /** Titles that, with no body written, are posts in a women's federation. */
    private static final java.util.Set<String> FEDERATION_TITLES = java.util.Set.of("主席", "副主席", "常务副主席",
            "专职副主席", "兼职副主席", "挂职副主席", "党组书记", "党组副书记", "党组成员", "执委");
    /** The chairs of a women's committee (妇委会, 妇代会). */
    private static final java.util.Set<String> COMMITTEE_CHAIRS = java.util.Set.of("主任", "副主任");
    /** Titles of a special administrative region's bodies, after its name (香港 + 立法会). */
    private static final String SAR_LEGISLATOR = "立法会议员";
    private static final Map<String, String> SAR_BODIES = Map.of("行政长官", "特别行政区政府", SAR_LEGISLATOR, "立法会");
    /** 议员 alone: in a text about a special administrative region's government, a member of its legislature. */
    private static final String LEGISLATOR = "议员";
    /** Words of a text about a special administrative region's government (特区政府, 行政长官). */
    private static final Pattern SAR_GOVERNMENT_WORDS = Pattern.compile("特区|特别行政区|行政长官");
    /** A bureau or department of a special administrative region's government, named without a place. */
    private static final Pattern SAR_BUREAU = Pattern.compile("[^的、，,：:\\s]{0,10}\\p{IsHan}(局|署)");
    /** How the canonical names of a special administrative region's bureaus start after the region. */
    private static final String SAR_GOVERNMENT = "特区政府";
    /** Titles that, with no body written, are posts in the association the passage is about (会长甲, 理事长乙). */
    private static final java.util.Set<String> ASSOCIATION_TITLES = java.util.Set.of("会长", "副会长", "常务副会长",
            "执行会长", "创会会长", "理事长", "副理事长", "常务副理事长", "监事长", "副监事长", "总干事");
    /** Words of a women's association (九龙妇女联会, 澳门专业女性协会), whose 主席 is a post like a federation's. */
    private static final Pattern WOMENS_ASSOCIATION = Pattern.compile("妇女|女性|妇联");
    /** How far back (characters) the federation of a bare title may be named. */
    private static final int FEDERATION_REACH = 300;

    /** Party organs a body has beside its Party committee, written bare after a holder of another (纪委书记某). */
    private static final java.util.Set<String> SIBLING_ORGANS = java.util.Set.of("党委", "党工委", "纪委", "人大工委", "团委");

    private static final Pattern PARTY_ORGAN_END = Pattern.compile("(?:党委|党工委|纪委|人大工委)$");

    private static final Pattern INSTITUTION_END = Pattern.compile("(?:大学|学院|学校|中学|小学)$");

    /** Titles of a school's or university's head, whose body is the institution itself. */
    private static final java.util.Set<String> INSTITUTION_HEADS = java.util.Set.of("校长", "副校长", "常务副校长");
    /** What a town's or village's Party or government body is called after the place's name. */
    private static final Pattern LOCAL_BODY_KIND = Pattern.compile("(?:党委|党工委|党总支|人民政府|纪委|居委会|办事处)$");
    /** Civil-service ranks, held in the body of the post named before them (一级调研员, 副巡视员, 二级主任科员). */
    private static final Pattern RANK = Pattern.compile("(?:[一二三四]级|副)?(?:调研员|巡视员|主任科员)");
    /** 大会主席团常务主席: a title in a congress's presidium. */
    private static final Pattern PRESIDIUM = Pattern.compile("主席团(?:常务)?$");
    /** Members of a Party committee with a portfolio (组织委员, 宣传委员, 纪检委员, 统战委员). */
    private static final Pattern COMMITTEE_MEMBER = Pattern.compile("(?:组织|宣传|纪检|统战)委员");
    /** Verbs of an election or appointment statement. */
    private static final Pattern ELECTION_VERBS = Pattern.compile("当选|选举|增选|补选|任命|连任");
    /** A body's own organs, written after its name has been given (直属机关党委, 机关工会, 纪检组). */
    private static final Pattern OWN_ORGAN = Pattern.compile("^(?:直属)?机关(?:党委|党总支|党支部|工会|妇委会)$|^纪检组$");
    /** 商会会长, 该协会秘书长, 该会主席, 妇委会主任 (妇女工作委员会主任), 商会妇联副主席: a kind of body written alone,
     * meaning the one of that kind named before. */
    private static final Pattern KIND_ALONE = Pattern.compile(
            "(?:该|本|我)?(商会|协会|基金会|研究会|促进会|联谊会|总会|妇女会|集团|公司|妇委会|妇女(?:工作)?委员会|(?<=[该本])会)(妇联)?");
    /** A term written before a kind of body alone (上一届妇委会, 新一届妇女工作委员会). */
    private static final Pattern TERM_BEFORE_KIND = Pattern.compile("(?:新一届|新一任|本届|上一?届|首届|第[一二三四五六七八九十0-9]{1,3}届)$");
    /** Verbs of taking on a role: 担任, 出任. */
    private static final Pattern TAKING_ON = Pattern.compile("担任|出任");
    /** Letters that open a body written in short (市委, 县妇联, 省政府). */
    private static final String LEVEL_LETTERS = "省市州县区旗盟";
    /** Marks that end an entry of a list of holders (何某、钱某, 以及彭某。). */
    private static final String ENTRY_ENDS = "、，,。；;";
    /** Marks between titles of one person: 、 and commas. */
    private static final String LIST_MARKS = "、，,";
    /** Words between a title and the list of its holders: 副会长名单包括：, 副主席名单如下：. */
    private static final Pattern LIST_WORDS = Pattern.compile("名单(?:包括|如下|为)?(?=[：:])|名单包括|(?:包括|如下)(?=[：:])");
    /** (兼) after a title: the post is held concurrently; the name follows. */
    private static final Pattern CONCURRENT = Pattern.compile("[(（]兼[)）]");
    /** Words naming a body's leadership (领导班子成员, 现任领导). */
    private static final Pattern LEADERSHIP = Pattern.compile("(?:新一届|第?[一二三四五六七八九十0-9]{1,3}届)?"
            + "(?:领导班子|领导成员|班子成员|现任领导|领导名单|组成人员)");
    /** What a heading line may add to the organisation's name: 领导班子, 领导班子成员, a colon. */
    private static final Pattern HEADING_REST = Pattern.compile(
            "(?:(?:新一届|第?[一二三四五六七八九十0-9]{1,3}届)?(?:领导班子|领导成员|班子成员|现任领导|领导|执行委员会|执委会)"
            + "(?:成员|名单)?)?[】\\]》：:\\s]*");
    private static final Pattern HEADING_DECORATION = Pattern.compile("[【\\[《\\s]*");
    /** A heading that names no body: 【领导班子】, 现任领导：. */
    private static final Pattern HEADING_ONLY = Pattern.compile(
            "[【\\[《]?(?:领导班子|领导成员|班子成员|现任领导|领导)(?:成员|名单)?[】\\]》：:]?");
    /** 的一名焊工教师，: the job after a workplace, up to the end of the phrase. */
    private static final Pattern WORKPLACE_JOB = Pattern.compile("的(?:一名|一位|名)?(\\p{IsHan}{2,8})(?=[，,。；;、！!])");

    /**
     * What stands before a title in its phrase; see {@code Reading.bodyBefore}. {@code form}: the body as written;
     * {@code unit}: a federation's department written between the body and the title (宣传部), part of the post.
     */
    private record Body(int start, int phraseStart, Organisation organisation, boolean written, PostEvent event,
                        String form, String unit) {
        Body(int start, int phraseStart, Organisation organisation, boolean written, PostEvent event, String form) {
            this(start, phraseStart, organisation, written, event, form, "");
        }
    }

    /** @param places the document's places, read once for all finders */
    public List<PostHolder> find(AnnotatedText text, PlaceContext places, List<OrganisationMention> organisations) {
        return new Reading(text, places, organisations).holders();
    }

    /** One document being read. */
    private static final class Reading {
        private final AnnotatedText text;
        private final String t;
        private final TextShape shape;
        private final NameReader names;
        private final PlaceContext places;
        private final Map<Integer, OrganisationAt> orgByEnd = new HashMap<>();
        private final Map<Integer, OrganisationAt> orgByStart = new HashMap<>();
        private final Map<Integer, Title> titleByEnd = new HashMap<>();
        private final List<Title> titles = new ArrayList<>();
        private final Map<String, PostHolder> byName = new LinkedHashMap<>();
        /** For a name that ends a statement, the body of that statement's last post. */
        private final Map<Integer, Organisation> bodyOfHolderEndingAt = new HashMap<>();
        /** The same body as the text wrote it. */
        private final Map<Integer, String> formOfHolderEndingAt = new HashMap<>();
        /** And that post's title. */
        private final Map<Integer, String> titleOfHolderEndingAt = new HashMap<>();
        private final WrittenBody writtenBodies;
        private final Elections elections;
        /** 香港 or 澳门 when the text is about a special administrative region's government, else null. */
        private final String sarGovernment;

        Reading(AnnotatedText text, PlaceContext documentPlaces, List<OrganisationMention> organisations) {
            this.text = text;
            this.t = text.text().text();
            this.shape = new TextShape(text);
            this.names = new NameReader(text);
            this.places = documentPlaces.withoutAnchors();
            this.writtenBodies = new WrittenBody(places);
            List<OrganisationAt> orgs = organisations.stream().map(m -> OrganisationAt.of(text, m)).toList();
            places.addAnchors(orgs);
            for (OrganisationAt o : orgs) {
                orgByEnd.put(o.end(), o);
                orgByStart.put(o.start(), o);
            }
            for (int i = 0; i < t.length(); i++) {
                var title = Positions.get().titleAt(t, i);
                if (title.isEmpty()) continue;
                titles.add(title.get());
                titleByEnd.put(title.get().end(), title.get());
                i = title.get().end() - 1;
            }
            this.elections = new Elections(t, names);
            this.sarGovernment = SAR_GOVERNMENT_WORDS.matcher(t).find() ? specialRegion() : null;
        }

        List<PostHolder> holders() {
            for (Title title : titles) {
                int after = skipSeparator(title.end());
                var nameEnd = names.nameEndAfterTitle(after);
                if (nameEnd.isEmpty() && holderAfterDe(title)) { // 当选浙江省妇联主席的何某、: the holder after 的
                    after = title.end() + 1;
                    nameEnd = names.nameEndAfterTitle(after).filter(e -> e < t.length()
                            && (ENTRY_ENDS.indexOf(t.charAt(e)) >= 0 || names.speechOrPresenceAt(e))); // 的某某说
                }
                var subject = nameEnd.isPresent() ? null : names.profileSubjectBefore(title.start(), title.end()).orElse(null);
                if (nameEnd.isPresent()) {
                    readTitlesBeforeName(title, after, nameEnd.get());
                } else if (subject != null && names.nameEndingAt(title.start()).isEmpty()) { // 某某，女，…，现任…主席，
                    readTitlesBeforeName(title, subject[0], subject[1]);
                } else if (!readElection(title)) {
                    readNameBeforeTitle(title);
                }
            }
            readGuestLines();
            for (LeaderLists.Listed l : new LeaderLists(text, names, places).names()) { // 市领导甲、乙出席
                String name = t.substring(l.start(), l.end());
                if (!byName.containsKey(name)) add(name, List.of(l.post()), l.start(), l.end()); // a stated post says more
            }
            CopulaSites copulas = new CopulaSites(t, orgByStart.keySet());
            for (String name : List.copyOf(byName.keySet())) readWorkplace(name, copulas);
            return List.copyOf(byName.values());
        }

        /**
         * 1月9日当选浙江省妇联主席的何某: a title after an election or appointment verb in its phrase, with 的 after
         * it: the name after 的 holds the post (the name must end its list entry).
         */
        private boolean holderAfterDe(Title title) {
            if (title.end() + 1 >= t.length() || t.charAt(title.end()) != '的') return false;
            String phrase = t.substring(shape.phraseStart(title.start(), 30), title.start());
            return ELECTION_VERBS.matcher(phrase).find() || TAKING_ON.matcher(phrase).find();
        }

        /** 张某——省政协委员、省妇联权益部部长；: a guest list's line, the name before a dash and its titles. */
        private void readGuestLines() {
            Matcher m = GUEST_LINE.matcher(t);
            while (m.find()) {
                if (names.nameEndAfterTitle(m.start(1)).filter(e -> e == m.end(1)).isEmpty()) continue;
                Title last = titleByEnd.get(m.end(2));
                if (last == null) continue;
                List<Post> posts = new ArrayList<>();
                int start = chain(last, posts);
                if (start < m.start(2)) continue;
                add(m.group(1), posts, m.start(1), m.end(2));
            }
        }

        /** 张某某是宝钢的一名技术员: an official's job at a named body, as a further post. */
        private void readWorkplace(String name, CopulaSites copulas) {
            for (int start : copulas.namesBefore(name)) {
                OrganisationAt org = orgByStart.get(start + name.length() + 1);
                Matcher job = WORKPLACE_JOB.matcher(t).region(org.end(), t.length());
                if (!job.lookingAt()) continue;
                Post post = new Post(job.group(1), org.organisation(), PostEvent.STATED,
                        SourceSpans.of(text, org.start(), job.end(1)), surface(org));
                add(name, List.of(post), start, job.end(1));
            }
        }

        /** 荆州市妇联党组书记、主席王某某表示, and lists such as 副主席：A、B、C. */
        private void readTitlesBeforeName(Title last, int nameStart, int nameEnd) {
            List<Post> posts = new ArrayList<>();
            int start = chain(last, posts);
            add(t.substring(nameStart, nameEnd), posts, start, nameEnd);
            int p = nameEnd;
            while (p < t.length()) {
                int listed = names.nextListEntry(p); // 、 with spaces or a note before it: 简某 、, 巴桑(藏族)、
                int from = listed >= 0 ? listed : spacedEntryAfter(names.afterNote(p));
                if (from < 0) break;
                var next = names.nameEndAfterTitle(from);
                if (next.isEmpty() && listed >= 0) {
                    int unread = unreadEntryEnd(from); // 桑顶·…·德庆曲珍、: a name of another shape; the list goes on
                    if (unread < 0) break;
                    p = unread;
                    continue;
                }
                if (next.isEmpty() || !names.isBoundary(next.get()) || titleAt(next.get())) break;
                // 副主席 张某 李某某 王某(兼职): names parted by spaces, each ending at a space or the line's end
                if (listed < 0 && !endsSpacedEntry(names.afterNote(next.get()))) break;
                add(t.substring(from, next.get()), posts, from, next.get());
                p = next.get();
            }
        }

        /**
         * The 、 that ends a list entry from {@code from} read as no name: a joined name (Han characters parted by
         * name dots, no longer than such a name), followed by 、 and a name read there; -1 otherwise (a body and
         * title in the list end it).
         */
        private int unreadEntryEnd(int from) {
            int i = from;
            boolean dotted = false;
            while (i < t.length() && i - from <= MAX_UNREAD_ENTRY) {
                boolean dot = NameReader.isNameDot(t.charAt(i));
                if (!dot && !Character.isIdeographic(t.codePointAt(i))) break;
                dotted |= dot;
                i++;
            }
            if (!dotted || i >= t.length() || t.charAt(i) != '、') return -1;
            int after = names.nextListEntry(i);
            return after >= 0 && names.nameEndAfterTitle(after).isPresent() ? i : -1;
        }

        /** Where the next name of a space-parted list starts after {@code p}: after a run of spaces; -1. */
        private int spacedEntryAfter(int p) {
            int q = p;
            while (q < t.length() && q - p < 4 && (t.charAt(q) == ' ' || t.charAt(q) == '\u3000')) q++;
            return q > p && q < t.length() && Character.isIdeographic(t.codePointAt(q)) ? q : -1;
        }

        /** True when a name of a space-parted list ends at {@code end}: a space, the line's end or the text's. */
        private boolean endsSpacedEntry(int end) {
            return end == t.length() || " \u3000\n\r".indexOf(t.charAt(end)) >= 0;
        }

        /**
         * 习近平总书记, 陈秀英主席作工作报告, 张蕾当选主席: the name before the title. A federation title with no
         * body written belongs to the federation the passage was just speaking of.
         */
        private void readNameBeforeTitle(Title title) {
            int nameEnd = title.start();
            var nameStart = nameAfterBody(nameEnd); // 县妇联郑某某主席: the body bounds the name (not 林|文秀)
            if (nameStart.isEmpty()) nameStart = names.nameEndingAt(nameEnd);
            boolean afterBodyWord = nameStart.isEmpty();
            if (afterBodyWord) nameStart = nameAfterBodyWord(nameEnd); // 、地政局叶某某局长、
            if (nameStart.isEmpty()) return;
            // 甘州区长安镇: the title's first character ends a place's name (甘州区), which is no person's
            if (HEAD_OF_GOVERNMENT.matcher(title.title()).matches() && places.placeEndingAt(title.start() + 1)) return;
            OrganisationAt org = orgByEnd.get(nameStart.get());
            Organisation o = org != null ? org.organisation() : implied(title);
            String name = t.substring(nameStart.get(), nameEnd);
            boolean stated = byName.containsKey(name) && byName.get(name).posts().stream()
                    .anyMatch(p -> p.position().equals(title.title()) && p.organisation() != null);
            // 省妇联副主席邵某 … 邵某主席表示: a bare colloquial title of someone already titled in full adds nothing
            if (org == null && colloquialOfStated(name, title.title())) return;
            // 代表会陈某主席: the body written before the name is no federation or association named earlier
            if (o == null && !stated && !afterBodyWord && FEDERATION_TITLES.contains(title.title())) {
                o = federationBefore(nameStart.get());
            }
            if (o == null && !stated && !afterBodyWord && ASSOCIATION_TITLES.contains(title.title())) {
                o = associationBefore(nameStart.get());
            }
            int start = org != null ? org.start() : nameStart.get();
            Post post = new Post(title.title(), o, PostEvent.STATED, SourceSpans.of(text, start, title.end()),
                    org == null ? null : surface(org));
            add(name, List.of(post), start, title.end());
        }

        private Organisation federationBefore(int pos) {
            return federationBefore(pos, 0);
        }

        /** The women's committee (妇委会, 妇代会) named last before {@code pos} in its sentence, or null. */
        private Organisation committeeInSentenceBefore(int pos) {
            int from = places.sentenceStart(pos);
            OrganisationAt best = null;
            for (OrganisationAt o : orgByEnd.values()) {
                String name = o.organisation().name();
                if ((name.endsWith("妇委会") || name.endsWith("妇代会")) && !o.organisation().generic()
                        && o.start() >= from && o.end() <= pos && (best == null || o.end() > best.end())) {
                    best = o;
                }
            }
            return best == null ? null : best.organisation();
        }

        /** True when {@code name} already holds a post whose longer title ends with {@code title} (副主席 for 主席). */
        private boolean colloquialOfStated(String name, String title) {
            PostHolder holder = byName.get(name);
            return holder != null && holder.posts().stream().anyMatch(p -> p.organisation() != null
                    && !p.position().equals(title) && p.position().endsWith(title));
        }

        /**
         * 、消防局王某某局长、, 金宁乡杨某某乡长: a name of two or three characters between a body's word (ending as
         * bodies do, not found as an organisation) opening its phrase and {@code end}, the start of the title.
         */
        private java.util.Optional<Integer> nameAfterBodyWord(int end) {
            for (int start = end - 3; start <= end - 2; start++) {
                if (start < 3 || BODY_WORD_ENDINGS.indexOf(t.charAt(start - 1)) < 0 || !names.isNameSpan(start, end)) continue;
                int phrase = shape.phraseStart(start, MAX_BODY_WORD);
                if (start - phrase >= 2 && (phrase == 0 || TextShape.isDelimiter(t.charAt(phrase - 1)))
                        && Positions.get().titleAt(t, phrase).isEmpty()) {
                    return java.util.Optional.of(start);
                }
            }
            return java.util.Optional.empty();
        }

        /** The start of a name written between an organisation and {@code end}, the start of its title. */
        private java.util.Optional<Integer> nameAfterBody(int end) {
            for (int start = end - 4; start <= end - 2; start++) {
                final int s0 = start;
                if (start > 0 && orgByEnd.containsKey(start) && names.isNameSpan(start, end)) {
                    return java.util.Optional.of(s0);
                }
            }
            return java.util.Optional.empty();
        }

        /** The nearest specific federation named shortly before {@code pos} and from {@code from} on, or null. */
        private Organisation federationBefore(int pos, int from) {
            OrganisationAt best = null;
            for (OrganisationAt o : orgByEnd.values()) {
                // 根据全国妇联章程: the federation whose charter is cited is not the one electing
                boolean federation = womensBody(o.organisation()) && !o.organisation().generic()
                        && !t.startsWith("章程", o.end());
                if (federation && o.end() <= pos && o.start() >= from && pos - o.end() <= FEDERATION_REACH
                        && (best == null || o.end() > best.end())) {
                    best = o;
                }
            }
            return best == null ? null : best.organisation();
        }

        /** A federation, or a women's association (香港岛妇女联会主席, 澳门妇女联合总会). */
        private static boolean womensBody(Organisation o) {
            return o.type() == OrgType.FEDERATION
                    || o.type() == OrgType.ASSOCIATION && WOMENS_ASSOCIATION.matcher(o.name()).find();
        }

        /** The federation of the village or town named earlier in the phrase that ends at {@code pos}, or null. */
        private Organisation localFederationBefore(int pos) {
            int seg = shape.phraseStart(pos, 40);
            for (OrgLevel level : List.of(OrgLevel.VILLAGE, OrgLevel.TOWNSHIP)) {
                var place = places.localPlaceBefore(pos, level, pos - seg).filter(p -> p.start() >= seg);
                if (place.isPresent()) {
                    return new Organisation(place.get().name() + "妇联", OrgType.FEDERATION, level, place.get().region(), false);
                }
            }
            return null;
        }

        /** The nearest association named shortly before {@code pos} (会长甲 after 九龙妇女联会 …), or null. */
        private Organisation associationBefore(int pos) {
            OrganisationAt best = null;
            for (OrganisationAt o : orgByEnd.values()) {
                if (o.organisation().type() == OrgType.ASSOCIATION && !o.organisation().generic() && o.end() <= pos
                        && pos - o.end() <= FEDERATION_REACH && (best == null || o.end() > best.end())) {
                    best = o;
                }
            }
            return best == null ? null : best.organisation();
        }

        /**
         * Reads the titles that end at {@code last}, right to left across 、, each with the body written before
         * it; a title without a body of its own belongs to the body of the title before it (党组书记、主席). A
         * title with words before it that name no known body (街道党工委书记) takes no other title's body.
         * Returns where the statement starts.
         */
        private int chain(Title last, List<Post> posts) {
            List<Post> reversed = new ArrayList<>();
            List<Boolean> ownBody = new ArrayList<>();
            List<Boolean> bodyless = new ArrayList<>();
            List<String> wordsBefore = new ArrayList<>();
            List<Integer> wordsStart = new ArrayList<>();
            List<Boolean> presidium = new ArrayList<>();
            Title cur = last;
            int statementStart = last.start();
            while (true) {
                Body body = bodyBefore(cur);
                int seg = body.phraseStart();
                OrganisationAt heading = null;
                if (body.organisation() == null && !body.written() && seg > 0 && body.event() != PostEvent.FORMER
                        && t.charAt(seg - 1) != '、') {
                    heading = listHeading(seg);
                }
                boolean ownTitle = HEAD_OF_GOVERNMENT.matcher(cur.title()).matches(); // 省委书记A、省长B: B's own body
                Organisation listed = body.organisation() == null && !body.written() && seg > 0 && t.charAt(seg - 1) == '、'
                        && !ownTitle ? bodyOfHolderEndingAt.get(seg - 1) : null; // 市妇联主席张丽、副主席王芳
                if (listed == null && body.organisation() == null && !body.written() && seg > 0
                        && " \u3000".indexOf(t.charAt(seg - 1)) >= 0 && cur.end() < t.length()
                        && "：:".indexOf(t.charAt(cur.end())) >= 0) { // 主席：甲 副主席：乙 常委：丙: one body's labels
                    int previous = names.entryEndBeforeMark(seg);
                    listed = previous > 0 ? bodyOfHolderEndingAt.get(previous) : null;
                }
                String unit = ""; // 市妇联主席甲、权益部部长乙: a department of the body of the holder named before
                if (listed == null && body.organisation() == null && body.written() && seg > 0 && t.charAt(seg - 1) == '、'
                        && isDepartmentOf(t.substring(seg, cur.start()), bodyOfHolderEndingAt.get(seg - 1))) {
                    listed = bodyOfHolderEndingAt.get(seg - 1);
                    unit = t.substring(seg, cur.start());
                }
                if (listed == null && body.organisation() == null && !body.written() && seg > 0
                        && ",，".indexOf(t.charAt(seg - 1)) >= 0) {
                    listed = continuedAfterComma(cur, bodyOfHolderEndingAt.get(seg - 1), // 主席甲，一级调研员乙
                            titleOfHolderEndingAt.get(seg - 1));
                }
                Organisation o = body.organisation() != null ? standingCommittee(body.organisation(), cur)
                        : heading != null ? heading.organisation() : listed != null ? listed : regionalGovernment(seg, cur);
                if (o == null && body.written()) { // 周陂镇副书记某: the township's Party committee
                    o = writtenBodies.partyOfTownWritten(t.substring(seg, cur.start()), cur.start(), cur.title());
                }
                if (o == null) o = implied(cur);
                int postStart = body.start();
                String form = body.organisation() != null ? body.form() : heading != null ? surface(heading)
                        : listed != null ? formOfHolderEndingAt.get(seg - 1) : null;
                reversed.add(new Post(body.unit() + unit + cur.title(), o, body.event(), SourceSpans.of(text, postStart, cur.end()), form));
                ownBody.add(body.organisation() != null || heading != null || listed != null || body.written());
                bodyless.add(o == null && !body.written());
                presidium.add(PRESIDIUM.matcher(t.substring(seg, cur.start())).find());
                wordsStart.add(body.phraseStart());
                wordsBefore.add(o == null && body.written() ? t.substring(body.phraseStart(), cur.start())
                        : o == null && t.startsWith("妇联", seg) && seg + 2 == cur.start() ? "妇联" : "");
                statementStart = postStart;
                // 沈某一行在河南省委副书记某: words before the body open the statement; no earlier title is this one's
                if (body.organisation() != null && body.start() - seg > 1) break;
                // 区妇联党组书记、主席，区基金会理事长张某: titles across a comma with no name between are one person's;
                // a mirror doubles the mark (副主席,、书记处书记)
                int mark = seg - 1;
                if (mark > 0 && LIST_MARKS.indexOf(t.charAt(mark)) >= 0 && LIST_MARKS.indexOf(t.charAt(mark - 1)) >= 0) mark--;
                boolean continued = seg > 0 && (LIST_MARKS.indexOf(t.charAt(seg - 1)) >= 0 || concurrentAfter(seg));
                Title previous = continued ? titleByEnd.get(mark) : null;
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
                if (presidium.get(i)) continue; // 大会主席团常务主席: a congress's presidium, no body's 主席
                String unit = departmentOf(wordsBefore.get(i), p.position());
                Organisation localFederation = wordsBefore.get(i).equals("妇联") ? localFederationOf(inherited) : null;
                // 自治区妇联主席、妇儿工委副主任: a body written without its place is in the place of the body before
                Organisation placed = p.organisation() == null && inherited != null && inherited.region() != null
                        && !isDepartmentOf(wordsBefore.get(i), inherited)
                        ? writtenBodies.inPlaceOf(wordsBefore.get(i), inherited.region()) : null;
                // 开发区党工委副书记、管委会主任: the zone's other body
                if (placed == null && p.organisation() == null) placed = WrittenBody.inZoneOf(wordsBefore.get(i), inherited);
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
                    String stem = unit.endsWith("局") && inherited.region() != null ? inherited.region().name() : inherited.name();
                    p = new Post(p.position(), new Organisation(stem + unit, OrgType.GOVERNMENT,
                            inherited.level(), inherited.region(), false), p.event(), p.span(),
                            inheritedForm == null ? null : inheritedForm + unit);
                } else if (p.organisation() == null && inherited != null && ASSEMBLY.matcher(inherited.name()).find()
                        && COMMITTEE_UNIT.matcher(wordsBefore.get(i)).matches()) {
                    // 全国人大常委会委员、内务司法委员会副主任委员: a special committee of the congress named before
                    p = new Post(p.position(), new Organisation(STANDING_COMMITTEE.matcher(inherited.name()).replaceFirst("")
                            + wordsBefore.get(i), OrgType.GOVERNMENT, inherited.level(), inherited.region(), false),
                            p.event(), p.span(), wordsBefore.get(i));
                } else if (p.organisation() == null && bodyAsWritten(wordsStart.get(i), wordsBefore.get(i)) != null) {
                    // 圆明园管理处副主任甲: a body named without a place, its name ending as bodies' names do
                    inherited = bodyAsWritten(wordsStart.get(i), wordsBefore.get(i));
                    inheritedForm = wordsBefore.get(i);
                    p = new Post(p.position(), inherited, p.event(), p.span(), inheritedForm);
                } else if (ownBody.get(i)) {
                    inherited = p.organisation(); // a delegate's congress is no body for the next title
                    inheritedForm = p.bodyWritten();
                }
                posts.add(p);
            }
            // 某省妇联党组高度重视，党组书记、主席周某某: the federation named earlier in the sentence
            if (posts.stream().allMatch(p -> p.organisation() == null) && allTrue(bodyless)
                    && posts.stream().allMatch(p -> FEDERATION_TITLES.contains(p.position()))) {
                // 神木县妇联走访… 在走访中，妇联副主席郝某: a bare 妇联 before the titles points back past the sentence
                int from = t.startsWith("妇联", statementStart - 2) || t.startsWith("妇联", statementStart) ? 0 : Math.max(0, places.sentenceStart(statementStart));
                // 某村新当选的妇联主席甲: the village or town written before the bare 妇联 in its phrase
                Organisation local = t.startsWith("妇联", statementStart) ? localFederationBefore(statementStart) : null;
                Organisation f = local != null ? local : federationBefore(statementStart, from);
                if (f != null) posts.replaceAll(p -> p.in(f));
            } else if (posts.stream().allMatch(p -> p.organisation() == null) && allTrue(bodyless)
                    && posts.stream().allMatch(p -> ASSOCIATION_TITLES.contains(p.position()))) {
                // 婦聯總會昨舉行… 會長賀某表示: a bare 会长 is of the association the passage is about
                Organisation a = associationBefore(statementStart);
                if (a != null) posts.replaceAll(p -> p.in(a));
            }
            return statementStart;
        }

        /**
         * True when a name ends at {@code titleStart}: one the segmenter tagged, or three characters right after a
         * body's last character (统战部王某某部长), so the title is that name's.
         */
        private boolean nameBeforeTitle(int titleStart) {
            if (orgByEnd.containsKey(titleStart)) return false;
            if (names.nameEndingAt(titleStart).isPresent()) return true;
            int s0 = titleStart - 3;
            return s0 > 0 && BODY_ENDINGS.indexOf(t.charAt(s0 - 1)) >= 0 && names.isNameSpan(s0, titleStart);
        }

        /**
         * 某市妇联党组书记、主席甲，一级调研员乙: after a comma, a bare rank, or a federation title after a federation's
         * holder, continues the body of the holder before; null otherwise (主席甲，副县长乙 has its own).
         */
        private static Organisation continuedAfterComma(Title title, Organisation before, String titleBefore) {
            if (before == null) return null;
            if (RANK.matcher(title.title()).matches()) return before;
            if (title.title().equals("副" + titleBefore)) return before; // 局长甲，副局长乙: the same bureau's deputy
            return FEDERATION_TITLES.contains(title.title()) && before.type() == OrgType.FEDERATION ? before : null;
        }

        /**
         * True when {@code words} name a department (权益部, 办公室, 项目部) of {@code body}, a federation, foundation,
         * association or company: written after one of its titles, it is a post in that body. A government's
         * departments are bodies of their own (县委组织部), read elsewhere.
         */
        private static boolean isDepartmentOf(String words, Organisation body) {
            return body != null && body.type() != OrgType.GOVERNMENT && body.type() != OrgType.OTHER
                    && (DEPARTMENT.matcher(words).matches() || OWN_DEPARTMENT.matcher(words).matches());
        }

        /**
         * The body the words before a title name when no organisation was found there (圆明园管理处, 某某学会亚健康分会):
         * words from the phrase's start, or after a verb or a linking character, ending as bodies' names end
         * (管理处, 分会, 党委) with a name of two characters or more before that ending; null for a short form (市民政局),
         * a place's body (read with the organisations), a federation, or a class of bodies (社区党委, 机关党委, 该集团).
         */
        private Organisation bodyAsWritten(int start, String words) {
            int end = start + words.length();
            var suffix = OrganisationSuffixes.get().suffixEndingAt(t, end);
            if (words.isEmpty() || suffix.isEmpty() || words.length() > MAX_WRITTEN_BODY) return null;
            for (int s0 = start; s0 <= end - suffix.get().getKey() - 2; s0++) {
                if (s0 > start && !shape.followsVerb(s0) && LINKING.indexOf(t.charAt(s0 - 1)) < 0) continue;
                String name = t.substring(s0, end);
                if (LEVEL_LETTERS.indexOf(name.charAt(0)) >= 0 || places.placeStartingAt(s0).isPresent()) return null;
                if (CLASS_OF_BODIES.matcher(name).lookingAt() || name.contains("妇联") || name.contains("的")
                        || !shape.isNominal(s0, end)) {
                    continue;
                }
                // 南投分会会长甲 after 某协会南投分会: the organisation named before whose name ends so
                for (OrganisationAt o : orgByEnd.values()) {
                    String full = o.organisation().name();
                    if (full.length() > name.length() && full.endsWith(name) && o.end() <= s0) return o.organisation();
                }
                return new Organisation(name, suffix.get().getValue(), null, null, false);
            }
            return null;
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
            var written = places.placeStartingAt(phraseStart); // 广西壮族自治区副主席: the region written in full
            if (written.isPresent() && written.get().end() == title.start()
                    && written.get().region().level() == OrgLevel.PROVINCE
                    && written.get().region().name().endsWith(AUTONOMOUS_REGION)) {
                Region r = written.get().region();
                return new Organisation(r.name() + "人民政府", OrgType.GOVERNMENT, OrgLevel.PROVINCE, r, false);
            }
            if (!t.startsWith(AUTONOMOUS_REGION, phraseStart) || phraseStart + AUTONOMOUS_REGION.length() != title.start()) {
                return null;
            }
            Region r = places.regionFor(title.start(), AUTONOMOUS_REGION);
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
            if (UNIT.matcher(words).matches() && words.endsWith("部") && position.endsWith("部长")) return words;
            Matcher head = DEPARTMENT_HEAD.matcher(words);
            if (!head.matches()) return null;
            if (head.group(1) != null) return position.endsWith("部长") ? head.group(1) + "部" : null;
            return position.endsWith("书记") ? words : null;
        }

        /** True when the phrase of {@code title} holds an election verb (当选为全国妇联执委). */
        private boolean electedTo(Title title) {
            int seg = shape.phraseStart(title.start(), 40);
            return ELECTION_VERBS.matcher(t).region(seg, title.start()).find();
        }

        /** True when the phrase of {@code title} has someone take it on (担任团长). */
        private boolean takenOn(Title title) {
            int seg = shape.phraseStart(title.start(), 40);
            return TAKING_ON.matcher(t).region(seg, title.start()).find();
        }

        private static boolean allTrue(List<Boolean> all) {
            return all.stream().allMatch(b -> b);
        }

        /**
         * What is written before a title in its phrase: the body (a found organisation, or a short form such as
         * 县委 or 市妇联 read by {@link WrittenBody}), whether other words stand there, and the event words (原,
         * 上届, 代理). {@code start} is where the post's statement starts; {@code phraseStart} where the phrase does.
         */
        /** 副理事长兼秘书长甲: 兼 right after a title joins the next title of the same person to it, as 、 does. */
        private boolean concurrentAfter(int titleStart) {
            return titleStart > 1 && t.charAt(titleStart - 1) == '兼' && titleByEnd.containsKey(titleStart - 1);
        }

        private Body bodyBefore(Title title) {
            int seg = concurrentAfter(title.start()) ? title.start() : shape.phraseStart(title.start(), 40);
            // 副秘书长兼项目部部长甲: 兼 after a title opens the second title's words, as 、 does
            int jian = t.lastIndexOf('兼', title.start() - 1);
            if (jian >= seg && title.start() - jian <= MAX_DEPARTMENT && titleByEnd.containsKey(jian)) seg = jian + 1;
            int end = title.start();
            PostEvent event = PostEvent.STATED;
            Matcher acting = ACTING_WORDS.matcher(t.substring(seg, end));
            if (acting.find() && !t.startsWith("代表", end - acting.group().length())) {
                event = PostEvent.ACTING;
                end -= acting.group().length();
            }
            Matcher former = FORMER_WORDS.matcher(t.substring(seg, end));
            if (former.find()) {
                event = PostEvent.FORMER;
                end -= former.group().length();
            }
            if (NEWLY.matcher(t).region(seg, end).matches()) end = seg; // 新当选会长甲: no body written
            Matcher newly = NEWLY_AFTER_VERB.matcher(t).region(seg, end);
            if (newly.find() && (shape.followsVerb(newly.start()) || LINKING.indexOf(t.charAt(newly.start() - 1)) >= 0)) {
                seg = end; // 将印信交接给新任会长甲: a verb, then the new holder; no body written
            }
            Matcher term = TERM_AND_COUNCIL.matcher(t.substring(seg, end));
            if (term.find()) end -= term.group().length();
            OrganisationAt org = orgByEnd.get(end);
            if (org != null && org.start() >= seg) {
                return new Body(org.start(), seg, org.organisation(), true, formerBefore(seg, org.start(), event),
                        t.substring(org.start(), end));
            }
            OrganisationAt parent = departmentParent(seg, end);
            if (parent != null && parent.organisation().type() == OrgType.FEDERATION) {
                // 省妇联宣传部副部长: a federation's department is no body of its own; the post is in the federation
                return new Body(parent.start(), seg, parent.organisation(), true, formerBefore(seg, parent.start(), event),
                        surface(parent), t.substring(parent.end(), end));
            }
            if (parent != null) { // 市委组织部部长, 中联办协调部副部长: the department of the body
                Organisation o = parent.organisation();
                Organisation d = new Organisation(o.name() + t.substring(parent.end(), end), OrgType.OTHER, o.level(),
                        o.region(), false);
                return new Body(parent.start(), seg, d, true, formerBefore(seg, parent.start(), event),
                        t.substring(parent.start(), end));
            }
            for (int s0 = seg; s0 < end - 1; s0++) { // the longest short form ending here: 县人大常委会, 市委组织部
                boolean opens = s0 == seg || shape.followsVerb(s0) || afterDate(s0) || FORMER_WORDS.matcher(t.substring(seg, s0)).find()
                        || (LINKING.indexOf(t.charAt(s0 - 1)) >= 0 || shape.wordStartsAt(s0)
                        && TextShape.mayPrecedeAbbreviation(t.charAt(s0 - 1))) && !places.placeEndingAt(s0);
                if (!opens || endsNameAfterTitle(s0 + 1)) continue; // 京区党委, 管理区妇联: 区 inside a name is no abbreviation
                Organisation written = writtenBodies.at(t, s0, end);
                // 活动由党委副书记某主持: a bare 党委 opening its phrase or after 由, 在 … is the township's
                if (written == null && (s0 == seg || LINKING.indexOf(t.charAt(s0 - 1)) >= 0)) {
                    // 社区党工委书记甲和党工委副书记乙: the bare body of the holder just named
                    Organisation previous = s0 > 0 ? bodyOfHolderEndingAt.get(s0 - 1) : null;
                    String bare = t.substring(s0, end);
                    written = previous != null && bare.length() > 1 && previous.name().endsWith(bare) ? previous
                            : siblingOrgan(previous, bare);
                    if (written == null) written = writtenBodies.bareLocal(bare, s0);
                }
                if (written != null) {
                    return new Body(s0, seg, written, true, formerBefore(seg, s0, event), t.substring(s0, end));
                }
            }
            for (int s0 = seg; s0 < end - 1; s0++) { // 新当选的商会妇联主席: the kind of body after 的
                // 上一届妇委会主任, 当选新一届妇女工作委员会主任: a term before the kind opens it too
                boolean opens = s0 == seg || LINKING.indexOf(t.charAt(s0 - 1)) >= 0
                        || TERM_BEFORE_KIND.matcher(t).region(seg, s0).find();
                if (!opens) continue;
                Matcher kind = KIND_ALONE.matcher(t).region(s0, end);
                if (!kind.matches()) continue;
                String kindWord = kind.group(1).startsWith("妇女") ? "妇委会" : kind.group(1); // 妇女工作委员会: a 妇委会
                Organisation named = namedOfKind(kindWord, kind.group(2) != null, s0);
                if (named != null) return new Body(s0, seg, named, true, formerBefore(seg, s0, event), t.substring(s0, end));
            }
            Organisation bureau = sarBureau(t.substring(seg, end), title);
            if (bureau != null) return new Body(seg, seg, bureau, true, event, t.substring(seg, end));
            // 由理事长甲主持, 邀请会长乙: a preposition or verb alone before the title writes no body
            boolean words = end > seg && !(end - seg <= 2 && shape.followsVerb(end));
            int start = event == PostEvent.STATED ? end : Math.min(title.start(), end);
            // 某某当选为妇联主席: a bare 妇联 is part of the post, so an election statement may end before it
            // (开发区妇联主席: words before 妇联 name some other body, which is not the passage's federation)
            boolean bareFederation = t.startsWith("妇联", end - 2) && (end - 2 == seg
                    || end - 2 > seg && (LINKING.indexOf(t.charAt(end - 3)) >= 0 || shape.followsVerb(end - 2)));
            return new Body(bareFederation ? end - 2 : words ? end : start, seg, null, words && !bareFederation, event, null);
        }

        /**
         * 民政及青年事务局局长甲, 食物及卫生局副局长乙 in a text about Hong Kong's or Macau's government: a bureau (署)
         * written without a place, opening its phrase, is one of that region's government; null otherwise.
         */
        private Organisation sarBureau(String words, Title title) {
            if (sarGovernment == null || words.isEmpty() || LEVEL_LETTERS.indexOf(words.charAt(0)) >= 0) return null;
            Matcher bureau = SAR_BUREAU.matcher(words);
            if (!bureau.matches() || !title.title().endsWith(bureau.group(1) + "长")) return null;
            return new Organisation(sarGovernment + SAR_GOVERNMENT + words, OrgType.GOVERNMENT, OrgLevel.PROVINCE, null, false);
        }

        /**
         * The body whose department the words [.., end) end with: a known department (权益部), or a short unit
         * name ending in 部, 办 or 局 (协调部, 三局) right after a named body; null when there is none.
         */
        private OrganisationAt departmentParent(int seg, int end) {
            for (int start = end - 1; start >= Math.max(seg, end - MAX_DEPARTMENT); start--) {
                OrganisationAt parent = orgByEnd.get(start);
                if (parent == null || parent.start() < seg) continue;
                String unit = t.substring(start, end);
                if (DEPARTMENT.matcher(unit).matches() || UNIT.matcher(unit).matches()) return parent;
                // 全国人大常委会基本法委员会, 省政协提案委员会: a committee of a congress or a political consultative body
                if (ASSEMBLY.matcher(parent.organisation().name()).find() && COMMITTEE_UNIT.matcher(unit).matches()) {
                    return parent;
                }
                // 市妇联组织部长: the department's 部 shared with the title
                if (parent.organisation().type() == OrgType.FEDERATION && t.startsWith("部长", end)
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
                if (start > 0 && titleByEnd.containsKey(start) && names.isNameSpan(start, end)) return true;
            }
            return false;
        }

        /**
         * 商会会长, 商会妇联副主席: the body of that kind named last before {@code pos} (新疆河南商会), or its
         * federation (新疆河南商会妇联, named or not); null when none is named shortly before.
         */
        private Organisation namedOfKind(String kind, boolean federation, int pos) {
            OrganisationAt best = null;
            for (OrganisationAt o : orgByEnd.values()) {
                String name = o.organisation().name();
                // 该会: an association, a foundation or a women's body named as a society (港区妇联代表联谊会), not a
                // 居委会 or 常委会
                boolean kindFits = !kind.equals("会") || o.organisation().type() == OrgType.ASSOCIATION
                        || o.organisation().type() == OrgType.FOUNDATION || o.organisation().type() == OrgType.FEDERATION;
                boolean fits = kindFits && (name.endsWith(kind) || federation && name.endsWith(kind + "妇联"));
                if (fits && o.end() <= pos && pos - o.end() <= FEDERATION_REACH && (best == null || o.end() > best.end())) {
                    best = o;
                }
            }
            if (best == null || !federation || best.organisation().type() == OrgType.FEDERATION) {
                return best == null ? null : best.organisation();
            }
            Organisation body = best.organisation();
            return new Organisation(body.name() + "妇联", OrgType.FEDERATION, body.level(), body.region(), false);
        }

        /** 1月6日省妇联一级巡视员: a date's 日 (after a digit) ends the words before a body. */
        private boolean afterDate(int pos) {
            return pos >= 2 && t.charAt(pos - 1) == '日' && (Character.isDigit(t.charAt(pos - 2)) || t.charAt(pos - 2) == ' '
                    || "一二三四五六七八九十".indexOf(t.charAt(pos - 2)) >= 0);
        }

        /** 原县人大常委会副主任: a former-post word before the body. */
        private PostEvent formerBefore(int seg, int bodyStart, PostEvent event) {
            return event == PostEvent.STATED && FORMER_WORDS.matcher(t.substring(seg, bodyStart)).find()
                    ? PostEvent.FORMER : event;
        }

        /** 选举梁某为妇联主席, 李某、王某当选为区妇联副主席: the names, the verb's event and the body, or false. */
        private boolean readElection(Title title) {
            Body body = bodyBefore(title);
            var statement = elections.statementEndingAt(body.start());
            boolean unknownBody = false; // 选举某某为学院妇委会主任: a body we cannot name stands after 为
            if (statement.isEmpty() && body.written() && body.organisation() == null) {
                int wei = t.lastIndexOf('为', title.start() - 1);
                if (wei > body.phraseStart()) statement = elections.statementEndingAt(wei + 1);
                unknownBody = statement.isPresent();
            }
            if (statement.isEmpty()) return false;
            Elections.Statement st = statement.get();
            Organisation o = body.organisation();
            if (o == null && !unknownBody) o = st.inheritedBody();
            if (o == null && !unknownBody && FEDERATION_TITLES.contains(title.title())) o = federationBefore(st.start(), 0);
            // 选举产生了学校妇委会，甲当选为主任: the chair of the women's committee named before in the sentence
            if (o == null && !unknownBody && COMMITTEE_CHAIRS.contains(title.title())) o = committeeInSentenceBefore(st.start());
            if (o == null && !unknownBody && ASSOCIATION_TITLES.contains(title.title())) o = associationBefore(st.start());
            if (o == null && !unknownBody) o = implied(title);
            PostEvent event = body.event() != PostEvent.STATED ? body.event() : st.event();
            Post post = new Post(body.unit() + title.title(), o, event, SourceSpans.of(text, body.start(), title.end()), body.form());
            for (int[] name : st.names()) add(t.substring(name[0], name[1]), List.of(post), name[0], title.end());
            elections.remember(st, o);
            return true;
        }

        /**
         * In a list of office holders (湖南省妇联 / 主席：A / 副主席：B、C) a title at the start of a line belongs to
         * the body the list names: in the nearest line above that is one organisation's name, possibly with words
         * such as 领导班子 (成都市妇联领导班子), with only other title lines between; or, when the list has no such
         * heading (【领导班子】 or nothing), in the first line after the list that names the body's leaders
         * (以上为市妇联领导班子成员).
         */
        private OrganisationAt listHeading(int lineStart) {
            if (t.charAt(lineStart - 1) != '\n') return null;
            int end = lineStart - 1;
            int otherLines = 0; // an encyclopedia box: the body's name, a few lines of term and dates, the titles
            while (end > 0) {
                int start = t.lastIndexOf('\n', end - 1) + 1;
                String line = t.substring(start, end).strip();
                if (!line.isEmpty() && !isTitleLine(line)) {
                    OrganisationAt org = headingOrganisation(start, end);
                    if (org != null) return org;
                    if (otherLines == 0 && HEADING_ONLY.matcher(line).matches()) return listFooter(lineStart);
                    if (++otherLines > MAX_LINES_ABOVE_LIST) return null;
                }
                end = start - 1;
            }
            return listFooter(lineStart);
        }

        /** The organisation a heading line [start, end) consists of, with decorations and words such as 领导班子. */
        private OrganisationAt headingOrganisation(int start, int end) {
            for (OrganisationAt org : orgByStart.values()) {
                if (org.start() < start || org.end() > end) continue;
                String before = t.substring(start, org.start());
                String after = t.substring(org.end(), end);
                if (HEADING_DECORATION.matcher(before).matches() && HEADING_REST.matcher(after).matches()) return org;
            }
            return null;
        }

        /** The body named, with its leadership, in the first line after the title lines that follow {@code lineStart}. */
        private OrganisationAt listFooter(int lineStart) {
            int start = lineStart;
            while (start < t.length()) {
                int end = t.indexOf('\n', start);
                if (end < 0) end = t.length();
                String line = t.substring(start, end).strip();
                if (!line.isEmpty() && !isTitleLine(line)) {
                    for (OrganisationAt org : orgByStart.values()) {
                        if (org.start() >= start && org.end() <= end
                                && LEADERSHIP.matcher(t).region(org.end(), end).lookingAt()) {
                            return org;
                        }
                    }
                    return null;
                }
                start = end + 1;
            }
            return null;
        }

        private boolean isTitleLine(String line) {
            return Positions.get().titleAt(line, 0).isPresent();
        }

        /** The body a title implies when none is written: the party congress of a delegate, the Central
         * Committee of the general secretary. */
        private Organisation implied(Title title) {
            Region country = Divisions.get().country();
            if (title.isDelegate() && title.congressLevel() == null) {
                return new Organisation("中国共产党" + title.congress(), OrgType.GOVERNMENT, OrgLevel.NATIONAL, country, false);
            }
            if (title.isDelegate()) {
                Region r = places.regionFor(title.start(), title.congressLevel());
                return r == null ? null
                        : new Organisation("中国共产党" + r.name() + title.congress(), OrgType.GOVERNMENT, r.level(), r, false);
            }
            // 议员甲 in a text about Hong Kong's or Macau's government: a member of its legislature
            if (title.title().equals(LEGISLATOR) && sarGovernment != null) {
                return new Organisation(sarGovernment + SAR_BODIES.get(SAR_LEGISLATOR), OrgType.GOVERNMENT, OrgLevel.PROVINCE,
                        null, false);
            }
            String sarBody = SAR_BODIES.get(title.title());
            if (sarBody != null) { // 行政长官, 立法会议员: the body of the special administrative region the text is about
                String sar = specialRegion();
                return sar == null ? null : new Organisation(sar + sarBody, OrgType.GOVERNMENT, OrgLevel.PROVINCE, null, false);
            }
            Matcher member = ASSEMBLY_MEMBER.matcher(title.title());
            if (member.matches()) { // 省政协委员, 市人大代表: a member of that division's assembly
                String assembly = member.group(2).startsWith("政协") ? "政协" : "人大";
                if (member.group(1).equals("全国")) {
                    return new Organisation("全国" + assembly, OrgType.GOVERNMENT, OrgLevel.NATIONAL, country, false);
                }
                Region r = places.regionFor(title.start(), member.group(1));
                if (r != null) return new Organisation(r.name() + assembly, OrgType.GOVERNMENT, r.level(), r, false);
            }
            Matcher head = HEAD_OF_GOVERNMENT.matcher(title.title());
            if (head.matches() && "镇乡".contains(head.group(1))) { // 镇长罗某: the township the passage is about
                return writtenBodies.bareLocal("政府", title.start());
            }
            if (head.matches()) { // 省长王某, 副县长: the government of the place the passage is about
                Region r = places.regionFor(title.start(), head.group(1));
                if (r != null) return new Organisation(r.name() + "人民政府", OrgType.GOVERNMENT, r.level(), r, false);
                // no place in the text: the government as written, unresolved like 县委 (县人民政府)
                return new Organisation(head.group(1) + "人民政府", OrgType.GOVERNMENT, null, null, false);
            }
            if (COMMITTEE_MEMBER.matcher(title.title()).matches()) { // 组织委员某 in a town's text: its 党委's
                return writtenBodies.bareLocal("党委", title.start());
            }
            Organisation institution = institutionHeaded(title);
            if (institution != null) return institution;
            // 社区党总书记: a branch's secretary (党总支书记), not the Central Committee's general secretary
            if (title.start() > 0 && t.charAt(title.start() - 1) == '党') return null;
            String body = Positions.get().impliedOrganisation(title.title());
            return body == null ? null : new Organisation(body, OrgType.GOVERNMENT, OrgLevel.NATIONAL, country, false);
        }

        /**
         * 街道党工委书记甲、人大工委主任乙, 学校党委副书记甲，纪委书记乙, 副校长甲，党委常委乙: a bare Party organ after the
         * holder of another organ of the same body (or of the institution itself) is that body's; null otherwise.
         */
        private static Organisation siblingOrgan(Organisation previous, String bare) {
            if (previous == null || !SIBLING_ORGANS.contains(bare)) return null;
            Matcher organ = PARTY_ORGAN_END.matcher(previous.name());
            String stem = organ.find() ? previous.name().substring(0, organ.start())
                    : INSTITUTION_END.matcher(previous.name()).find() ? previous.name() : null;
            if (stem == null || stem.length() < 2) return null;
            return new Organisation(stem + bare, previous.type(), previous.level(), previous.region(), false);
        }

        /** 校长甲, 副校长乙 with no body: the school or university named last before the title, within reach. */
        private Organisation institutionHeaded(Title title) {
            if (!INSTITUTION_HEADS.contains(title.title())) return null;
            OrganisationAt best = null;
            for (OrganisationAt o : orgByEnd.values()) {
                if (o.end() > title.start() || title.start() - o.end() > FEDERATION_REACH) continue;
                if (!INSTITUTION_END.matcher(o.organisation().name()).find()) continue;
                if (best == null || o.end() > best.end()) best = o;
            }
            return best == null ? null : best.organisation();
        }

        /** 香港 or 澳门, whichever the text names first; null when it names neither. */
        private String specialRegion() {
            int hk = t.indexOf("香港");
            int macau = t.indexOf("澳门");
            if (hk < 0 && macau < 0) return null;
            return macau < 0 || hk >= 0 && hk < macau ? "香港" : "澳门";
        }

        /** An organisation's name as the (normalised) text writes it. */
        private String surface(OrganisationAt org) {
            return t.substring(org.start(), org.end());
        }

        private boolean titleAt(int pos) {
            return Positions.get().titleAt(t, pos).isPresent();
        }

        private int skipSeparator(int pos) {
            Matcher heading = LIST_WORDS.matcher(t).region(pos, t.length()); // 副会长名单包括：
            int p0 = heading.lookingAt() ? heading.end() : pos;
            int p = p0; // 主席：, 主席 | 某某 | (a table row)
            while (p < t.length() && p - p0 < 3 && " 　：:|".indexOf(t.charAt(p)) >= 0) p++;
            return CONCURRENT.matcher(t).region(p, t.length()).lookingAt() ? p + 3 : p; // 党工委书记(兼)许某
        }

        /** True when {@code shortPost} is {@code full}'s post written with a level letter (市委 for 武穴市委). */
        private static boolean abbreviationOf(Post shortPost, Post full) {
            String form = shortPost.bodyWritten();
            if (form == null || form.isEmpty() || LEVEL_LETTERS.indexOf(form.charAt(0)) < 0
                    || !shortPost.position().equals(full.position()) || full.organisation() == null
                    || shortPost.organisation() == null) {
                return false;
            }
            String name = full.organisation().name();
            return name.length() > form.length() && name.endsWith(form) && !name.equals(shortPost.organisation().name());
        }

        private static boolean sameBody(Post a, Post b) {
            return a.organisation() != null && b.organisation() != null
                    && a.organisation().name().equals(b.organisation().name());
        }

        /** One record per person: posts from every statement about them, without repeats. */
        private void add(String name, List<Post> posts, int start, int end) {
            PostHolder before = byName.get(name);
            List<Post> merged = new ArrayList<>(before == null ? List.of() : before.posts());
            for (Post p : posts) {
                boolean known = merged.stream().anyMatch(m -> m.position().equals(p.position())
                        && (p.organisation() == null || m.organisation() != null
                        && m.organisation().name().equals(p.organisation().name())));
                // 金某主席 for a 副主席 of the same body is a colloquial short form: the stated title stays
                boolean shortForm = merged.stream().anyMatch(m -> sameBody(m, p) && m.position().endsWith(p.position()));
                // 武穴市委副书记甲 … 市委副书记甲致辞: the abbreviation is the body already named in full for this post
                boolean abbreviated = merged.stream().anyMatch(m -> abbreviationOf(p, m));
                if (known || shortForm || abbreviated) continue;
                merged.removeIf(m -> m.position().equals(p.position()) && m.organisation() == null
                        || sameBody(m, p) && p.position().endsWith(m.position()) || abbreviationOf(m, p));
                merged.add(p);
            }
            if (!posts.isEmpty() && posts.get(posts.size() - 1).organisation() != null) {
                bodyOfHolderEndingAt.put(end, posts.get(posts.size() - 1).organisation());
                formOfHolderEndingAt.put(end, posts.get(posts.size() - 1).bodyWritten());
                titleOfHolderEndingAt.put(end, posts.get(posts.size() - 1).position());
            }
            Span span = before != null && before.posts().size() >= posts.size()
                    ? before.span() : SourceSpans.of(text, start, end);
            byName.put(name, new PostHolder(name, List.copyOf(merged), span));
        }
    }
}
