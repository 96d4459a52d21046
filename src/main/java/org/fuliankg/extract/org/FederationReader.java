package org.fuliankg.extract.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.org.Region;
import org.fuliankg.extract.page.PlaceNames;
import org.fuliankg.extract.text.FirstCharacters;
import org.fuliankg.extract.text.NameReader;
import org.fuliankg.extract.text.OrganisationAt;
import org.fuliankg.extract.text.PlaceContext;
import org.fuliankg.extract.text.ScreenedPattern;
import org.fuliankg.extract.text.TextShape;
import org.fuliankg.lexicon.KnownOrganisations;
import org.fuliankg.lexicon.OrganisationSuffixes;
import org.fuliankg.lexicon.Positions;
import org.fuliankg.lexicon.WorkplaceKinds;

/**
 * Reads women's federations: 妇联, 妇女联合会 and 妇代会 with what stands before them — a place (江苏妇联, 新疆伊犁州妇联),
 * an abbreviation resolved from context (市妇联, 自治州妇联), a township or village, a sector (直播行业妇联), or a
 * class of bodies (县(市、区)妇联, 村妇联, 各市州妇联).
 */
final class FederationReader {

    private static final Pattern ANCHOR = Pattern.compile("妇女联合会|妇联|妇代会|妇女工作委员会|妇女委员会|妇委会");
    private static final FirstCharacters ANCHOR_STARTS = FirstCharacters.of(ANCHOR.pattern());
    private static final Set<String> ABBREVIATIONS = Set.of("省", "市", "州", "县", "区", "自治州", "自治区", "自治县", "旗", "盟");
    private static final Set<String> VILLAGE_WORDS = Set.of("村", "社区");
    private static final Set<String> TOWN_WORDS = Set.of("镇", "乡", "街道");
    /** How the names of towns and villages end, longest first. */
    private static final List<String> LOCAL_KINDS = List.of("街道", "社区", "镇", "乡", "村");
    /** Regions outside the federations' system whose women's federation is an association named after them. */
    private static final Set<String> SELF_NAMED_REGIONS = Set.of("香港", "台湾");
    /** A count of people or bodies right before a name (5名, 十二名). */
    private static final ScreenedPattern COUNT_BEFORE = ScreenedPattern.compile("(?:[0-9０-９]+[名个家所位]|[一二两三四五六七八九十百千]+名)$");
    /** Zones with an administration of their own, written by their kind alone (经开区妇联) for the text's zone. */
    private static final Set<String> ADMINISTRATIVE_ZONES = Set.of("经开区", "高新区", "开发区");
    /** Marks between the members of a list of places: 三江镇、沙堆镇和大鳌镇. */
    private static final String LIST_MARKS = "、和及与";
    /** The most characters of a listed town's or village's own name. */
    private static final int MAX_LISTED_NAME = 4;
    /** The most characters of a division's full name in a list (某某自治县 names run longer: they are rare there). */
    private static final int MAX_DIVISION_NAME = 8;
    /** How far back (characters) the town of 镇妇联 or the village of 村妇联 may be named. */
    private static final int TOWN_REACH = 300;
    private static final int VILLAGE_REACH = 100;
    /** Classes of federations: 县(市、区), 县市区, 各市州, 乡镇, 村(社区) … */
    private static final Pattern GENERIC = Pattern.compile(
            "各?(?:[县市区乡镇村州](?:[(（][^)）]{1,6}[)）])|市州|县市区|县区|市县|乡镇|乡镇街道|镇街|村居|村社区)|各[县市区乡镇村州]");
    /** How a company's name ends (某某集团, 某某有限责任公司). */
    private static final ScreenedPattern COMPANY_KINDS = ScreenedPattern.compile("(?:集团|公司)$");
    private static final Pattern TOWNSHIP = Pattern.compile("\\p{IsHan}{1,6}(?:镇|乡|街道)");
    /** The town before a village's name; 嘉定镇街道 is a 街道 named after a town, so after the town 街道 is left over. */
    private static final Pattern TOWNSHIP_PREFIX = Pattern.compile("\\p{IsHan}{1,6}?(?:镇|乡|街道)(?:街道)?|街道");
    private static final Pattern VILLAGE = Pattern.compile("(?:\\p{IsHan}{1,6}(?:镇|乡|街道))?\\p{IsHan}{1,6}(?:村|社区)");
    /** Sector federations: 直播行业妇联, 邮政快递业妇联, 两新领域妇联, 广场舞协会妇联, 产业链妇联, 楼宇妇联, 机关妇联 … */
    private static final Pattern SECTOR = Pattern.compile(
            "\\p{IsHan}{2,8}(?:行业|领域|协会|商会|园区|楼宇|市场|群体|企业|网格|小区|联盟|平台|学会)"
            + "|\\p{IsHan}{1,6}[^行产就创企职专]业|\\p{IsHan}{0,8}(?:产业链|新业态|机关)");
    /** Sectors named by their trade alone (快递行业, 两新领域): the place before them is written in full; a workplace's
     * own name (新疆河南商会, 南通大生园区) keeps its place as written. */
    private static final Pattern TRADE_SECTOR = Pattern.compile(
            "\\p{IsHan}*(?:行业|领域|群体|新业态|产业链|网格|楼宇|小区|机关|[^行产就创企职专]业)");
    /** Words inside a qualifier that describe or count rather than name (新一届村妇联, 全市首个市级行业妇联,
     * 同志为快递行业妇联): such a qualifier names no body. */
    private static final ScreenedPattern NOT_A_NAME = ScreenedPattern.compile(
            "届|首个|首家|一个|每个|部分|一些|所有|全部|全[市县区省镇州乡村旗盟]|市级|县级|省级|镇级|村级|这|该|本|其|我|[为使把被将让由向对的以]"
            + "|(?:^|[省市州县区旗镇乡道])各" // 某镇各村妇联: a class; 李各庄村妇联: a village's name holding 各
            + "|[0-9０-９]+[名个家所位]|[一二两三四五六七八九十百千]+名"); // 5名某公司妇联执委: a count, the name after it
    /** Words by which a person acts for a body named after them (某某代表商会妇联, 某某带领园区妇联). */
    private static final List<String> ACTING_FOR = List.of("代表", "带领", "率领", "受");
    /** A time word opening a qualifier (今年镇妇联, 未来园区妇联): the name, if any, starts after it. */
    private static final Pattern TIME_OPENING = Pattern.compile(
            "未来|今年|去年|明年|前年|今后|目前|当前|近年|近日|日前|此后|随后|同时|以后|以来|届时"
            + "|[0-9一二两三四五六七八九十几多]*年(?:来|间|里)" // 五年来镇妇联: a span of years, then the body
            + "|原(?=(?:村|社区|镇|乡|街道)$)"); // 原村妇代会: the village's former body, 原 names no village
    /** The term of office between a body's name and its federation (某机关第一届妇委会). */
    private static final Pattern TERM_BEFORE = Pattern.compile("(?:第[一二三四五六七八九十0-9]+|新一|本|上一)届$");
    /** Words that qualify a following 镇妇联 or 村妇联 without naming it (新一届镇妇联 = the town's federation). */
    private static final ScreenedPattern MODIFIER = ScreenedPattern.compile("(?:新一届|新一任|本届|上一届|新|首届|第[一二三四五六七八九十0-9]+届)$");
    /** A count or plural marker before the qualifier (51名县直机关妇委会主任, 38所高校妇联): many bodies, not one. */
    private static final ScreenedPattern PLURAL_BEFORE = ScreenedPattern.compile("(?:[0-9０-９一二三四五六七八九十百千两几多]+[名个家所位]|各|全|诸|多|等|部分|一些|有的|少数)$");
    /** Verbs of a meeting or an event: a qualifier holding one is a clause, not a sector (县妇联召开县直机关妇委会). */
    private static final Pattern EVENT_VERBS = Pattern.compile("召开|举办|举行|成立|组织|开展|参加|出席|选举|召集|联合|指导|发布|启动"
            + "|代表|汇报|主持" // 刘某代表商会妇联汇报: a clause before the federation
            + "|希望|要求|祝贺|感谢|鼓励|勉励|号召|期望|期待" // 希望某某妇联注重…: words to it, not its name
            + "|带领|率领|调研|走访|考察|看望"); // 带领村妇联, 调研村妇联主席: a verb and the class of bodies after it
    /** 第一届执行委员会委员, 执委: members of one federation's committee written after it. */
    private static final Pattern MEMBERS_AFTER = Pattern.compile("(?:第[一二三四五六七八九十0-9]+届)?(?:执行委员会|执委会)?(?:委员|执委)");
    /** 村妇代会改建妇联: the reform of a class of bodies, not one body. */
    private static final Pattern REFORM_AFTER = Pattern.compile("改建|改为|改联|改革");
    /** 选举出某镇妇联主席: 出 completes the verb of choosing before it, it opens no name. */
    private static final Pattern CHOOSING_BEFORE = Pattern.compile("(?:选举|推选|评选|选|产生)$");
    private static final String FUNCTION_CHARS = "的在和与及为向对把将是了到从由等再经又也还就都";
    /** Words after which a new name starts: 安吉县妇联联合递铺街道妇联. */
    private static final List<String> CONNECTORS = List.of("联合", "会同", "协同", "携手", "指导", "组织", "走进", "来到", "深入");

    /** Kinds of institution whose name may be a bare place plus the kind (某河学院, 某州医院). */
    private static final Pattern INSTITUTION = PlaceContext.INSTITUTION;
    /** How the institution a text is about is abbreviated before its federation (校妇联, 学校妇联, 院妇联). */
    private static final Set<String> INSTITUTION_ABBREVIATIONS = Set.of("校", "学校", "学院", "院", "大学");

    private final TextShape shape;
    private final PlaceContext places;
    private final NameReader names;
    /** The word of the federations' first names, until 1957 (中华全国民主妇女联合会, 某市民主妇女联合会). */
    private static final String DEMOCRATIC = "民主";
    /** The word an autonomous county's official short form keeps (某某自治县). */
    private static final String AUTONOMOUS = "自治";
    /** Town and village federations found so far, in text order: what a later 社区妇联 or 镇妇联 may stand for. */
    private final List<OrganisationAt> namedLocals = new ArrayList<>();
    /** Sector and workplace federations found so far, in text order. */
    private final List<Organisation> sectors = new ArrayList<>();

    FederationReader(TextShape shape, PlaceContext places, NameReader names) {
        this.shape = shape;
        this.places = places;
        this.names = names;
    }

    List<OrganisationCandidate> find() {
        List<OrganisationCandidate> found = new ArrayList<>();
        FirstCharacters.Matches anchors = ANCHOR_STARTS.matches(ANCHOR, shape.text);
        Matcher m = anchors.matcher();
        while (anchors.find()) {
            String form = formOf(m.group());
            int anchor = beforeAside(m.start());
            int chunk = shape.phraseStart(anchor, 30);
            for (int j = chunk; j < anchor; j++) {
                OrganisationCandidate c = read(j, anchor, m.end(), chunk, form);
                if (c == null) continue;
                // 选举产生了13名某某妇联第一届执行委员会委员: the count is of the committee's members, not of bodies
                boolean members = MEMBERS_AFTER.matcher(shape.text).region(m.end(), shape.text.length()).lookingAt();
                boolean plural = !members && PLURAL_BEFORE.find(shape.text.substring(chunk, j))
                        || REFORM_AFTER.matcher(shape.text.substring(m.end(), Math.min(shape.text.length(), m.end() + 2))).lookingAt();
                found.add(plural ? asGeneric(c) : c);
                if (!plural) found.addAll(listedBefore(c, form));
                Organisation o = c.at().organisation();
                if (!plural && !o.generic() && (o.level() == OrgLevel.VILLAGE || o.level() == OrgLevel.TOWNSHIP)) {
                    namedLocals.add(c.at());
                }
                break;
            }
        }
        return found.stream().map(this::namedInFullLater).toList();
    }

    /**
     * 三江镇、沙堆镇和大鳌镇妇联: towns or villages listed right before one town's or village's federation share its
     * federation word; each has a federation of its own.
     */
    private List<OrganisationCandidate> listedBefore(OrganisationCandidate c, String form) {
        Organisation o = c.at().organisation();
        if (!o.generic() && o.region() != null && o.name().equals(o.region().name() + form)
                && (o.level() == OrgLevel.COUNTY || o.level() == OrgLevel.PREFECTURE)) {
            return listedDivisionsBefore(c.at().start(), form);
        }
        if (o.generic() || o.level() != OrgLevel.TOWNSHIP && o.level() != OrgLevel.VILLAGE || !o.name().endsWith(form)) {
            return List.of();
        }
        String own = o.name().substring(0, o.name().length() - form.length());
        String kind = LOCAL_KINDS.stream().filter(own::endsWith).findFirst().orElse(null);
        if (kind == null) return List.of();
        List<OrganisationCandidate> listed = new ArrayList<>();
        for (int k = c.at().start(); k > 1 && LIST_MARKS.indexOf(shape.text.charAt(k - 1)) >= 0; ) {
            int end = k - 1;
            int start = listMemberStart(end, kind);
            if (start < 0) break;
            listed.add(new OrganisationCandidate(at(start, end, shape.text.substring(start, end) + form, o.level(), o.region(),
                    false), false));
            k = start;
        }
        return listed;
    }

    /**
     * 甲市、乙市、丙县和丁县妇联: the divisions written in full in a list right before a county's or a city's
     * federation have one each.
     */
    private List<OrganisationCandidate> listedDivisionsBefore(int first, String form) {
        List<OrganisationCandidate> listed = new ArrayList<>();
        for (int k = first; k > 1 && LIST_MARKS.indexOf(shape.text.charAt(k - 1)) >= 0; ) {
            PlaceContext.PlaceAt member = placeEndingAt(k - 1);
            if (member == null) break;
            Region r = member.region();
            listed.add(new OrganisationCandidate(at(member.start(), k - 1, r.name() + form, r.level(), r, false), false));
            k = member.start();
        }
        return listed;
    }

    /** The division written in full that ends at {@code end}, or null. */
    private PlaceContext.PlaceAt placeEndingAt(int end) {
        for (int start = end - 2; start >= Math.max(0, end - MAX_DIVISION_NAME); start--) {
            var place = places.placeStartingAt(start);
            if (place.isPresent() && place.get().end() == end && place.get().fullName()) return place.get();
        }
        return null;
    }

    /** Where the member of a list of towns or villages ending at {@code end} with {@code kind} starts, or -1. */
    private int listMemberStart(int end, String kind) {
        String t = shape.text;
        if (!t.startsWith(kind, end - kind.length())) return -1;
        for (int length = kind.length() + 2; length <= kind.length() + MAX_LISTED_NAME && end - length >= 0; length++) {
            int start = end - length;
            char before = start == 0 ? '，' : t.charAt(start - 1);
            if (LIST_MARKS.indexOf(before) < 0 && !TextShape.isDelimiter(before) && FUNCTION_CHARS.indexOf(before) < 0) continue;
            String name = t.substring(start, end);
            return NOT_A_NAME.find(name) || !shape.isPlaceLike(start, end) ? -1 : start;
        }
        return -1;
    }

    /** 机关第一届妇委会 before 《某某常委会机关妇委会…》: the short mention stands for the body named in full later. */
    private OrganisationCandidate namedInFullLater(OrganisationCandidate c) {
        Organisation o = c.at().organisation();
        if (o.level() != OrgLevel.INDUSTRY || o.generic() || sectors.contains(o) && !isShortForm(o)) return c;
        Organisation full = sectors.stream().filter(f -> f.name().length() > o.name().length() && f.name().endsWith(o.name())
                || wordsOfCompany(o, f)).findFirst().orElse(null);
        return full == null ? c : new OrganisationCandidate(new OrganisationAt(c.at().start(), c.at().end(), full), true);
    }

    private boolean isShortForm(Organisation o) {
        return sectors.stream().anyMatch(f -> f.name().length() > o.name().length() && f.name().endsWith(o.name())
                || wordsOfCompany(o, f));
    }

    /** 文鑫莲业妇联 after 福建文鑫莲业有限责任公司妇联: a company's federation written with the company's own words only. */
    private static boolean wordsOfCompany(Organisation shortForm, Organisation full) {
        String form = "妇联";
        if (!shortForm.name().endsWith(form) || !full.name().endsWith(form)) return false;
        String words = shortForm.name().substring(0, shortForm.name().length() - form.length());
        String company = full.name().substring(0, full.name().length() - form.length());
        return words.length() >= 3 && company.length() > words.length() && company.contains(words)
                && WorkplaceKinds.get().kindEnding(company) != null && COMPANY_KINDS.find(company);
    }

    private static OrganisationCandidate asGeneric(OrganisationCandidate c) {
        Organisation o = c.at().organisation();
        Organisation generic = new Organisation(o.name(), o.type(), o.level(), o.region(), true);
        return new OrganisationCandidate(new OrganisationAt(c.at().start(), c.at().end(), generic), true);
    }

    private static String formOf(String anchor) {
        return switch (anchor) {
            case "妇代会" -> "妇代会";
            case "妇委会", "妇女委员会", "妇女工作委员会" -> "妇委会";
            default -> "妇联";
        };
    }

    /** 元巷社区(姐妹互助园)妇联: an aside in brackets between the name and 妇联 is no part of the name; a class
     * written in brackets (县(市、区)妇联, 村(社区)妇联) is. */
    private int beforeAside(int anchor) {
        String t = shape.text;
        Matcher term = TERM_BEFORE.matcher(t.substring(Math.max(0, anchor - 8), anchor));
        if (term.find()) anchor -= term.group().length();
        if (anchor == 0 || (t.charAt(anchor - 1) != ')' && t.charAt(anchor - 1) != '）')) return anchor;
        for (int i = anchor - 2; i >= 0 && anchor - i <= 12; i--) {
            char c = t.charAt(i);
            if (c == '(' || c == '（') {
                String inside = t.substring(i + 1, anchor - 1);
                boolean cls = inside.contains("、") || inside.matches("[市县区乡镇村社区街道]+");
                return cls || i == 0 ? anchor : i;
            }
        }
        return anchor;
    }

    /** The federation named by qualifier [j, anchor) and the anchor word, or null if the qualifier is not one. */
    private OrganisationCandidate read(int j, int anchor, int end, int chunk, String form) {
        String q = shape.text.substring(j, anchor);
        boolean institutionAlone = INSTITUTION_ABBREVIATIONS.contains(q) && (j == 0
                || TextShape.mayPrecedeAbbreviation(shape.text.charAt(j - 1)) || MODIFIER.find(shape.text.substring(chunk, j)));
        if (form.equals("妇委会") && !institutionAlone) return unitCommittee(j, anchor, end, chunk, q, form);
        // 中华全国民主妇女联合会 (1949–1957) is the federation under its first name
        if (q.equals("全国") || q.equals("中华全国") || q.equals("中华全国" + DEMOCRATIC)) {
            return named(j, end, KnownOrganisations.get().byName("全国妇联").orElseThrow());
        }
        if (q.equals("基层")) {
            // 基层妇联主席王芳 is one body the text does not name; 基层妇联组织 in general is no body at all
            if (!followedByNamedHolder(end)) return null;
            return new OrganisationCandidate(at(j, end, "基层" + form, null, places.nearestPlace(j, null), false), true);
        }
        if (institutionAlone) return institutionFederation(j, end, q, form); // 校妇联, 学校妇委会
        if (ABBREVIATIONS.contains(q)) {
            if (j > 0 && !TextShape.mayPrecedeAbbreviation(shape.text.charAt(j - 1))) return null;
            Region r = places.regionFor(j, q);
            // 市妇联 on a page that names no city: one body, kept as written and unresolved (Organisation#unresolved)
            if (r == null) return opensName(j) ? new OrganisationCandidate(at(j, end, q + form, levelOfLetter(q), null, false), true) : null;
            return new OrganisationCandidate(at(j, end, r.name() + form, r.level(), r, false), true);
        }
        boolean standsAlone = j == 0 || TextShape.mayPrecedeAbbreviation(shape.text.charAt(j - 1))
                || MODIFIER.find(shape.text.substring(chunk, j));
        if ((TOWN_WORDS.contains(q) || VILLAGE_WORDS.contains(q)) && standsAlone) {
            OrganisationCandidate named = namedLocal(j, end, q, form);
            if (named != null) return named;
        }
        if (TOWN_WORDS.contains(q) && standsAlone) {
            // 镇妇联主席张某 in a text that names no town: one body, but which one the text does not say
            return new OrganisationCandidate(at(j, end, q + form, OrgLevel.TOWNSHIP, places.nearestPlace(j, null), true), true);
        }
        if (VILLAGE_WORDS.contains(q)) {
            // 村妇联主席李珍: one village's federation, which the text does not name; otherwise a class of bodies
            if (followedByNamedHolder(end)) {
                return new OrganisationCandidate(at(j, end, q + form, OrgLevel.VILLAGE, places.nearestPlace(j, null), false), true);
            }
            return generic(j, end, q, form, OrgLevel.VILLAGE);
        }
        if (GENERIC.matcher(q).matches()) return generic(j, end, q, form, levelOfClass(q));
        if (TIME_OPENING.matcher(q).lookingAt() || speaksFor(j, anchor) || completesChoosing(j)) return null;
        if (SELF_NAMED_REGIONS.contains(q) && form.equals("妇联")) { // 香港妇联, 台湾妇女联合会: associations of their own
            return named(j, end, new Organisation(q + form, OrgType.ASSOCIATION, null, null, false));
        }
        if (WorkplaceKinds.get().isClass(q)) return workplaceSpokenOf(j, end, q, form);
        var place = places.placeStartingAt(j);
        if (place.isPresent() && startsInsideWord(j, chunk)) return zoneOfLongerName(j, anchor, end, chunk, form);
        if (place.isPresent()) return fromPlaces(j, anchor, end, form);
        OrganisationCandidate abbreviatedSector = abbreviatedSector(j, anchor, end, q, form);
        if (abbreviatedSector != null) return abbreviatedSector;
        var known = places.localPlaceNamed(q);
        // 调研村妇联, 带领村妇联: a verb read as part of a village's name is no village
        if (known.isPresent() && !EVENT_VERBS.matcher(q).find() && !startsInsideVerb(j)) {
            return local(j, end, known.get().name(), form, known.get().level(), known.get().region());
        }
        if (!startsPhrase(j, chunk) || q.contains("妇联") || FUNCTION_CHARS.indexOf(q.charAt(0)) >= 0
                || NOT_A_NAME.find(q) || !shape.isPlaceLike(j, anchor)) {
            return null;
        }
        boolean localShape = TOWNSHIP.matcher(q).matches() || VILLAGE.matcher(q).matches();
        // 向某组织镇妇联: a verb inside the words makes them a clause, not a town's name; so does one the words start
        // inside (成立村妇联: no village 立村)
        if (localShape && (shape.startsVerb(j) || EVENT_VERBS.matcher(q).find() || startsInsideVerb(j))) return null;
        // 了解村妇联 segmented 了解|村妇联: the words start inside a word of the sentence, no village's name starts there
        if (localShape && startsInsideWord(j, chunk)) return null;
        if (TOWNSHIP.matcher(q).matches()) return local(j, end, q, form, OrgLevel.TOWNSHIP, places.nearestPlace(j, null));
        if (VILLAGE.matcher(q).matches()) return local(j, end, q, form, OrgLevel.VILLAGE, places.nearestPlace(j, null));
        // 希望某某妇联注重…: a verb opening the words is the sentence's, not the sector's name
        if (shape.startsVerb(j) && !shape.isNominal(j, anchor)) return null;
        if (SECTOR.matcher(q).matches() && !EVENT_VERBS.matcher(q).find() && (shape.isNominal(j, anchor) || sectorWords(q))) {
            return sector(j, end, q, form, null);
        }
        if (namesWorkplace(q) && shape.isNominal(j, anchor) && !placeInside(j, anchor)) return sector(j, end, q, form, null);
        return null;
    }

    /** True when {@code j} lies inside a word of Han characters that started after {@code chunk} (长|白山). */
    private boolean startsInsideWord(int j, int chunk) {
        return j > chunk && !shape.wordStartsAt(j) && Character.isIdeographic(shape.text.charAt(j - 1));
    }

    /**
     * 青龙山保护开发区妇联: a place read inside a longer word (龙山 in 青龙山) names no place here; when the words from
     * that word's start end in a kind of zone (开发区, 保护区), they are the zone's own name and the federation is its
     * one, else none is read from inside the word.
     */
    private OrganisationCandidate zoneOfLongerName(int j, int anchor, int end, int chunk, String form) {
        int w = j - 1;
        while (w > chunk && !shape.wordStartsAt(w)) w--;
        String zone = shape.text.substring(w, anchor);
        if (WorkplaceKinds.get().kindEnding(zone) == null || zone.contains("妇联")) return null;
        return sector(w, end, zone, form, places.placeStartingAt(j).get().region());
    }

    /** True when a verb of an event starts right before {@code j} and runs on into the words (成|立村), or any verb
     * the segmenter read does (了解 before 村妇联: no village 解村). */
    private boolean startsInsideVerb(int j) {
        if (j == 0) return false;
        if (shape.insideVerb(j)) return true;
        Matcher verb = EVENT_VERBS.matcher(shape.text).region(j - 1, Math.min(shape.text.length(), j + 3));
        return verb.lookingAt() && verb.end() > j;
    }

    private boolean completesChoosing(int j) {
        return shape.text.charAt(j) == '出' && CHOOSING_BEFORE.matcher(shape.text).region(Math.max(0, j - 2), j).find();
    }

    /** 星中国际青创园, 某某商圈: a workplace's own name, ending in a kind of workplace after words of its own. */
    private static boolean namesWorkplace(String q) {
        String kind = WorkplaceKinds.get().kindEnding(q);
        return kind != null && q.length() > kind.length() + 1 && !WorkplaceKinds.get().isClass(q);
    }

    /** 立岗镇新平设施农业园区 → 新平设施农业园区: a workplace is named on its own, its town written only to place it. */
    private static String ownName(String q) {
        Matcher town = TOWNSHIP_PREFIX.matcher(q);
        if (!town.lookingAt() || town.end() < 3 || q.length() - town.end() < 4) return q;
        return namesWorkplace(q.substring(town.end())) ? q.substring(town.end()) : q;
    }

    /** 刘某代表商会妇联汇报: a person acting for the body opens the words, and names no part of it. */
    private boolean speaksFor(int j, int anchor) {
        var name = names.nameEndAt(j);
        return name.isPresent() && name.get() < anchor
                && ACTING_FOR.stream().anyMatch(w -> shape.text.startsWith(w, name.get()));
    }

    /** 联盟成员南通晶城科创园: a place inside the words starts the workplace's name; the words before it are no part. */
    private boolean placeInside(int j, int anchor) {
        for (int k = j + 1; k < anchor; k++) {
            var place = places.placeStartingAt(k);
            if (place.isPresent() && !registersCompany(place.get().end(), anchor)) return true;
        }
        return false;
    }

    /** 某某科技天津有限公司: a place right before a company's kind is where it is registered, part of its name. */
    private boolean registersCompany(int placeEnd, int anchor) {
        String kind = shape.text.substring(placeEnd, anchor);
        return COMPANY_KINDS.find(kind) && WorkplaceKinds.get().isClass(kind);
    }

    /**
     * 园区妇联, 产业园区妇联: the workplace federation named shortly before that the class word stands for; with none,
     * a class of bodies.
     */
    private OrganisationCandidate workplaceSpokenOf(int j, int end, String q, String form) {
        for (int i = sectors.size() - 1; i >= 0; i--) {
            Organisation o = sectors.get(i);
            String body = o.name().substring(0, o.name().length() - form.length());
            if (o.name().endsWith(form) && WorkplaceKinds.get().kindEnding(body) != null) {
                return new OrganisationCandidate(new OrganisationAt(j, end, o), true);
            }
        }
        // 经开区妇联开展…: an administrative zone written by its kind alone is the zone the text is about, like 市妇联
        boolean zone = ADMINISTRATIVE_ZONES.contains(q);
        return new OrganisationCandidate(at(j, end, q + form, OrgLevel.INDUSTRY, places.nearestPlace(j, null), !zone), true);
    }

    /** A sector's words may include a verb the segmenter tags as such (快递行业): enough that no function word or
     * describing word is among them. */
    private static boolean sectorWords(String q) {
        return q.chars().noneMatch(c -> FUNCTION_CHARS.indexOf(c) >= 0) && !NOT_A_NAME.find(q)
                && !q.contains("妇联") && !EVENT_VERBS.matcher(q).find();
    }

    /** 市快递行业妇联, 省直机关妇委会: an abbreviated place and a sector, the place completed from context. */
    private OrganisationCandidate abbreviatedSector(int j, int anchor, int end, String q, String form) {
        if (q.length() < 3 || ABBREVIATIONS.stream().noneMatch(a -> a.length() == 1 && q.startsWith(a))) return null;
        if (j > 0 && !TextShape.mayPrecedeAbbreviation(shape.text.charAt(j - 1))) return null;
        String rest = q.substring(1);
        if (!SECTOR.matcher(rest).matches() || NOT_A_NAME.find(rest)
                || !shape.isNominal(j + 1, anchor) && !sectorWords(rest)) {
            return null;
        }
        Region r = places.regionFor(j, q.substring(0, 1));
        if (r == null) return null;
        return new OrganisationCandidate(at(j, end, r.name() + rest + form, OrgLevel.INDUSTRY, r, false), true);
    }

    /**
     * The women's committee of a workplace (九三学社省委机关妇委会, 某某大学妇女委员会, 省直机关妇委会): a sector word or a
     * body's name before it. Bare abbreviations (市妇委会) and classes (各部门妇委会) name no committee here.
     */
    private OrganisationCandidate unitCommittee(int j, int anchor, int end, int chunk, String q, String form) {
        if (places.placeStartingAt(j).isPresent()) {
            OrganisationCandidate c = fromPlaces(j, anchor, end, form);
            return c != null && c.at().organisation().level() == OrgLevel.INDUSTRY ? c : null;
        }
        OrganisationCandidate abbreviated = abbreviatedSector(j, anchor, end, q, form);
        if (abbreviated != null) return abbreviated;
        // 主任某同志代表学校妇委会: a person acting for the committee is no part of its name
        if (!startsPhrase(j, chunk) || NOT_A_NAME.find(q) || EVENT_VERBS.matcher(q).find()
                || !shape.isNominal(j, anchor)) {
            return null;
        }
        if (!SECTOR.matcher(q).matches() && !namesBody(anchor, q) && !namesWorkplace(q)) return null;
        OrganisationCandidate ofAbbreviatedBody = abbreviatedBody(j, end, q, form);
        return ofAbbreviatedBody != null ? ofAbbreviatedBody : sector(j, end, q, form, null);
    }

    /** 县工信局妇委会: the committee of a body written after its place's abbreviation (广宁县工信局妇委会). */
    private OrganisationCandidate abbreviatedBody(int j, int end, String q, String form) {
        String letter = q.substring(0, 1);
        if (q.length() < 4 || !ABBREVIATIONS.contains(letter) || j > 0 && !TextShape.mayPrecedeAbbreviation(shape.text.charAt(j - 1))) {
            return null;
        }
        Region r = places.regionFor(j, letter);
        if (r == null) return null;
        return new OrganisationCandidate(at(j, end, r.name() + q.substring(1) + form, OrgLevel.INDUSTRY, r, false), true);
    }

    /** True when the qualifier ends with the name of a kind of body (大学, 常委会, 公司, 医院), maybe plus 机关. */
    private boolean namesBody(int anchor, String q) {
        int bodyEnd = q.endsWith("机关") ? anchor - 2 : anchor;
        var suffix = OrganisationSuffixes.get().suffixEndingAt(shape.text, bodyEnd);
        return suffix.isPresent() && q.length() - (anchor - bodyEnd) > suffix.get().getKey();
    }

    /** 镇妇联 after 安岳县周礼镇 → 周礼镇妇联; 村妇联 after 走进联坡村 → 联坡村妇联; null when no such place is near. */
    private OrganisationCandidate namedLocal(int j, int end, String q, String form) {
        boolean village = VILLAGE_WORDS.contains(q);
        OrgLevel level = village ? OrgLevel.VILLAGE : OrgLevel.TOWNSHIP;
        var place = places.localPlaceBefore(j, level, village ? VILLAGE_REACH : TOWN_REACH);
        // 乡妇联 is no 镇's federation, 社区妇联 no 村's
        if (place.isEmpty() || !place.get().name().endsWith(q) || EVENT_VERBS.matcher(place.get().name()).find()) {
            return federationSpokenOf(j, end, q + form, level); // 团结带领村: a verb, no village's name
        }
        return new OrganisationCandidate(at(j, end, place.get().name() + form, level, place.get().region(), false), true);
    }

    /**
     * 长通社区妇联第一届执委 … 李某当选社区妇联主席: the town or village federation named shortly before that the
     * short form stands for, or null.
     */
    private OrganisationCandidate federationSpokenOf(int j, int end, String shortForm, OrgLevel level) {
        for (int i = namedLocals.size() - 1; i >= 0; i--) {
            OrganisationAt named = namedLocals.get(i);
            Organisation o = named.organisation();
            if (named.end() > j) continue;
            if (j - named.end() > TOWN_REACH) break;
            if (o.level() == level && o.name().endsWith(shortForm) && o.name().length() > shortForm.length()) {
                return new OrganisationCandidate(new OrganisationAt(j, end, o), true);
            }
        }
        return null;
    }

    /** 新疆伊犁州妇联, 湖北省大冶市妇联, 资阳市安岳县周礼镇妇联, 遂宁市两新领域妇联. */
    private OrganisationCandidate fromPlaces(int j, int anchor, int end, String form) {
        Region region = null;
        PlaceContext.PlaceAt last = null;
        int p = j;
        while (p < anchor) {
            var place = places.placeStartingAt(p);
            if (place.isEmpty()) break;
            last = place.get();
            region = last.region();
            p = last.end();
        }
        if (p > anchor || region == null) return null;
        String rest = shape.text.substring(p, anchor);
        if (rest.isEmpty()) {
            OrgLevel level = region.level();
            return named(j, end, new Organisation(region.level() == OrgLevel.NATIONAL ? "全国妇联" : placeName(last) + form,
                    OrgType.FEDERATION, level, region, false));
        }
        if (rest.equals(DEMOCRATIC)) { // 上海市民主妇女联合会 (1950): a place's federation under its first name
            return named(j, end, new Organisation(placeName(last) + DEMOCRATIC + form, OrgType.FEDERATION, region.level(),
                    region, false));
        }
        if (rest.contains("妇联") || !shape.isNominal(p, anchor) && !(SECTOR.matcher(rest).matches() && sectorWords(rest))) {
            return null;
        }
        if (GENERIC.matcher(rest).matches() || VILLAGE_WORDS.contains(rest)) {
            return new OrganisationCandidate(at(j, end, region.name() + rest + form, levelOfClass(rest), region, true), false);
        }
        if (NOT_A_NAME.find(rest)) return null;
        if (form.equals("妇委会")) {
            return SECTOR.matcher(rest).matches() || namesBody(anchor, rest) ? sector(j, end, rest, form, region) : null;
        }
        if (TOWNSHIP.matcher(rest).matches()) return local(j, end, rest, form, OrgLevel.TOWNSHIP, region);
        if (VILLAGE.matcher(rest).matches()) return local(j, end, rest, form, OrgLevel.VILLAGE, region);
        if (SECTOR.matcher(rest).matches() || namesBody(anchor, rest) || INSTITUTION.matcher(rest).matches()
                || WorkplaceKinds.get().kindEnding(rest) != null) { // 三亚 + 中央商务区: a place names the workplace
            return sector(j, end, rest, form, region);
        }
        return null;
    }

    /**
     * The place as a federation's name writes it: the full name (江苏 → 江苏省), but a county's own short form that
     * keeps its level word (长白县 for 长白朝鲜族自治县, 察右后旗 for 察哈尔右翼后旗) as written, the form its people use;
     * not the official short form keeping 自治 (长白自治县), which the gold writes in full.
     */
    private String placeName(PlaceContext.PlaceAt place) {
        Region r = place.region();
        String written = shape.text.substring(place.start(), place.end());
        boolean ownShortForm = !place.fullName() && r.level() == OrgLevel.COUNTY && !written.contains(AUTONOMOUS)
                && written.length() >= 3
                && written.length() < r.name().length() && written.charAt(written.length() - 1) == r.name().charAt(r.name().length() - 1);
        return ownShortForm ? written : r.name();
    }

    /**
     * 校妇联, 学校妇联: the federation of the institution the text names (某河学院 → 某河学院妇联); with none named, one
     * institution's federation that the text does not name (学院妇联主席), never a place's.
     */
    private OrganisationCandidate institutionFederation(int j, int end, String q, String form) {
        var named = places.institutionNear(j);
        if (named.isPresent()) {
            String name = shape.text.substring(named.get().start(), named.get().end()) + form;
            Organisation earlier = sameAsEarlier(name);
            Organisation o = earlier != null ? earlier
                    : new Organisation(name, OrgType.FEDERATION, OrgLevel.INDUSTRY, named.get().region(), false);
            if (earlier == null) sectors.add(o);
            return new OrganisationCandidate(new OrganisationAt(j, end, o), true);
        }
        if (!q.equals("学院") && !q.equals("学校")) return null;
        Organisation o = new Organisation(q + form, OrgType.FEDERATION, OrgLevel.INDUSTRY, places.nearestPlace(j, null), false);
        return new OrganisationCandidate(new OrganisationAt(j, end, o), true);
    }


    /**
     * A sector federation. Written alone (直播行业妇联) it keeps its name; as the workplace of a named person
     * (两新领域妇联主席吴海燕) it is that place's body and takes the place's name.
     */
    private OrganisationCandidate sector(int j, int end, String q, String form, Region written) {
        Region region = written != null ? written : places.nearestPlace(j, null);
        boolean trade = TRADE_SECTOR.matcher(q).matches();
        boolean prefixed = written != null || (region != null && trade && followedByNamedHolder(end));
        // 县工信局 after 广宁县: the place's letter opens the qualifier, so the place replaces it (广宁县工信局)
        String letter = region == null ? "" : region.name().substring(region.name().length() - 1);
        String qualifier = prefixed && region != null && q.length() > 1 && q.startsWith(letter) ? q.substring(1) : q;
        String name = prefixed && region != null ? region.name() + qualifier + form : ownName(q) + form;
        if (written != null && !trade) {
            // a workplace's or society's own name keeps its places as written (邢台开放大学妇委会, 新疆河南商会妇联)
            name = writtenBody(j, end) + form;
        }
        Organisation earlier = sameAsEarlier(name);
        if (earlier != null) return new OrganisationCandidate(new OrganisationAt(j, end, earlier), true);
        Organisation o = new Organisation(name, OrgType.FEDERATION, OrgLevel.INDUSTRY, region, false);
        sectors.add(o);
        return new OrganisationCandidate(new OrganisationAt(j, end, o), written == null);
    }

    /** The workplace's name before its committee word, as written (某某大学 of 某某大学妇女联合会), without the
     * committee's term of office (某某学院 of 某某学院第一届妇女联合会). */
    private String writtenBody(int j, int end) {
        String written = shape.text.substring(j, end);
        Matcher anchor = ANCHOR.matcher(written);
        int cut = written.length();
        while (anchor.find()) if (anchor.end() == written.length()) cut = anchor.start();
        return TERM_BEFORE.matcher(written.substring(0, cut)).replaceFirst("");
    }

    /**
     * The sector or workplace federation named in full earlier that a shorter mention stands for: 快递行业妇联 after
     * 即墨区快递行业妇联, 机关妇委会 after 某某常委会机关妇委会, 某社省委机关妇委会 after 某社浙江省委机关妇委会.
     */
    private Organisation sameAsEarlier(String name) {
        for (int i = sectors.size() - 1; i >= 0; i--) {
            Organisation o = sectors.get(i);
            String full = o.name();
            if (full.equals(name)) return o;
            if (full.length() > name.length() && full.endsWith(name)) return o;
            for (int k = 1; k < name.length() - 1; k++) {
                if (!full.startsWith(name.substring(0, k)) || !full.endsWith(name.substring(k))) continue;
                String left = full.substring(k, full.length() - (name.length() - k));
                if (!left.isEmpty() && PlaceNames.get().named(left).isPresent()) return o;
            }
        }
        return null;
    }

    /** A town's or village's federation. A village is named on its own here (华亭镇联一村妇联 → 联一村妇联), which
     * a bare later mention shares; WrittenChains puts back the town written before it. */
    private OrganisationCandidate local(int j, int end, String name, String form, OrgLevel level, Region region) {
        String own = name;
        if (level == OrgLevel.VILLAGE) {
            Matcher town = TOWNSHIP_PREFIX.matcher(name);
            if (town.lookingAt() && town.end() < name.length() - 1) own = name.substring(town.end());
        }
        return new OrganisationCandidate(at(j, end, own + form, level, region, false), false);
    }

    /** A class of bodies (县(市、区)妇联) named after the place the passage is about. */
    private OrganisationCandidate generic(int j, int end, String q, String form, OrgLevel level) {
        // 县(市、区)妇联 are the bodies of the city or county the passage is about and take its name; classes
        // across a whole province (各市州妇联, 村妇代会 in a provincial notice) name no single place
        Region region = places.nearestPlace(j, null);
        String cls = q.startsWith("各") ? q.substring(1) : q;
        boolean local = region != null && level != OrgLevel.PREFECTURE
                && (region.level() == OrgLevel.PREFECTURE || region.level() == OrgLevel.COUNTY);
        String name = local ? region.name() + cls + form : q + form;
        return new OrganisationCandidate(at(j, end, name, level, region, true), true);
    }

    /**
     * True when the words at {@code j} open a name: at the text's start, after a character that is no Han one (but no
     * closing bracket: 县(市)区妇联 is a class), after a verb, or after a word that joins or places (和, 、, 在, 向).
     * Without a place to resolve it, a letter read inside a name (某北|区妇联) is no body.
     */
    private boolean opensName(int j) {
        if (j == 0) return true;
        char before = shape.text.charAt(j - 1);
        if (")）]】".indexOf(before) >= 0) return false;
        return !Character.isIdeographic(before) || "、和与及的在向由对为从到经受将把".indexOf(before) >= 0 || shape.followsVerb(j);
    }

    /** The level a place's letter stands for (省 a province, 市 a prefecture, 县 a county …). */
    private static OrgLevel levelOfLetter(String letter) {
        return switch (letter) {
            case "省", "自治区" -> OrgLevel.PROVINCE;
            case "市", "州", "盟", "自治州" -> OrgLevel.PREFECTURE;
            default -> OrgLevel.COUNTY;
        };
    }

    private static OrgLevel levelOfClass(String q) {
        String c = q.startsWith("各") ? q.substring(1) : q;
        if (c.startsWith("村") || c.startsWith("社区")) return OrgLevel.VILLAGE;
        if (c.startsWith("乡") || c.startsWith("镇") || c.startsWith("街道")) return OrgLevel.TOWNSHIP;
        if (c.startsWith("市") || c.startsWith("州")) return OrgLevel.PREFECTURE;
        return OrgLevel.COUNTY;
    }

    /** True when a title and a personal name follow (村妇联主席李珍). */
    private boolean followedByNamedHolder(int end) {
        var title = Positions.get().titleAt(shape.text, end);
        if (title.isEmpty()) return false;
        int p = title.get().end();
        if (p < shape.text.length() && (shape.text.charAt(p) == ' ' || shape.text.charAt(p) == '　')) p++;
        return names.nameEndAt(p).isPresent();
    }

    private boolean startsPhrase(int j, int chunk) {
        if (j == chunk || FUNCTION_CHARS.indexOf(shape.text.charAt(j - 1)) >= 0) return true;
        String before = shape.text.substring(chunk, j);
        if (MODIFIER.find(before)) return true; // 第一届某某集团妇联: the term opens the name
        if (COUNT_BEFORE.find(before)) return true; // 选举产生了5名某公司妇联执委: the count opens the name
        return CONNECTORS.stream().anyMatch(before::endsWith) || (shape.wordStartsAt(j) && shape.followsVerb(j));
    }

    private static OrganisationCandidate named(int start, int end, Organisation org) {
        return new OrganisationCandidate(new OrganisationAt(start, end, org), false);
    }

    private static OrganisationAt at(int start, int end, String name, OrgLevel level, Region region, boolean generic) {
        return new OrganisationAt(start, end, new Organisation(name, OrgType.FEDERATION, level, region, generic));
    }
}
