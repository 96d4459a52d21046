package org.fuliankg.extract.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.org.Region;
import org.fuliankg.extract.text.OrganisationAt;
import org.fuliankg.extract.text.PlaceContext;
import org.fuliankg.extract.text.TextShape;
import org.fuliankg.lexicon.TaiwanDivisions;
import org.fuliankg.lexicon.Divisions;
import org.fuliankg.lexicon.OrganisationSuffixes;
import org.fuliankg.lexicon.Positions;
import org.fuliankg.lexicon.WorkplaceKinds;

/**
 * Reads bodies other than federations by how their names end (基金会, 协会, 集团, 日报, 组织部, 文化馆 …). A name
 * starts with a place (湖北省妇女儿童发展基金会, 福建恒安集团) or with an abbreviation completed from context
 * (市委组织部 → 聊城市委组织部, 省女企业家协会 → 江苏省女企业家协会).
 */
final class NamedBodyReader {

    /** Level letters standing for the text's place: 旗 and 盟 are Inner Mongolia's counties and prefectures. */
    private static final String ABBREVIATION_CHARS = "省市州县区旗盟";
    private static final int MAX_BODY = 16;
    /** A number and a measure word for bodies or people: 多所, 7所, 三家, 180名, 近百个. */
    private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile(
            "[0-9一二三四五六七八九十百千多几数]+[所家名个]");
    private static final String CONJUNCTIONS = "和与及、";
    /** Departments of a Party committee (组织部, 宣传部, 统战部): other bodies' departments have other names. */
    private static final java.util.Set<String> COMMITTEE_DEPARTMENTS = java.util.Set.of("组织部", "宣传部", "统战部", "社会工作部");
    /** Common words that start with 市, 县, 区 or 省 (市场监管局 is no 市 + 场监管局). */
    private static final List<String> WORDS_NOT_ABBREVIATIONS = List.of("市场", "市民", "市区", "区域", "县域", "县城",
            "省份", "州长", "市长", "县长", "省长", "旗下", "旗帜", "旗舰", "旗袍", "旗手", "旗号", "盟员", "盟友", "盟约");
    /** 市民政局: the city's civil affairs bureau, though 市民 is a word of its own. */
    private static final String CIVIL_AFFAIRS = "民政";
    /** A company named right after another body's word (建行全资子公司建信人寿…): apposition, a new name starts. */
    private static final List<String> BODY_BEFORE = List.of("公司", "集团", "银行", "旗下", "下属");
    /** 某某集团股份有限公司, 某某(集团)有限公司: a group's own company form, whose 集团 names no second body. */
    private static final java.util.regex.Pattern GROUP_FORM = java.util.regex.Pattern.compile("[(（]?集团[)）]?(?:股份)?$");
    /** The most characters of a division's name (某某某族自治县 runs longer, but ends in no body's suffix). */
    private static final int MAX_DIVISION = 6;
    /** Words that end like a body's name but are none (格局 ends in 局). */
    private static final List<String> NOT_NAME_ENDINGS = List.of("格局", "布局", "大局", "结局", "当局", "全局", "开局",
            "时局", "僵局", "变局", "新局", "破局", "困局", "定局", "饭局", "骗局", "出局", "残局",
            "高新区"); // 某市高新区: the short form of a high-tech zone, no 新区 of that name
    /** Words of trade and ownership that alone name no company (快递, 全资子, 该, 多家 …). */
    private static final java.util.regex.Pattern GENERIC_COMPANY_WORDS = java.util.regex.Pattern.compile(
            "快递|物流|科技|保险|投资|发展|建设|文化|传媒|传播|网络|信息|电子|商贸|贸易|实业|控股|股份|有限|责任|集团|分|子|总|母|"
            + "全资|国有|民营|私营|外资|合资|上市|爱心|本地|当地|地方|国内|外地|大型|小型|中小|一家|多家|各家|几家|该|本|这|那|此|各|等|其|"
            + "相关|有关|所在|下属|旗下|中国|我们|我|你|他|她|知名|龙头|骨干|涉事|专业|巾帼|妇女|农民|农村|合作"
            // a trade alone (用品有限公司, 财产保险公司) is what a company sells, no company's name
            + "|用品|家居|家具|财产|人寿|医药|食品|服装|纺织|制造|销售|咨询|管理|服务|环保|材料|置业|地产|餐饮");

    /** A foundation's words before 基金会 that end in its cause (招商局慈善, 某某公益): a brand's foundation. */
    private static final java.util.regex.Pattern CHARITY_BRAND = java.util.regex.Pattern.compile(".{2,}(?:慈善|公益)");

    /** Party bodies inside another body (某银行党委, 某管理局党委): the body named before them is the organisation. */
    private static final List<String> PARTY_BODIES = List.of("党委", "党总支", "党支部");

    private static final String DASHES = "-－–—";
    /** The label of a credit line (主办单位:, 协办单位：, 承办:): the body credited follows it. */
    private static final java.util.regex.Pattern CREDIT_LABEL = java.util.regex.Pattern.compile(
            "(?:主办|协办|承办|支持|指导|执行|合作|捐赠)(?:单位|方|机构)?[:：]\\s*$");
    /** How a place's government is written short (宁夏回族自治区政府): its name is …人民政府. The letter alone (市政府)
     * is left to the readers of titles, which know whose government a chain of posts speaks of. */
    private static final String GOVERNMENT = "政府";
    /** 政府工作报告: the government's yearly report, a document that names no body here. */
    private static final String REPORT = "工作报告";
    /** Kinds of body whose list members share the list's place: associations and bureaus, named by what they do
     * (家政协会, 财政局); schools and hospitals have names of their own (汕大附一医院). */
    private static final java.util.Set<OrgType> LISTED_KINDS = java.util.EnumSet.of(OrgType.ASSOCIATION, OrgType.GOVERNMENT);
    /** A town's institutions, named by the town alone (三坑镇卫生院), and how such a town is written. */
    private static final java.util.Set<String> TOWN_INSTITUTIONS = java.util.Set.of("卫生院", "小学", "中学", "幼儿园", "学校");
    /** A town (some day 某镇中心, 某镇九年一贯制), or a village named by how villages' names end (杨家沟, 管家咀), whose
     * school the text names (杨家沟镇九年一贯制学校, 巩家沟小学); a village has no clinic or 学校 of its name. */
    private static final java.util.regex.Pattern TOWN_NAME = java.util.regex.Pattern.compile(
            "(?<town>\\p{IsHan}{2,3}[镇乡])(?:中心|九年一贯制|寄宿制|完全)?|(?<village>\\p{IsHan}{2}[" + VillageNames.ENDINGS + "])");
    private static final java.util.regex.Pattern NOT_A_TOWN = java.util.regex.Pattern.compile(
            "乡镇|城镇|城乡|各|全|该|本|每|所在|附近|周边|其他|当地|我|贫困|偏远|边远|农村|山村|乡村|山区|希望");
    /** How long the words of a list member before its suffix may be (家庭教育研究会: 4). */
    private static final int MAX_LISTED = 8;
    /** Words that open no list member's name: a class (各类协会, 相关部门) or a place of its own. */
    private static final java.util.regex.Pattern NOT_LISTED_NAME = java.util.regex.Pattern.compile(
            "^(?:各|相关|有关|其他|其它|等|本|该|全国|省|市|州|县|区|镇|乡)|的");
    /** Places outside the divisions: their bodies are named with no division (澳门红十字会, 香港福建同乡会). */
    private static final List<String> PLACES_OUTSIDE_DIVISIONS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("香港", "澳门", "台湾"),
            org.fuliankg.lexicon.ResourceLines.read(NamedBodyReader.class, "/org/fuliankg/lexicon/countries.txt").stream()
                    .map(r -> r[0])).toList();
    /** Words of a women's body (妇女会, 女性协会, 基督教女青年会, 某某女企业家协会): such an association may be named
     * without a place of the divisions. */
    private static final java.util.regex.Pattern WOMEN = java.util.regex.Pattern.compile("妇女|女性|女青年|女企业家");
    /** The level letter whose bodies the text may name without saying whose city (市科协, 市民政局). */
    private static final String UNRESOLVED_LETTER = "市";
    /** Abbreviations of the town a text is about (镇商会, 乡团委), and how far back the town may be named. */
    private static final String TOWN_LETTERS = "镇乡";
    private static final int TOWN_REACH = 1000;
    /** Verbs by which a person acts for a body named right after them (某科长代表某市慈善会). */
    private static final java.util.Set<String> ACTING_FOR = java.util.Set.of("代表", "带领", "率领", "受邀", "邀请");
    /** Verbs of working together that open a list of partners: 联合某集团, 携手某公司. */
    private static final List<String> JOINING_VERBS = List.of("联合", "携手", "会同", "协同");
    /** Verbs of leading people (团结带领集团广大妇女): the words after them are whom a body leads, no company's name. */
    private static final List<String> LEADING_VERBS = List.of("带领", "率领", "引领", "动员", "号召");

    private final TextShape shape;
    private final PlaceContext places;

    /** Whether the page names one of Taiwan's divisions: read once, when a body first asks (null until then). */
    private Boolean namesTaiwan;

    NamedBodyReader(TextShape shape, PlaceContext places) {
        this.shape = shape;
        this.places = places;
    }

    List<OrganisationCandidate> find() {
        List<OrganisationCandidate> found = new ArrayList<>();
        String t = shape.text;
        for (int end = 1; end <= t.length(); end++) {
            var suffix = OrganisationSuffixes.get().suffixEndingAt(t, end);
            if (suffix.isEmpty() || endsInsideTitle(end) || womensBody(end)) continue;
            // 集团化运营, 公司化管理: a manner, no name (but 某大学化学学院: 化学 is a word of its own)
            if (end < t.length() && t.charAt(end) == '化' && !t.startsWith("化学", end)) continue;
            // 贫困女大学生: students, no university; 某某大学毕业后: a person's schooling
            if (t.startsWith("大学生", end - 2) || t.startsWith("大学毕业", end - 2)) continue;
            // 某某大学校园: a noun running from the suffix's last character on (校|园) cuts the suffix mid-word; a verb
            // there is the segmenter's misreading of the suffix and the next word (县慈善会合办: 会合)
            if (end < t.length() && shape.startsCommonWord(end - 1) && !shape.startsVerb(end - 1)
                    && !shape.wordStartsAt(end)) {
                continue;
            }
            if (website(t, end)) continue; // 来源:某省人民政府网: the body's website, a source, not the body
            final int e = end;
            if (NOT_NAME_ENDINGS.stream().anyMatch(w -> t.startsWith(w, e - w.length()))) continue;
            if (divisionEndsAt(end)) continue; // 某市某某新区: a district of the divisions, a place, no zone's body
            int bodyEnd = end - suffix.get().getKey();
            int named = end;
            OrgType type = suffix.get().getValue();
            if (partyBodyOfNamed(t, end) > 0) { // 四川银行党委 → 四川银行, the mention spanning its committee
                named = bodyEnd;
                var inner = OrganisationSuffixes.get().suffixEndingAt(t, bodyEnd).orElseThrow();
                type = inner.getValue();
                bodyEnd -= inner.getKey();
            }
            int chunk = shape.phraseStart(bodyEnd, MAX_BODY + 12);
            boolean credited = creditLabelBefore(chunk);
            boolean given = false;
            for (int j = chunk; j < bodyEnd && !given && (!credited || j == chunk); j++) {
                OrganisationCandidate c = credited && type == OrgType.COMPANY
                        ? credited(j, bodyEnd, named, type) : read(j, bodyEnd, named, type);
                if (c != null) {
                    found.add(named == end ? c : new OrganisationCandidate(
                            new OrganisationAt(c.at().start(), end, c.at().organisation()), c.abbreviated()));
                    given = true;
                }
            }
            if (!given && named == end) listMember(found, chunk, bodyEnd, end, type).ifPresent(found::add);
        }
        return found;
    }

    /**
     * 区女企业家协会、家庭教育研究会、家政协会: the abbreviated place (区) opening a list of bodies of one kind is the place
     * of each member named without one (not a place written in full, which is part of that body's own name:
     * 某旗民族传统刺绣协会、爱心家园志愿者协会).
     */
    private Optional<OrganisationCandidate> listMember(List<OrganisationCandidate> found, int start, int bodyEnd, int end,
                                                       OrgType type) {
        String t = shape.text;
        // 县委宣传部、教育局、应急管理局: a bureau's whole name may be its kind's word (教育局), with no words before it
        if (found.isEmpty() || start == 0 || t.charAt(start - 1) != '、' || bodyEnd - start < 2 && end - start < 3
                || bodyEnd - start > MAX_LISTED) {
            return Optional.empty();
        }
        OrganisationCandidate before = found.get(found.size() - 1);
        Organisation o = before.at().organisation();
        if (!LISTED_KINDS.contains(type) || !before.abbreviated() || before.at().end() != start - 1 || o.type() != type
                || o.region() == null || o.generic()) {
            return Optional.empty();
        }
        String body = t.substring(start, bodyEnd);
        if (NOT_LISTED_NAME.matcher(body).find() || TextShape.describes(body) || !shape.isNominal(start, bodyEnd)) {
            return Optional.empty();
        }
        Region region = o.region();
        return Optional.of(new OrganisationCandidate(new OrganisationAt(start, end,
                new Organisation(region.name() + t.substring(start, end), type, levelOf(region), region, false)), true));
    }

    /** True when a division of the lexicon ends at {@code end} (a district named 某某新区 ends as a zone does). */
    private boolean divisionEndsAt(int end) {
        for (int k = Math.max(0, end - MAX_DIVISION); k <= end - 2; k++) {
            var place = places.placeStartingAt(k);
            if (place.isPresent() && place.get().end() == end) return true;
        }
        return false;
    }

    private OrganisationCandidate read(int j, int bodyEnd, int end, OrgType type) {
        String t = shape.text;
        // 西部(重庆)互联网科技有限公司: a place in brackets is part of a longer name, which does not start there
        if (j > 0 && "(（".indexOf(t.charAt(j - 1)) >= 0) return null;
        if (places.placeStartingAt(j).isPresent()) {
            List<PlaceContext.PlaceAt> chain = new ArrayList<>();
            int p = j;
            while (p < bodyEnd && places.placeStartingAt(p).isPresent()) {
                chain.add(places.placeStartingAt(p).get());
                p = chain.get(chain.size() - 1).end();
            }
            if (p > bodyEnd || !validBody(p, bodyEnd, type) || insideQuotedTitle(j, end) || !ofPlaceAlone(p, bodyEnd, end)) {
                return null;
            }
            // 玉林新闻网-玉林日报: two names joined by a dash; the last one starts after it
            if (t.substring(j, end).chars().anyMatch(c -> DASHES.indexOf(c) >= 0)) return null;
            Region region = branchPlace(p, bodyEnd).orElse(chain.get(chain.size() - 1).region());
            String name = type == OrgType.MEDIA || type == OrgType.COMPANY
                    ? t.substring(j, end) : canonicalPlaces(chain) + committeeBody(t.substring(p, end), region);
            int attached = attachedTo(j);
            if (attached >= 0) { // 某医科大学附属某医院: the hospital's name starts with its university's
                return new OrganisationCandidate(new OrganisationAt(attached, end,
                        new Organisation(t.substring(attached, end), type, levelOf(region), region, false)), false);
            }
            int before = shape.organisationWordStart(end);
            if (type == OrgType.ASSOCIATION && before == j - 2 && shape.phraseStart(j, 2) == before
                    && places.placeStartingAt(before).isEmpty() && !shape.followsVerb(j)
                    && !ACTING_FOR.contains(t.substring(before, j))) { // not 代表某市慈善会
                // 香港福建社团总会: a place outside the divisions opens the association's name; the province after it
                // says whose people it gathers, not where it stands
                return new OrganisationCandidate(new OrganisationAt(before, end,
                        new Organisation(t.substring(before, j) + name, type, null, null, false)), false);
            }
            return new OrganisationCandidate(new OrganisationAt(j, end,
                    new Organisation(name, type, levelOf(region), region, false)), false);
        }
        String abbreviation = abbreviationAt(j);
        // a town's school before its letter alone: 镇川镇中学 is a town's, though its name opens with 镇
        if (abbreviation == null && type == OrgType.OTHER && townInstitution(j, bodyEnd, end)) {
            return new OrganisationCandidate(new OrganisationAt(j, end,
                    new Organisation(t.substring(j, end), type, OrgLevel.TOWNSHIP, null, false)), false);
        }
        // a town's Party and government bodies are read with the posts of their officials (WrittenBody)
        if (abbreviation == null && TOWN_LETTERS.indexOf(t.charAt(j)) >= 0 && type != OrgType.GOVERNMENT) {
            return townBody(j, bodyEnd, end, type);
        }
        if (abbreviation == null && type == OrgType.COMPANY) return namedWithoutPlace(j, bodyEnd, end, type);
        // 招商局慈善基金会: a company's foundation bears its brand, no place
        if (abbreviation == null && type == OrgType.FOUNDATION && CHARITY_BRAND.matcher(t.substring(j, bodyEnd)).matches()) {
            return namedWithoutPlace(j, bodyEnd, end, type);
        }
        // 九龙妇女联会, 南投县妇女会, 澳门专业女性协会: a women's association of a place outside the divisions
        // (烏日婦女會婦工會: two bodies' words run together, no one name)
        boolean outsidePlace = PLACES_OUTSIDE_DIVISIONS.stream().anyMatch(w -> t.startsWith(w, j));
        if (abbreviation == null && (type == OrgType.ASSOCIATION || type == OrgType.FOUNDATION && outsidePlace)
                && (WOMEN.matcher(t).region(j, end).find() || outsidePlace) && t.substring(j, bodyEnd).indexOf('会') < 0) {
            // 委托妇女会来协办, 13乡镇市妇女会: a verb or a count before the women's word opens no association's name
            if (shape.startsVerb(j) && !shape.startsVerb(j + 2) || Character.isDigit(t.charAt(j))) return null;
            return namedWithoutPlace(j, bodyEnd, end, type);
        }
        if (abbreviation != null && (j == 0 || TextShape.mayPrecedeAbbreviation(t.charAt(j - 1)))
                && validBody(j + abbreviation.length(), bodyEnd, type) && !t.startsWith(GOVERNMENT, bodyEnd)) {
            Region region = places.regionFor(j, abbreviation);
            // 市科协, 市民政局 on a page naming no city: the body the text names, kept as written (市妇联 likewise)
            // (not a branch, 縣分會, which is its association's; nor on a page about Taiwan, whose cities the divisions
            // do not hold: 市婦幼關懷協會 there is the city's the page names)
            if (region == null && UNRESOLVED_LETTER.equals(abbreviation) && !t.startsWith("分会", bodyEnd)
                    && !namesTaiwan()) {
                return new OrganisationCandidate(new OrganisationAt(j, end, new Organisation(t.substring(j, end), type,
                        OrgLevel.PREFECTURE, null, false)), true);
            }
            if (region == null) return null;
            String name = region.name() + committeeBody(t.substring(j + abbreviation.length(), end), region);
            return new OrganisationCandidate(new OrganisationAt(j, end,
                    new Organisation(name, type, levelOf(region), region, false)), true);
        }
        return null;
    }

    /**
     * 协办单位:某某社会设计有限公司: after a credit line's label the whole phrase is the one body credited, whatever
     * the segmenter makes of its first words (a verb read inside a brand, 串门|子); no later start is tried.
     */
    private boolean creditLabelBefore(int chunk) {
        return CREDIT_LABEL.matcher(shape.text.substring(Math.max(0, chunk - 8), chunk)).find();
    }

    private OrganisationCandidate credited(int j, int bodyEnd, int end, OrgType type) {
        OrganisationCandidate c = read(j, bodyEnd, end, type);
        if (c != null || bodyEnd - j < 2 || bodyEnd - j > MAX_BODY) return c;
        String body = shape.text.substring(j, bodyEnd);
        if (body.contains("的") || COUNTED.matcher(body).find()) return null;
        return new OrganisationCandidate(new OrganisationAt(j, end,
                new Organisation(shape.text.substring(j, end), type, null, null, false)), false);
    }

    /**
     * A company, a company's foundation or a women's association named without a place (泽南家居投资发展有限公司,
     * 宝龙集团, 九龙妇女联会): the name opens its phrase or follows a verb or preposition (向…捐赠, 与…签约), is a noun
     * phrase, and is more than the generic words of a trade (快递公司, 全资子公司, 该公司, 各界妇女会 name no body).
     */
    OrganisationCandidate namedWithoutPlace(int j, int bodyEnd, int end, OrgType type) {
        String t = shape.text;
        // after another body's word the segmenter often glues the two names into one word
        boolean afterBody = BODY_BEFORE.stream().anyMatch(w -> t.startsWith(w, j - w.length()));
        // 联合李宁集团: the segmenter glues a verb of joining to the name after it
        boolean afterJoining = JOINING_VERBS.stream().anyMatch(w -> t.startsWith(w, j - w.length()));
        // (记者 某某)香港岛妇女联会, ■某某集团: a closing bracket or a symbol before the name also opens it
        boolean opens = j == 0 || TextShape.isDelimiter(t.charAt(j - 1)) || shape.followsVerb(j)
                || !Character.isLetterOrDigit(t.charAt(j - 1)) && !Character.isWhitespace(t.charAt(j - 1))
                || "向与和及同由被给对为从跟了、".indexOf(t.charAt(j - 1)) >= 0 || afterBody || afterJoining;
        if (JOINING_VERBS.stream().anyMatch(w -> t.substring(j, bodyEnd).contains(w))) return null;
        if (LEADING_VERBS.stream().anyMatch(w -> t.substring(j, bodyEnd).contains(w))) return null;
        if (!opens || !(shape.wordStartsAt(j) || afterBody || afterJoining) || bodyEnd - j < 2 || bodyEnd - j > MAX_BODY) return null;
        String body = t.substring(j, bodyEnd);
        // 和 or 与 opening a name right after a list mark (…会长、和盛某某有限公司董事长) is the name's own first
        // character, no "and" (the segmenter tags it a conjunction); after a comma, 与 is "with" (,与农商银行联合…)
        int own = j > 0 && t.charAt(j - 1) == '、' && "和与".indexOf(t.charAt(j)) >= 0 ? 1 : 0;
        if (COUNTED.matcher(body).find() || holdsTitle(body)) return null; // 三家银行, 副书记王某代表集团
        if (body.contains("的") || body.contains("妇联") || body.contains("妇女联合会") || !shape.isNominal(j + own, bodyEnd)
                && !body.matches(".*[(（][^)）]{1,6}[)）].*")) {
            return null;
        }
        String ownName = type == OrgType.COMPANY ? GROUP_FORM.matcher(body).replaceFirst("") : body;
        if (TextShape.describes(body) || insideQuotedTitle(j, end) || BODY_BEFORE.stream().anyMatch(ownName::contains)
                || body.matches(".*(?:[等和及与或]|子|分|全资)$") || body.substring(own).matches(".*[等和及与或].*")
                || GENERIC_COMPANY_WORDS.matcher(body).replaceAll("").length() < 2) return null;
        return new OrganisationCandidate(new OrganisationAt(j, end,
                new Organisation(t.substring(j, end), type, null, null, false)), false);
    }

    /**
     * 联合三坑镇卫生院, 在黄湾镇中心小学: a town's clinic, school or kindergarten named by a town the divisions do not list,
     * opening its phrase (not a class: 乡镇卫生院, 各镇卫生院, 该镇卫生院).
     */
    private boolean townInstitution(int j, int bodyEnd, int end) {
        String t = shape.text;
        String kind = t.substring(bodyEnd, end);
        var town = TOWN_NAME.matcher(t).region(j, bodyEnd);
        if (!TOWN_INSTITUTIONS.contains(kind) || !town.matches()
                || town.group("village") != null && !VillageNames.SCHOOLS.contains(kind)
                || town.group("village") == null && kind.equals("学校") && !t.substring(j, bodyEnd).matches(".*[制全心]")
                || NOT_A_TOWN.matcher(t).region(j, bodyEnd).lookingAt()
                || !shape.isPlaceLike(j, town.group("town") != null ? town.end("town") : bodyEnd)) { // 九年一贯制: no place's
            return false;
        }
        return opensPhrase(j);
    }

    /** True when the words at {@code j} open their phrase: after a mark, a verb or a preposition, not inside a name. */
    private boolean opensPhrase(int j) {
        String t = shape.text;
        return j == 0 || TextShape.isDelimiter(t.charAt(j - 1)) || shape.followsVerb(j)
                || "向与和及同由对为从到在、".indexOf(t.charAt(j - 1)) >= 0
                || JOINING_VERBS.stream().anyMatch(w -> t.startsWith(w, j - w.length()));
    }

    /** True when 网 or 网站 follows the name ending at {@code end} (某省人民政府网), not 网格 or 网络. */
    private static boolean website(String t, int end) {
        return end < t.length() && t.charAt(end) == '网'
                && (end + 1 == t.length() || "格络点民友".indexOf(t.charAt(end + 1)) < 0);
    }

    /** 党委专职副书记王某代表集团: a post inside the words says a person is spoken of, no company named. */
    private static boolean holdsTitle(String body) {
        for (int i = 0; i < body.length(); i++) {
            var title = Positions.get().titleAt(body, i);
            if (title.isPresent() && title.get().end() - i >= 2) return true;
        }
        return false;
    }

    /**
     * 某市民政局科长某某代表某市慈善会: a title with more words after it inside the words before a suffix says a
     * person is named there; two bodies are spoken of, no one name runs over the person.
     */
    private static boolean titleRunsOn(String body) {
        for (int i = 1; i < body.length(); i++) {
            var title = Positions.get().titleAt(body, i);
            if (title.isPresent() && title.get().end() - i >= 2 && title.get().end() < body.length()) return true;
        }
        return false;
    }

    /**
     * The length of a Party body (党委, 党支部) ending at {@code end} right after another body's name (某银行党委,
     * 某管理局党委), else 0: the body named before it is the organisation, its Party committee no other one.
     */
    static int partyBodyOfNamed(String t, int end) {
        for (String party : PARTY_BODIES) {
            int bodyEnd = end - party.length();
            if (bodyEnd < 0 || !t.startsWith(party, bodyEnd)) continue;
            var inner = OrganisationSuffixes.get().suffixEndingAt(t, bodyEnd);
            if (inner.isEmpty() || PARTY_BODIES.contains(t.substring(bodyEnd - inner.get().getKey(), bodyEnd))) return 0;
            return party.length();
        }
        return 0;
    }

    /**
     * 镇商会, 镇团委 in a text about one town: the body of the town named before (牛塘镇商会), else none.
     */
    private OrganisationCandidate townBody(int j, int bodyEnd, int end, OrgType type) {
        String t = shape.text;
        // 镇级妇女儿童发展促进会: a level (镇级, 乡级), not the town a text is about
        if (j > 0 && (!TextShape.mayPrecedeAbbreviation(t.charAt(j - 1)) || TOWN_LETTERS.indexOf(t.charAt(j - 1)) >= 0)
                || t.startsWith("级", j + 1) || !validBody(j + 1, bodyEnd, type)) {
            return null;
        }
        // 到青禾镇西坡小学: a letter right after a place's own words ends that town's name, no abbreviation; a town's
        // school is named after its town, while 联络镇商会 is a verb's object
        if (TOWN_INSTITUTIONS.stream().anyMatch(k -> t.startsWith(k, bodyEnd)) && !opensPhrase(j)
                && "我本该全其".indexOf(t.charAt(j - 1)) < 0) {
            return null;
        }
        String letter = t.substring(j, j + 1);
        var town = places.localPlaceBefore(j, OrgLevel.TOWNSHIP, TOWN_REACH).filter(p -> p.name().endsWith(letter));
        if (town.isEmpty()) return null;
        return new OrganisationCandidate(new OrganisationAt(j, end, new Organisation(town.get().name() + t.substring(j + 1, end),
                type, OrgLevel.TOWNSHIP, town.get().region(), false)), true);
    }

    /** 中国邮政储蓄银行福州市分行: the place written right before a branch's word (分行, 支行, 分公司) is where it stands. */
    private Optional<Region> branchPlace(int from, int bodyEnd) {
        String t = shape.text;
        if (!t.startsWith("分公司", bodyEnd) && !t.startsWith("分行", bodyEnd) && !t.startsWith("支行", bodyEnd)) {
            return Optional.empty();
        }
        for (int k = from; k < bodyEnd; k++) {
            var place = places.placeStartingAt(k);
            if (place.isPresent() && place.get().end() == bodyEnd) return Optional.of(place.get().region());
        }
        return Optional.empty();
    }

    /** Start of the body written before 附属 right before {@code j} (首都某大学附属…), or -1. */
    private int attachedTo(int j) {
        String t = shape.text;
        if (j < 4 || !t.startsWith("附属", j - 2) || OrganisationSuffixes.get().suffixEndingAt(t, j - 2).isEmpty()) return -1;
        int start = shape.phraseStart(j - 2, MAX_BODY);
        return start < j - 4 ? start : -1;
    }

    /**
     * 区统战部 is the 区委统战部: a Party committee's department written right after its place drops the 委. A place's
     * 法院 is its people's court of the place's level (省法院 → 某省高级人民法院, 市法院 → 某市中级人民法院).
     */
    private static String committeeBody(String body, Region region) {
        if (body.equals(GOVERNMENT)) return "人民" + GOVERNMENT; // 某自治区政府 is its people's government
        if (body.equals("法院") && region != null && region.level() != null) {
            return switch (region.level()) {
                case PROVINCE -> "高级人民法院";
                case PREFECTURE -> "中级人民法院";
                case COUNTY -> "人民法院";
                default -> body;
            };
        }
        return COMMITTEE_DEPARTMENTS.contains(body) ? "委" + body : body;
    }

    /**
     * 宁夏回族自治区政府, 县政府: 政府 names the government of the place right before it, and nothing else (县委县政府
     * is two bodies, no 县委县 government), unless a report's title runs on (市政府工作报告).
     */
    private boolean ofPlaceAlone(int bodyStart, int bodyEnd, int end) {
        if (!shape.text.startsWith(GOVERNMENT, bodyEnd) || end - bodyEnd != GOVERNMENT.length()) return true;
        return bodyStart == bodyEnd && !shape.text.startsWith(REPORT, end); // 市政府工作报告: a document
    }

    /** 妇女联合会, 妇女(工作)委员会 and 妇委会 end the names of women's federations and committees, read elsewhere. */
    private boolean womensBody(int end) {
        String t = shape.text.substring(Math.max(0, end - 7), end);
        return t.endsWith("妇女联合会") || t.endsWith("妇女委员会") || t.endsWith("妇女工作委员会") || t.endsWith("妇委会");
    }

    /** 自治区, 自治州, 自治县, or one of 省市州县区 at {@code j}, else null. */
    private String abbreviationAt(int j) {
        for (String a : List.of("自治区", "自治州", "自治县")) {
            if (shape.text.startsWith(a, j)) return a;
        }
        for (String w : WORDS_NOT_ABBREVIATIONS) {
            if (shape.text.startsWith(w, j) && !shape.text.startsWith(CIVIL_AFFAIRS, j + 1)) return null;
        }
        char c = shape.text.charAt(j);
        // 省级, 市级: a level, not the place a passage is about
        if (j + 1 < shape.text.length() && shape.text.charAt(j + 1) == '级') return null;
        // 服务业发展区党工委, 某经开区管委会: the letter ends the name of a zone, no place's abbreviation
        if (WorkplaceKinds.get().kindEnding(shape.text.substring(Math.max(0, j - 3), j + 1)) != null) return null;
        return ABBREVIATION_CHARS.indexOf(c) >= 0 ? String.valueOf(c) : null;
    }

    /**
     * The places of a name as its canonical form writes them: a leading province is dropped when a smaller
     * place follows (浙江省衢州市图书馆 → 衢州市图书馆), and abbreviated autonomous prefectures are written in full
     * (阿坝州 → 阿坝藏族羌族自治州); other short names stay as written (北京巧娘博物馆).
     */
    private String canonicalPlaces(List<PlaceContext.PlaceAt> chain) {
        StringBuilder sb = new StringBuilder();
        PlaceContext.PlaceAt last = chain.get(chain.size() - 1);
        // 成都市成华区女企业家协会 is 成华区女企业家协会: a division no other shares names its bodies alone
        boolean lastAlone = chain.size() > 1 && last.fullName()
                && Divisions.get().byName(last.region().name()).stream().map(Region::code).distinct().count() == 1;
        for (int i = 0; i < chain.size(); i++) {
            PlaceContext.PlaceAt p = chain.get(i);
            if (lastAlone && i < chain.size() - 1) continue;
            // 香港江苏社团总会: a province before another province is part of the name
            if (i == 0 && chain.size() > 1 && p.region().level() == OrgLevel.PROVINCE
                    && chain.get(1).region().level() != OrgLevel.PROVINCE) continue;
            String written = shape.text.substring(p.start(), p.end());
            boolean abbreviatedPrefecture = !p.fullName() && written.endsWith("州") && p.region().name().endsWith("自治州");
            sb.append(abbreviatedPrefecture ? p.region().name() : written);
        }
        return sb.toString();
    }

    private boolean validBody(int start, int end, OrgType type) {
        if (end - start > MAX_BODY) return false;
        String body = shape.text.substring(start, end);
        // 多所学校, 7所学校, 180名小学: a count of bodies names none of them
        if (COUNTED.matcher(body).find() || joinsTwoBodies(start, end) || titleRunsOn(body)) return false;
        // a foundation's brand (绿之韵公益) may hold any words; 最透明慈善 (评为中国最透明…) is a title, no brand
        boolean brand = type == OrgType.FOUNDATION && CHARITY_BRAND.matcher(body).matches() && !body.contains("最");
        return !body.contains("妇联") && !body.contains("妇女联合会") && !body.contains("的") && !TextShape.describes(body)
                && (shape.isNominal(start, end) || joinedTrades(start, end, type) || brand);
    }

    /**
     * 市卫计委和市财政局, 市社会福利院和市第四幼儿园: 和 before a place or its abbreviation starts another body; so does a
     * verb of working together after a body's name (县慈善总会联合县仁安医院, 市妇幼保健院联合某镇卫生院; 中国联合网络通信
     * keeps its 联合: 中国 ends no body).
     */
    private boolean joinsTwoBodies(int start, int end) {
        String t = shape.text;
        for (int i = start + 1; i < end - 1; i++) {
            if (CONJUNCTIONS.indexOf(t.charAt(i)) >= 0
                    && (ABBREVIATION_CHARS.indexOf(t.charAt(i + 1)) >= 0 || places.placeStartingAt(i + 1).isPresent())) {
                return true;
            }
            final int at = i;
            if (JOINING_VERBS.stream().anyMatch(v -> t.startsWith(v, at))
                    && OrganisationSuffixes.get().suffixEndingAt(t, i).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * 企业与企业家联合会: an association may join two trades with 与 in its name. Each side must be a noun phrase and
     * the second no new place or body (市政府与市教育局 is two bodies).
     */
    private boolean joinedTrades(int start, int end, OrgType type) {
        if (type != OrgType.ASSOCIATION) return false;
        int and = shape.text.indexOf('与', start);
        if (and <= start || and >= end - 1 || shape.text.indexOf('与', and + 1) >= 0 && shape.text.indexOf('与', and + 1) < end) {
            return false;
        }
        return shape.isNominal(start, and) && shape.isNominal(and + 1, end) && abbreviationAt(and + 1) == null
                && places.placeStartingAt(and + 1).isEmpty();
    }

    /** “某某建设银行资助计划”: a name that runs on inside quotes into more words is part of a quoted title. */
    private boolean insideQuotedTitle(int start, int end) {
        String t = shape.text;
        if (start == 0 || "“\"「『".indexOf(t.charAt(start - 1)) < 0) return false;
        return end < t.length() && Character.isIdeographic(t.charAt(end));
    }

    /** 局 in 局长, 馆 in 馆长: the suffix is the start of a title, not the end of a name. */
    private boolean endsInsideTitle(int end) {
        var title = Positions.get().titleAt(shape.text, end - 1);
        return title.isPresent() && title.get().end() > end;
    }

    private static OrgLevel levelOf(Region region) {
        return region == null ? null : region.level();
    }


    private boolean namesTaiwan() {
        if (namesTaiwan == null) namesTaiwan = TaiwanDivisions.names().stream().anyMatch(shape.text::contains);
        return namesTaiwan;
    }
}
