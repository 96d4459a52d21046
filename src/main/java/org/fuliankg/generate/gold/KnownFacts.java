package org.fuliankg.generate.gold;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts a generated article states, as the gold file records them. Offsets are Java char offsets into the
 * article's final text; {@link GoldJson} turns them into code point offsets.
 */
public final class KnownFacts {

    public record Post(String position, String org) {}

    public record Official(String name, List<Post> posts, int start, int end) {}

    public record Reporter(String name, int start, int end) {}

    /** @param level gold level code, or null (companies) */
    public record Org(String name, String type, String level, String region, boolean optional) {}

    public record Programme(String name, String kind, boolean optional) {}

    /** @param amount exact yuan, or null for a range ({@code min}–{@code max}) */
    public record Funding(Long amount, Long min, Long max, String qualifier, String role, String programme,
                          int start, int end) {}

    public final List<Official> officials = new ArrayList<>();
    public final List<Reporter> reporters = new ArrayList<>();
    final Map<String, Org> orgs = new LinkedHashMap<>();
    final Map<String, Programme> programmes = new LinkedHashMap<>();
    public final List<Funding> fundings = new ArrayList<>();

    public void org(Org org) {
        // a required mention wins over an optional one of the same body
        orgs.merge(org.name(), org, (old, added) -> old.optional() && !added.optional() ? added : old);
    }

    public void programme(Programme programme) {
        programmes.merge(programme.name(), programme,
                (old, added) -> old.optional() && !added.optional() ? added : old);
    }
}
