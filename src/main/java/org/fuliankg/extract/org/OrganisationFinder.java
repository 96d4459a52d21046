package org.fuliankg.extract.org;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.org.OrganisationMention;
import org.fuliankg.domain.org.Region;
import org.fuliankg.extract.org.beside.AcademicUnits;
import org.fuliankg.extract.org.beside.ListedDepartments;
import org.fuliankg.extract.org.beside.LetterLists;
import org.fuliankg.extract.org.beside.ListedEnterprises;
import org.fuliankg.extract.org.beside.MinistryUnits;
import org.fuliankg.extract.org.beside.QuotedMedia;
import org.fuliankg.extract.text.NameReader;
import org.fuliankg.extract.text.OrganisationAt;
import org.fuliankg.extract.text.PlaceContext;
import org.fuliankg.extract.text.TextShape;
import org.fuliankg.lexicon.KnownOrganisations;
import org.fuliankg.lexicon.Positions;

/** Finds organisations (federations at every level, foundations, associations, companies, media, government)
 * and resolves abbreviations (市妇联, 州妇联, 市委组织部) to the body the item is about. Every place an organisation is
 * named gives one mention, so later stages see all its surface forms. */
public final class OrganisationFinder {

    private static final int MAX_WORKPLACE = 16;
    /** A unit inside a body: 组织二处, 办公室, 财务科, 党委办. */
    private static final java.util.regex.Pattern UNIT = java.util.regex.Pattern.compile("\\p{IsHan}{1,4}(?:处|科|室|办)");
    /** Words before a title that make it another title (副科长, 原总经理) when the lexicon lists only the plain one. */
    private static final String TITLE_PREFIXES = "副原";
    private static final char FORMER = '原';
    /** 集团妇联, 公司妇联: the federation of a company written by its kind alone. */
    private static final java.util.regex.Pattern COMPANY_KIND_FEDERATION = java.util.regex.Pattern.compile("(?:集团|公司)妇联");
    private static final java.util.regex.Pattern BRANCH = java.util.regex.Pattern.compile("(?:分行|支行|分公司|分会)$");

    /** Types of bodies named by words of their own, whose later mentions may drop the place. */
    private static final java.util.Set<OrgType> OWN_NAMES = java.util.EnumSet.of(OrgType.ASSOCIATION, OrgType.FOUNDATION,
            OrgType.COMPANY);

    private static final java.util.regex.Pattern WORKPLACE_FEDERATION =
            java.util.regex.Pattern.compile("(?:机关)?(?:第[一二三四五六七八九十0-9]+届)?(?:妇联|妇女联合会|妇委会|妇女委员会|妇女工作委员会)");

    /**
     * @param documentPlaces the document's places ({@code PlaceContext}), read once for all finders
     * @param titles         the text's titles ({@link Positions#titlesIn}), read once for this finder and the officials'
     */
    public List<OrganisationMention> find(AnnotatedText text, PlaceContext documentPlaces, List<Positions.Title> titles) {
        TextShape shape = new TextShape(text);
        PlaceContext places = documentPlaces.withoutAnchors();
        NameReader names = new NameReader(text);
        List<OrganisationCandidate> known = known(shape); // the same in both passes: read once
        // first pass: bodies named with their place tell which place each passage is about; read again with them,
        // unless they change no place the first pass asked for (the readers read the same then)
        List<OrganisationCandidate> found = candidates(known, shape, places, names);
        if (!places.addAnchors(found.stream().filter(c -> !c.abbreviated()).map(OrganisationCandidate::at).toList())) {
            found = candidates(known, shape, places, names);
        }
        found.addAll(workplaces(shape, places, names, found, titles));
        found.addAll(branches(found, shape.text));
        found.addAll(ListedDepartments.find(found, shape.text));
        List<OrganisationCandidate> placedAssociations = ListedDepartments.associations(found, shape.text);
        // the same words read before without a place are the placed association now
        found.removeIf(c -> c.at().organisation().region() == null && placedAssociations.stream()
                .anyMatch(p -> p.at().start() == c.at().start() && p.at().end() == c.at().end()));
        found.addAll(placedAssociations);
        found.addAll(ListedEnterprises.find(found, shape));
        found.addAll(MinistryUnits.find(found, shape.text));
        found.addAll(FederationDepartments.find(found, shape));
        found.addAll(UnplacedBodies.find(found, shape, places));
        found.addAll(QuotedMedia.find(found, shape.text));
        found.addAll(AcademicUnits.find(found, shape.text));
        // a web page's site name (og:site_name 邢台市妇女联合会) writes a place as much as its text does
        var provenance = text.source() == null ? null : text.source().provenance();
        String written = provenance == null || provenance.site() == null ? shape.text : shape.text + "\n" + provenance.site();
        found.replaceAll(c -> UnwrittenPlaces.asWritten(c, shape.text, written));
        found.addAll(LetterLists.find(found, shape.text, places, r -> UnwrittenPlaces.written(r, written)));
        List<OrganisationAt> settled = shortFormsOfAssociations(settle(found, shape.text)).stream()
                .filter(k -> !newsSite(k, shape.text) && !unnamed(k, shape.text))
                .map(OrganisationFinder::withShortEnding).toList();
        return ofTheOneDepartment(ofTheOneCompany(WrittenChains.named(settled, places, shape.text))).stream()
                .map(o -> o.toMention(text)).toList();
    }

    /**
     * 当前位置:某省妇联新闻 > 妇联要闻, 来源:某省妇联新闻网: the federation's news site in a breadcrumb or a source line,
     * which mirrors also carry over pages of other provinces; no mention of the federation itself.
     */
    private static boolean newsSite(OrganisationAt k, String text) {
        return k.organisation().type() == org.fuliankg.domain.org.OrgType.FEDERATION && text.startsWith("新闻", k.end());
    }

    /**
     * 省内某大学, 市内部分大型商场, 市区两级慈善总会: a place letter followed by 内 or 外 says where (within the province),
     * 某 and 部分 leave the body unnamed, and 两级 spans two levels' bodies; none of them is one body's name.
     */
    private static final java.util.regex.Pattern UNNAMED = java.util.regex.Pattern.compile(
            "^[省市州县区镇乡村境][内外]|某|部分|[两三]级");

    private static boolean unnamed(OrganisationAt k, String text) {
        return UNNAMED.matcher(text.substring(k.start(), k.end())).find();
    }

    /** 厅直属机关妇委会, 局机关妇委会: a committee of a department written by its kind's letter alone. */
    private static final java.util.regex.Pattern DEPARTMENT_LETTER_BODY =
            java.util.regex.Pattern.compile("([厅局])(?:直属)?机关.+");

    /**
     * 厅直属机关妇委会 on a page of 某省生态环境厅: a women's committee written after the department's letter alone
     * (厅, 局) in a text naming one department of that kind is that department's, named with it.
     */
    private static List<OrganisationAt> ofTheOneDepartment(List<OrganisationAt> kept) {
        List<OrganisationAt> out = new ArrayList<>(kept.size());
        for (OrganisationAt k : kept) {
            Organisation o = k.organisation();
            var letter = DEPARTMENT_LETTER_BODY.matcher(o.name());
            if (o.type() != OrgType.FEDERATION || !letter.matches()) {
                out.add(k);
                continue;
            }
            List<Organisation> departments = kept.stream().map(OrganisationAt::organisation)
                    .filter(d -> d.type() == OrgType.GOVERNMENT && !d.generic() && d.name().endsWith(letter.group(1)))
                    .distinct().toList();
            out.add(departments.size() != 1 ? k : new OrganisationAt(k.start(), k.end(), new Organisation(
                    departments.get(0).name() + o.name().substring(1), o.type(), o.level(), departments.get(0).region(), false)));
        }
        return out;
    }

    /**
     * 集团妇联组织全体执委… 合为集团表彰会议: a federation written by the company's kind alone (集团妇联, 公司妇联) in a
     * text naming one company of that kind is that company's federation, wherever the company is named.
     */
    private static List<OrganisationAt> ofTheOneCompany(List<OrganisationAt> kept) {
        List<Organisation> companies = kept.stream().map(OrganisationAt::organisation)
                .filter(o -> o.type() == OrgType.COMPANY && !o.generic()).distinct().toList();
        if (companies.size() != 1) return kept;
        Organisation company = companies.get(0);
        List<OrganisationAt> out = new ArrayList<>();
        for (OrganisationAt k : kept) {
            Organisation o = k.organisation();
            boolean kindAlone = o.type() == OrgType.FEDERATION && o.generic() && COMPANY_KIND_FEDERATION.matcher(o.name()).matches()
                    && company.name().endsWith(o.name().substring(0, o.name().length() - 2));
            out.add(kindAlone ? new OrganisationAt(k.start(), k.end(), new Organisation(company.name() + "妇联",
                    OrgType.FEDERATION, OrgLevel.INDUSTRY, company.region(), false)) : k);
        }
        return out;
    }

    private static List<OrganisationCandidate> candidates(List<OrganisationCandidate> known, TextShape shape,
                                                          PlaceContext places, NameReader names) {
        List<OrganisationCandidate> found = new ArrayList<>(known);
        // before the readers of name endings: of two finds of one span the first wins (云南省政协提案委员会)
        found.addAll(new PartyCommittees(shape, places).find());
        found.addAll(new FederationReader(shape, places, names).find());
        found.addAll(new NamedBodyReader(shape, places).find());
        found.addAll(new TaiwanCountyGovernments(shape).find());
        found.addAll(new PlaceBodiesAlone(shape, places).find());
        return found;
    }

    private static List<OrganisationCandidate> known(TextShape shape) {
        String t = shape.text;
        List<OrganisationCandidate> found = new ArrayList<>();
        var taiwan = TaiwanFederation.on(t);
        for (int i = 0; i < t.length(); i++) {
            int taiwanShort = taiwan.isPresent() ? taiwan.get().shortFormAt(t, i) : 0;
            var longer = KnownOrganisations.get().nameAt(t, i);
            if (taiwanShort > 0 && (longer.isEmpty() || longer.get().getKey() <= taiwanShort)) {
                found.add(new OrganisationCandidate(new OrganisationAt(i, i + taiwanShort, taiwan.get().federation()), false));
                i += taiwanShort - 1;
                continue;
            }
            var hit = KnownOrganisations.get().nameAt(t, i);
            if (hit.isEmpty()) continue;
            int end = i + hit.get().getKey();
            if (!standsAsName(shape, i, end, hit.get().getValue())) continue;
            found.add(new OrganisationCandidate(new OrganisationAt(i, end, asWritten(hit.get().getValue(), t.substring(i, end))),
                    false));
            i = end - 1;
        }
        return found;
    }

    /**
     * A body the lexicon knows by a short form (武警部队, 中国邮政, 中联办) but written here in a longer, fuller form
     * (中国人民武装警察部队, 中国邮政集团公司, 中央政府驻港联络办) is named as written: the text chose the fuller name.
     * Federations, associations, foundations and media keep their canonical names (全国妇联, 港区妇联代表联谊会).
     */
    private static Organisation asWritten(Organisation known, String written) {
        if (!NAMED_AS_WRITTEN.contains(known.type()) || written.length() <= known.name().length()
                || !written.codePoints().allMatch(Character::isIdeographic)) { // NVIDIA stays 英伟达
            return known;
        }
        return new Organisation(written, known.type(), known.level(), known.region(), known.generic());
    }

    private static final java.util.Set<OrgType> NAMED_AS_WRITTEN = java.util.EnumSet.of(OrgType.COMPANY,
            OrgType.GOVERNMENT, OrgType.OTHER);

    /**
     * A short form (建行, 儿基会) is a name only as a whole word, and not after an abbreviated place: 省儿基会 is the
     * province's foundation, not the national one.
     */
    private static boolean standsAsName(TextShape shape, int start, int end, Organisation org) {
        String form = shape.text.substring(start, end);
        if (form.endsWith("部") && shape.text.startsWith("门", end)) return false; // 民政部门: departments, no ministry
        if (form.equals(org.name()) || form.length() > 3) return true;
        if (start > 0 && "省市州县区".indexOf(shape.text.charAt(start - 1)) >= 0) return false;
        return form.length() > 2 || shape.wordStartsAt(start) && (end == shape.text.length() || shape.wordStartsAt(end));
    }

    /**
     * Workplaces named only by a person's title: in 某县粮油管理站库点管理员赵某某 the words between
     * the place and the title 管理员 name the body, although they end in no usual suffix.
     */
    private static List<OrganisationCandidate> workplaces(TextShape shape, PlaceContext places, NameReader names,
                                                          List<OrganisationCandidate> known, List<Positions.Title> titles) {
        List<OrganisationCandidate> found = new ArrayList<>();
        String t = shape.text;
        for (Positions.Title title : titles) {
            int i = title.start();
            int titleStart = i;
            // 某局行政科副科长, 某集团原总经理: the deputy's or the former holder's word belongs to the title, not the name
            int nameEnd = i - (i > 0 && TITLE_PREFIXES.indexOf(t.charAt(i - 1)) >= 0 ? 1 : 0);
            int after = title.end();
            if (after < t.length() && (t.charAt(after) == ' ' || t.charAt(after) == '　')) after++;
            if (names.nameEndAt(after).isEmpty()) continue;
            if (known.stream().anyMatch(c -> c.at().end() == titleStart || c.at().end() == nameEnd && t.charAt(nameEnd) == FORMER)) {
                continue; // 某集团原总经理: the former holder's title is read with the body before it
            }
            var unitOfBody = known.stream()
                    .filter(c -> unitOf(c.at(), nameEnd, t) || nameEnd < titleStart && c.at().end() == nameEnd).findFirst();
            if (unitOfBody.isPresent()) { // the unit's head serves the body: one mention of it up to the title
                OrganisationAt body = unitOfBody.get().at();
                found.add(new OrganisationCandidate(new OrganisationAt(body.start(), titleStart, body.organisation()), false));
                continue;
            }
            int phrase = shape.phraseStart(titleStart, 40);
            for (int j = phrase; j < titleStart; j++) {
                var place = places.placeStartingAt(j);
                if (place.isEmpty()) continue;
                // 通用磨坊中国湾区事业部: a place inside a longer name does not start the workplace; the name starts
                // with its phrase and names no place of its own
                boolean inside = j > phrase && !TextShape.isDelimiter(t.charAt(j - 1)) && !shape.followsVerb(j);
                if (inside) {
                    String whole = t.substring(phrase, nameEnd);
                    if (whole.length() >= 4 && whole.length() <= MAX_WORKPLACE && !whole.contains("的")
                            && !whole.contains("妇联") && shape.isNominal(phrase, nameEnd)
                            && !TextShape.describes(whole)) {
                        found.add(new OrganisationCandidate(new OrganisationAt(phrase, titleStart,
                                new Organisation(whole, OrgType.OTHER, null, null, false)), false));
                    }
                    break;
                }
                int p = j;
                Region region = null;
                while (p < nameEnd && places.placeStartingAt(p).isPresent()) {
                    region = places.placeStartingAt(p).get().region();
                    p = places.placeStartingAt(p).get().end();
                }
                // 海宁市长安镇, 西安市长安区: the title's characters (市长) belong to the places' names; no post is held
                if (p > nameEnd) break;
                String body = t.substring(p, nameEnd);
                if (NamedBodyReader.partyBodyOfNamed(t, nameEnd) > 0) break; // 某银行党委书记: the bank is read as named
                if (p < nameEnd && body.length() >= 3 && !body.contains("妇联") && !body.contains("的")
                        && shape.isNominal(p, nameEnd)) {
                    found.add(new OrganisationCandidate(new OrganisationAt(j, titleStart,
                            new Organisation(t.substring(j, nameEnd), OrgType.OTHER, null, region, false)), false));
                }
                break;
            }
        }
        return found;
    }

    /** 苏州市委组织部组织二处副处长: a unit (处, 科, 室, 办) right after a body found is part of that body, no other one. */
    private static boolean unitOf(OrganisationAt body, int nameEnd, String t) {
        return body.end() < nameEnd && nameEnd - body.end() <= 5
                && UNIT.matcher(t).region(body.end(), nameEnd).matches();
    }

    /**
     * 中国人民银行广州分行: a branch (分行, 支行, 分公司, 分会) named right after its parent body is one body with it;
     * the longer find then wins over both parts.
     */
    /** An association's branch: 分会 after the branch's place or name. */
    private static final String BRANCH_WORD = "分会";
    /** The longest name of a branch read between its association and 分会 (a county, a city abroad). */
    private static final int MAX_BRANCH_NAME = 4;

    private static List<OrganisationCandidate> branches(List<OrganisationCandidate> found, String text) {
        List<OrganisationCandidate> joined = new ArrayList<>();
        for (OrganisationCandidate branch : found) {
            Organisation b = branch.at().organisation();
            if (!BRANCH.matcher(b.name()).find()) continue;
            for (OrganisationCandidate parent : found) {
                if (parent.at().end() != branch.at().start()) continue;
                String name = parent.at().organisation().name() + text.substring(branch.at().start(), branch.at().end());
                joined.add(new OrganisationCandidate(new OrganisationAt(parent.at().start(), branch.at().end(),
                        new Organisation(name, b.type(), b.level(), b.region(), false)), false));
            }
        }
        for (OrganisationCandidate parent : found) { // 某协会南投分会: a branch named by no place of the divisions
            Organisation a = parent.at().organisation();
            int end = parent.at().end();
            if (a.type() != OrgType.ASSOCIATION || a.generic()) continue;
            for (int length = 2; length <= MAX_BRANCH_NAME; length++) {
                if (!text.startsWith(BRANCH_WORD, end + length) || !branchName(text, end, end + length)) continue;
                int branchEnd = end + length + BRANCH_WORD.length();
                // named as written: the association's canonical name may be a shorter form (婦聯會 → 妇联); a body the
                // lexicon knows keeps its full name (婦聯會某縣分會 on a page about Taiwan: 中華民國婦女聯合會某縣分會)
                String head = KnownOrganisations.get().byName(a.name()).isPresent() ? a.name()
                        : text.substring(parent.at().start(), end);
                joined.add(new OrganisationCandidate(new OrganisationAt(parent.at().start(), branchEnd,
                        new Organisation(head + text.substring(end, branchEnd), a.type(), a.level(), a.region(),
                                false)), false));
                break;
            }
        }
        return joined;
    }

    /** Han characters and no conjunction (香港某同乡会和将军澳分会 names two bodies). */
    private static boolean branchName(String text, int start, int end) {
        return end <= text.length() && text.substring(start, end).codePoints()
                .allMatch(c -> Character.isIdeographic(c) && "和与及或".indexOf(c) < 0);
    }

    /** Keeps the longest of overlapping finds (石棉县法院美罗女子法庭 over 石棉县法院), in text order; a workplace
     * whose women's federation is named with it (某某大学妇委会) is kept as well. */
    private static List<OrganisationAt> settle(List<OrganisationCandidate> found, String text) {
        List<OrganisationCandidate> byLength = new ArrayList<>(found);
        byLength.sort(Comparator.comparingInt(OrganisationCandidate::length).reversed());
        List<OrganisationAt> kept = new ArrayList<>();
        for (OrganisationCandidate c : byLength) {
            boolean overlaps = kept.stream().anyMatch(k -> k.start() < c.at().end() && c.at().start() < k.end()
                    && !isWorkplaceOf(c.at(), k, text));
            if (!overlaps) kept.add(c.at());
        }
        // 中国人民武装警察部队政治部: the department keeps the known body it belongs to as a mention of its own
        for (OrganisationCandidate c : found) {
            Organisation o = c.at().organisation();
            if (kept.contains(c.at()) || KnownOrganisations.get().byName(o.name()).isEmpty()) continue;
            boolean departmentOf = kept.stream().anyMatch(k -> k.start() == c.at().start() && k.end() > c.at().end()
                    && DEPARTMENT.matcher(text).region(c.at().end(), k.end()).matches());
            if (departmentOf) kept.add(c.at());
        }
        kept.sort(Comparator.comparingInt(OrganisationAt::start));
        return kept;
    }

    /** Long endings of people's organisations and the short ones their names take (organisation-short-forms.tsv). */
    private static final List<String[]> SHORT_ENDINGS = org.fuliankg.lexicon.ResourceLines.read(OrganisationFinder.class,
            "/org/fuliankg/lexicon/organisation-short-forms.tsv");

    /** 某县残疾人联合会 is 某县残联, as 妇女联合会 is 妇联: one body whichever form the text writes. */
    private static OrganisationAt withShortEnding(OrganisationAt k) {
        Organisation o = k.organisation();
        for (String[] row : SHORT_ENDINGS) {
            if (o.name().endsWith(row[0]) && o.name().length() > row[0].length()) {
                String name = o.name().substring(0, o.name().length() - row[0].length()) + row[1];
                return new OrganisationAt(k.start(), k.end(), new Organisation(name, o.type(), o.level(), o.region(), o.generic()));
            }
        }
        return k;
    }

    /** A department of a national body written right after its name: 政治部, 协调部. */
    private static final java.util.regex.Pattern DEPARTMENT = java.util.regex.Pattern.compile("\\p{IsHan}{1,4}部");

    /**
     * 市家政协会 after 长沙市家政服务行业协会: a shorter association of the same place and kind whose words are the
     * opening and some later words of one named earlier is that association.
     */
    private static List<OrganisationAt> shortFormsOfAssociations(List<OrganisationAt> kept) {
        List<OrganisationAt> out = new ArrayList<>();
        for (OrganisationAt k : kept) {
            Organisation full = out.stream().map(OrganisationAt::organisation)
                    .filter(f -> shortFormOf(k.organisation(), f)).findFirst().orElse(null);
            out.add(full == null ? k : new OrganisationAt(k.start(), k.end(), full));
        }
        return out;
    }

    private static boolean shortFormOf(Organisation s, Organisation f) {
        // 河南商会 after 新疆河南商会, 某某科技有限公司 after 河南某某科技有限公司: the later, shorter name is the end of
        // the earlier one (bodies named by their own words, not a place's bodies such as 西城区委统战部)
        if (s.type() == f.type() && OWN_NAMES.contains(s.type()) && s.name().length() >= 4
                && f.name().length() > s.name().length() && f.name().endsWith(s.name())) {
            return true;
        }
        if (s.type() != OrgType.ASSOCIATION || f.type() != OrgType.ASSOCIATION || s.region() == null
                || !s.region().equals(f.region()) || s.name().length() >= f.name().length()) {
            return false;
        }
        String place = s.region().name();
        if (!s.name().startsWith(place) || !f.name().startsWith(place)) return false;
        String suffix = s.name().substring(s.name().length() - 2);
        if (!f.name().endsWith(suffix)) return false;
        String shortCore = s.name().substring(place.length(), s.name().length() - 2);
        String fullCore = f.name().substring(place.length(), f.name().length() - 2);
        if (shortCore.length() < 2 || fullCore.charAt(0) != shortCore.charAt(0)) return false;
        int i = 0;
        for (int c = 0; c < fullCore.length() && i < shortCore.length(); c++) {
            if (fullCore.charAt(c) == shortCore.charAt(i)) i++;
        }
        return i == shortCore.length();
    }

    private static boolean isWorkplaceOf(OrganisationAt body, OrganisationAt federation, String text) {
        Organisation f = federation.organisation();
        if (f.type() != OrgType.FEDERATION || f.level() != OrgLevel.INDUSTRY || body.organisation().type() == OrgType.FEDERATION
                || body.start() != federation.start() || body.end() >= federation.end()) {
            return false;
        }
        return WORKPLACE_FEDERATION.matcher(text.substring(body.end(), federation.end())).matches();
    }
}
