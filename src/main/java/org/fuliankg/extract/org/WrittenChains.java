package org.fuliankg.extract.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.org.Region;
import org.fuliankg.extract.text.OrganisationAt;
import org.fuliankg.extract.text.PlaceContext;
import org.fuliankg.lexicon.Divisions;

/**
 * A district's body written right after its city's full name (某市某区妇联, 中共某市某区委统战部), a town's written right
 * after its county (某县某乡妇联): the page names the body by that chain, and its canonical name keeps it, the city or
 * county in full. A body whose place is written alone (某区妇联) keeps its own name; the same body written bare
 * elsewhere on a page that once wrote it in its chain is that one body.
 */
final class WrittenChains {

    /** A town's name as a body's name opens with it. */
    private static final Pattern TOWN = Pattern.compile("^\\p{IsHan}{1,6}?(?:镇|乡|街道)");
    /** A town's name written whole before a village's, no county or city left unread in it. */
    private static final Pattern WRITTEN_TOWN = Pattern.compile("(?:(?![县市区旗州])\\p{IsHan}){1,6}(?:镇|乡|街道)");
    /** The longest place name read back from where a body's own division is written. */
    private static final int MAX_PLACE = 10;
    private static final String DISTRICT = "区";

    private WrittenChains() {}

    static List<OrganisationAt> named(List<OrganisationAt> kept, PlaceContext places, String text) {
        Map<String, String> chained = new HashMap<>();
        for (OrganisationAt k : kept) {
            String chain = chainName(k, places, text);
            if (chain == null) chain = villageChain(k, places, text);
            if (chain != null) chained.putIfAbsent(k.organisation().name(), chain);
        }
        if (chained.isEmpty()) return kept;
        List<OrganisationAt> out = new ArrayList<>(kept.size());
        for (OrganisationAt k : kept) {
            Organisation o = k.organisation();
            String chain = o.generic() ? null : chained.get(o.name());
            out.add(chain == null ? k : new OrganisationAt(k.start(), k.end(),
                    new Organisation(chain, o.type(), o.level(), o.region(), false, o.asWritten())));
        }
        return out;
    }

    /** The body's name with the place written before its own division, or null when none is. */
    private static String chainName(OrganisationAt k, PlaceContext places, String text) {
        Organisation o = k.organisation();
        Region region = o.region();
        if (o.generic() || region == null || region.level() != OrgLevel.COUNTY) return null;
        String own; // the division the name opens with: the county (or district) itself, or a town of it
        OrgLevel parentLevel;
        if (o.name().startsWith(region.name())) {
            own = region.name();
            parentLevel = OrgLevel.PREFECTURE;
        } else {
            var town = TOWN.matcher(o.name());
            if (!town.find()) return null;
            own = town.group();
            parentLevel = OrgLevel.COUNTY;
        }
        int at = ownNameAt(k, own, region, places, text);
        if (at < 0) return null;
        PlaceContext.PlaceAt before = placeEndingAt(at, places);
        if (before == null) return null;
        Region parent = before.region();
        if (parentLevel == OrgLevel.COUNTY) {
            if (!parent.equals(region)) return null;
            // 某市某区某镇妇联: the district is itself written after its city, and the chain keeps both
            PlaceContext.PlaceAt city = placeEndingAt(before.start(), places);
            String county = city != null && cityOfDistrict(region, city) ? city.region().name() + parent.name() : parent.name();
            return county + o.name();
        }
        return cityOfDistrict(region, before) ? parent.name() + o.name() : null;
    }

    /**
     * A village's body whose span opens with its town, perhaps after the town's county (某县某镇某村妇联): the town and
     * county as written, the county in full (annotators of four rounds kept the written town on 12 of 14 pages).
     */
    private static String villageChain(OrganisationAt k, PlaceContext places, String text) {
        Organisation o = k.organisation();
        String name = o.name();
        int own = k.end() - name.length();
        if (o.generic() || o.level() != OrgLevel.VILLAGE || own <= k.start() || !text.startsWith(name, own)) return null;
        var county = places.placeStartingAt(k.start());
        String town = text.substring(k.start(), own);
        String countyName = "";
        if (county.isPresent() && county.get().end() < own && county.get().region().level() == OrgLevel.COUNTY) {
            PlaceContext.PlaceAt c = county.get();
            town = text.substring(c.end(), own);
            PlaceContext.PlaceAt city = placeEndingAt(c.start(), places);
            countyName = city != null && cityOfDistrict(c.region(), city) ? city.region().name() + c.region().name()
                    : c.region().name();
        }
        return WRITTEN_TOWN.matcher(town).matches() ? countyName + town + name : null;
    }

    /** A city's district written after the city's full name (某市某区), not a county (its city is no part of its
     * name) nor a district after the city's short name (某某区 after 某某 alone is read as the district's own). */
    private static boolean cityOfDistrict(Region district, PlaceContext.PlaceAt before) {
        Region parent = before.region();
        return district.name().endsWith(DISTRICT) && before.fullName() && Divisions.get().isWithin(district, parent)
                && (parent.level() == OrgLevel.PREFECTURE || parent.level() == OrgLevel.PROVINCE && parent.name().endsWith("市"));
    }

    /** Where the body's own division is written in its span (its place read there, or the town's name), or -1. */
    private static int ownNameAt(OrganisationAt k, String own, Region region, PlaceContext places, String text) {
        for (int i = k.start(); i < k.end(); i++) {
            if (own.equals(region.name())) {
                var p = places.placeStartingAt(i);
                if (p.isPresent() && p.get().region().equals(region)) return i;
            } else if (text.startsWith(own, i)) {
                return i;
            }
        }
        return -1;
    }

    private static PlaceContext.PlaceAt placeEndingAt(int end, PlaceContext places) {
        for (int start = Math.max(0, end - MAX_PLACE); start < end - 1; start++) {
            var p = places.placeStartingAt(start);
            if (p.isPresent() && p.get().end() == end) return p.get();
        }
        return null;
    }
}
