package org.fuliankg.resolve;

import java.util.Optional;
import java.util.stream.Stream;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.Region;
import org.fuliankg.lexicon.Divisions;

/**
 * Divisions as one tree: each code has one description and one parent. divisions.tsv lists a few cities without
 * counties (东莞市, 中山市, 儋州市) twice under one code, once as their own county; the parent of such an entry is
 * itself, so the parent is then taken from the code (prefecture NNNN00, else province NN0000, else the country).
 */
public final class RegionHierarchy {

    private final Divisions divisions;

    public RegionHierarchy(Divisions divisions) {
        this.divisions = divisions;
    }

    /** The one description of a code, whatever the record a caller holds says. */
    public Region canonical(Region region) {
        return divisions.byCode(region.code()).orElse(region);
    }

    public Optional<Region> parent(Region region) {
        Region r = canonical(region);
        if (r.level() == OrgLevel.NATIONAL) return Optional.empty();
        Optional<Region> listed = divisions.parent(r).filter(p -> !p.code().equals(r.code()));
        if (listed.isPresent()) return listed;
        String code = r.code();
        return Stream.of(code.substring(0, 4) + "00", code.substring(0, 2) + "0000", "000000")
                .filter(c -> !c.equals(code))
                .map(divisions::byCode)
                .flatMap(Optional::stream)
                .findFirst();
    }
}
