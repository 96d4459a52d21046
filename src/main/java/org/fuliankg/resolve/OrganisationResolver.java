package org.fuliankg.resolve;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.org.Region;
import org.fuliankg.lexicon.Divisions;

/**
 * Decides which organisation node a mention stands for, the same way in every document: the federation of a
 * division is one node however it is written (四川省妇联, 四川妇联, 四川省妇女联合会), keyed by the division code;
 * every other organisation is keyed by its canonical name.
 */
public final class OrganisationResolver {

    private static final String NATIONAL_FEDERATION = "全国妇联";
    private static final List<String> FEDERATION_SUFFIXES = List.of("妇女联合会", "妇联");
    /** Suffixes tried when a federation's name drops its division's type (四川妇联 → 四川省). */
    private static final List<String> DIVISION_SUFFIXES = List.of("", "省", "市", "自治区", "县", "区");

    private static final Pattern ABBREVIATION = Pattern.compile("[省市州县区盟旗]妇联");

    private final Divisions divisions;
    private final RegionHierarchy regions;

    public OrganisationResolver() {
        this(Divisions.get());
    }

    public OrganisationResolver(Divisions divisions) {
        this.divisions = divisions;
        this.regions = new RegionHierarchy(divisions);
    }


    public ResolvedOrganisation resolve(Organisation mention) {
        if (mention.type() == OrgType.FEDERATION && !mention.generic()) {
            Region region = mention.region() != null ? mention.region() : regionNamedBy(mention.name()).orElse(null);
            if (region != null && isDivisionFederation(mention, region)) return federationOf(region);
            if (region != null && mention.region() == null) {
                mention = new Organisation(mention.name(), mention.type(), mention.level(), region, false);
            }
        }
        return new ResolvedOrganisation(mention, keyOf(mention), false);
    }

    /** The federation of a division: 全国妇联 for the country, else 〈full division name〉妇联. */
    public ResolvedOrganisation federationOf(Region division) {
        Region region = regions.canonical(division);
        String name = region.level() == OrgLevel.NATIONAL ? NATIONAL_FEDERATION : region.name() + "妇联";
        var federation = new Organisation(name, OrgType.FEDERATION, region.level(), region, false);
        return new ResolvedOrganisation(federation, region.code() + "-妇联", true);
    }

    /**
     * The federation directly above: for a division's federation the federation of the parent division (none
     * above 全国妇联); for a township, village or sector federation the federation of its own division, or 全国妇联
     * when the text gives no division. Generic class mentions (村妇联) name no body and have no parent.
     */
    public Optional<ResolvedOrganisation> parentFederation(ResolvedOrganisation federation) {
        Organisation o = federation.organisation();
        if (o.type() != OrgType.FEDERATION || o.generic() || o.unresolved()) return Optional.empty();
        if (o.region() == null) return Optional.of(federationOf(divisions.country()));
        if (!federation.administrativeFederation()) return Optional.of(federationOf(o.region()));
        return regions.parent(o.region()).map(this::federationOf);
    }

    /**
     * True when the mention names the division's own federation, not a sector or grass-roots one inside it: the
     * level (when given) is the division's, and the name is the division's (四川妇联) or a bare abbreviation (市妇联).
     */
    private boolean isDivisionFederation(Organisation o, Region region) {
        if (o.level() != null && o.level() != region.level()) return false;
        return ABBREVIATION.matcher(o.name()).matches()
                || regionNamedBy(o.name()).filter(r -> r.code().equals(region.code())).isPresent();
    }

    /** Township, village and sector federations (城关镇妇联) and class mentions repeat their names across China: the
     * division code keeps them apart. Other bodies' canonical names already say where they are. */
    private static String keyOf(Organisation o) {
        boolean nameRepeatsAcrossDivisions = o.type() == OrgType.FEDERATION || o.generic();
        if (nameRepeatsAcrossDivisions && o.region() != null) return o.region().code() + "-" + o.name();
        return o.name();
    }

    /** The division a federation's name refers to, when exactly one division fits. */
    Optional<Region> regionNamedBy(String name) {
        if (name.equals(NATIONAL_FEDERATION) || name.equals("中华全国妇女联合会")) return Optional.of(divisions.country());
        for (String suffix : FEDERATION_SUFFIXES) {
            if (!name.endsWith(suffix)) continue;
            String stem = name.substring(0, name.length() - suffix.length());
            if (stem.isEmpty()) return Optional.empty();
            for (String divisionSuffix : DIVISION_SUFFIXES) {
                List<Region> candidates = divisions.byName(stem + divisionSuffix);
                long codes = candidates.stream().map(Region::code).distinct().count();
                if (codes == 1) return Optional.of(regions.canonical(candidates.get(0)));
                if (codes > 1) return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
