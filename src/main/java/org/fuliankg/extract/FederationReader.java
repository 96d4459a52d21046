package org.fuliankg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.OrgLevel;
import org.fuliankg.domain.OrgType;
import org.fuliankg.domain.Organisation;
import org.fuliankg.domain.Region;
import org.fuliankg.lexicon.KnownOrganisations;
import org.fuliankg.lexicon.Positions;

/**
 * Reads women's federations: 妇联, 妇女联合会 and 妇代会 with what stands before them — a place (江苏妇联, 新疆伊犁州妇联),
 * an abbreviation resolved from context (市妇联, 自治州妇联), a township or village, a sector (直播行业妇联), or a
 * class of bodies (县(市、区)妇联, 村妇联, 各市州妇联).
 */
final class FederationReader {

    private static final Pattern ANCHOR = Pattern.compile("妇女联合会|妇联|妇代会");
    private static final Set<String> ABBREVIATIONS = Set.of("省", "市", "州", "县", "区", "自治州", "自治区", "自治县", "旗", "盟");
    private static final Set<String> VILLAGE_WORDS = Set.of("村", "社区");
    private static final Set<String> TOWN_WORDS = Set.of("镇", "乡", "街道");
    /** How far back (characters) the town of 镇妇联 or the village of 村妇联 may be named. */
    private static final int TOWN_REACH = 300;
    private static final int VILLAGE_REACH = 100;
    /** Classes of federations: 县(市、区), 县市区, 各市州, 乡镇, 村(社区) … */
    private static final Pattern GENERIC = Pattern.compile(
            "各?(?:[县市区乡镇村州](?:[(（][^)）]{1,6}[)）])|市州|县市区|县区|市县|乡镇|乡镇街道|镇街|村居|村社区)|各[县市区乡镇村州]");
    private static final Pattern TOWNSHIP = Pattern.compile("\\p{IsHan}{1,6}(?:镇|乡|街道)");
    private static final Pattern VILLAGE = Pattern.compile("(?:\\p{IsHan}{1,6}(?:镇|乡|街道))?\\p{IsHan}{1,6}(?:村|社区)");
    /** Sector federations: 直播行业妇联, 两新领域妇联, 广场舞协会妇联, 产业链妇联, 楼宇妇联 … */
    private static final Pattern SECTOR = Pattern.compile(
            "\\p{IsHan}{2,8}(?:行业|领域|协会|商会|园区|楼宇|市场|群体|企业|网格|小区|联盟|平台|学会)"
            + "|\\p{IsHan}{0,8}(?:产业链|新业态)");
    private static final String FUNCTION_CHARS = "的在和与及为向对把将是了到从由等";
    /** Words after which a new name starts: 安吉县妇联联合递铺街道妇联. */
    private static final List<String> CONNECTORS = List.of("联合", "会同", "协同", "携手", "指导", "组织", "走进", "来到", "深入");

    private final TextShape shape;
    private final PlaceContext places;
    private final NameReader names;

    FederationReader(TextShape shape, PlaceContext places, NameReader names) {
        this.shape = shape;
        this.places = places;
        this.names = names;
    }

    List<OrganisationCandidate> find() {
        List<OrganisationCandidate> found = new ArrayList<>();
        Matcher m = ANCHOR.matcher(shape.text);
        while (m.find()) {
            String form = m.group().equals("妇代会") ? "妇代会" : "妇联";
            int chunk = shape.phraseStart(m.start(), 30);
            for (int j = chunk; j < m.start(); j++) {
                OrganisationCandidate c = read(j, m.start(), m.end(), chunk, form);
                if (c != null) {
                    found.add(c);
                    break;
                }
            }
        }
        return found;
    }

    /** The federation named by qualifier [j, anchor) and the anchor word, or null if the qualifier is not one. */
    private OrganisationCandidate read(int j, int anchor, int end, int chunk, String form) {
        String q = shape.text.substring(j, anchor);
        if (q.equals("全国") || q.equals("中华全国")) {
            return named(j, end, KnownOrganisations.get().byName("全国妇联").orElseThrow());
        }
        if (q.equals("基层")) {
            // 基层妇联主席王芳 is one body the text does not name; 基层妇联组织 in general is no body at all
            if (!followedByNamedHolder(end)) return null;
            return new OrganisationCandidate(at(j, end, "基层" + form, null, places.nearestPlace(j, null), false), true);
        }
        if (ABBREVIATIONS.contains(q)) {
            if (j > 0 && !TextShape.mayPrecedeAbbreviation(shape.text.charAt(j - 1))) return null;
            Region r = places.regionFor(j, q);
            return r == null ? null : new OrganisationCandidate(at(j, end, r.name() + form, r.level(), r, false), true);
        }
        boolean standsAlone = j == 0 || TextShape.mayPrecedeAbbreviation(shape.text.charAt(j - 1));
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
        var place = places.placeStartingAt(j);
        if (place.isPresent()) return fromPlaces(j, anchor, end, form);
        if (!startsPhrase(j, chunk) || q.contains("妇联") || FUNCTION_CHARS.indexOf(q.charAt(0)) >= 0
                || !shape.isPlaceLike(j, anchor)) {
            return null;
        }
        if (TOWNSHIP.matcher(q).matches()) return local(j, end, q, form, OrgLevel.TOWNSHIP, places.nearestPlace(j, null));
        if (VILLAGE.matcher(q).matches()) return local(j, end, q, form, OrgLevel.VILLAGE, places.nearestPlace(j, null));
        if (SECTOR.matcher(q).matches() && shape.isNominal(j, anchor)) return sector(j, end, q, form, null);
        return null;
    }

    /** 镇妇联 after 安岳县周礼镇 → 周礼镇妇联; 村妇联 after 走进联坡村 → 联坡村妇联; null when no such place is near. */
    private OrganisationCandidate namedLocal(int j, int end, String q, String form) {
        boolean village = VILLAGE_WORDS.contains(q);
        OrgLevel level = village ? OrgLevel.VILLAGE : OrgLevel.TOWNSHIP;
        var place = places.localPlaceBefore(j, level, village ? VILLAGE_REACH : TOWN_REACH);
        if (place.isEmpty()) return null;
        return new OrganisationCandidate(at(j, end, place.get().name() + form, level, place.get().region(), false), true);
    }

    /** 新疆伊犁州妇联, 湖北省大冶市妇联, 资阳市安岳县周礼镇妇联, 遂宁市两新领域妇联. */
    private OrganisationCandidate fromPlaces(int j, int anchor, int end, String form) {
        Region region = null;
        int p = j;
        while (p < anchor) {
            var place = places.placeStartingAt(p);
            if (place.isEmpty()) break;
            region = place.get().region();
            p = place.get().end();
        }
        if (p > anchor || region == null) return null;
        String rest = shape.text.substring(p, anchor);
        if (rest.isEmpty()) {
            OrgLevel level = region.level();
            return named(j, end, new Organisation(region.level() == OrgLevel.NATIONAL ? "全国妇联" : region.name() + form,
                    OrgType.FEDERATION, level, region, false));
        }
        if (rest.contains("妇联") || !shape.isNominal(p, anchor)) return null;
        if (GENERIC.matcher(rest).matches() || VILLAGE_WORDS.contains(rest)) {
            return new OrganisationCandidate(at(j, end, region.name() + rest + form, levelOfClass(rest), region, true), false);
        }
        if (TOWNSHIP.matcher(rest).matches()) return local(j, end, region.name() + rest, form, OrgLevel.TOWNSHIP, region);
        if (VILLAGE.matcher(rest).matches()) return local(j, end, region.name() + rest, form, OrgLevel.VILLAGE, region);
        if (SECTOR.matcher(rest).matches()) return sector(j, end, rest, form, region);
        return null;
    }

    /**
     * A sector federation. Written alone (直播行业妇联) it keeps its name; as the workplace of a named person
     * (两新领域妇联主席吴海燕) it is that place's body and takes the place's name.
     */
    private OrganisationCandidate sector(int j, int end, String q, String form, Region written) {
        Region region = written != null ? written : places.nearestPlace(j, null);
        boolean prefixed = written != null || (region != null && followedByNamedHolder(end));
        String name = prefixed && region != null ? region.name() + q + form : q + form;
        return new OrganisationCandidate(at(j, end, name, OrgLevel.INDUSTRY, region, false), written == null);
    }

    private OrganisationCandidate local(int j, int end, String name, String form, OrgLevel level, Region region) {
        return new OrganisationCandidate(at(j, end, name + form, level, region, false), false);
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
        return CONNECTORS.stream().anyMatch(before::endsWith) || (shape.wordStartsAt(j) && shape.followsVerb(j));
    }

    private static OrganisationCandidate named(int start, int end, Organisation org) {
        return new OrganisationCandidate(new OrganisationAt(start, end, org), false);
    }

    private static OrganisationAt at(int start, int end, String name, OrgLevel level, Region region, boolean generic) {
        return new OrganisationAt(start, end, new Organisation(name, OrgType.FEDERATION, level, region, generic));
    }
}
