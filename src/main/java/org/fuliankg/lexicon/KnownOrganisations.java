package org.fuliankg.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;

/** National bodies and companies whose names carry no place (known-organisations.tsv), with their other names. */
public final class KnownOrganisations {

    private static final KnownOrganisations INSTANCE = new KnownOrganisations();

    private final Map<String, Organisation> byName = new HashMap<>();
    private final WordTrie<Organisation> names;

    private KnownOrganisations() {
        for (String[] row : ResourceLines.read("known-organisations.tsv")) {
            OrgType type = OrgType.valueOf(row[1].toUpperCase(Locale.ROOT));
            String levelCode = row.length > 2 ? row[2] : "";
            String regionCode = row.length > 3 ? row[3] : "";
            OrgLevel level = levelCode.isEmpty() ? null : OrgLevel.valueOf(levelCode.toUpperCase(Locale.ROOT));
            var region = regionCode.isEmpty() ? null : Divisions.get().byCode(regionCode).orElse(null);
            Organisation org = new Organisation(row[0], type, level, region, false);
            List<String> names = new ArrayList<>(List.of(row[0]));
            if (row.length > 4 && !row[4].isEmpty()) names.addAll(List.of(row[4].split("\\|")));
            for (String n : names) byName.put(n, org);
        }
        names = WordTrie.of(byName);
    }

    public static KnownOrganisations get() {
        return INSTANCE;
    }

    /** The body called {@code name} (any of its names). */
    public Optional<Organisation> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The body whose name (any form) starts at {@code pos}; the longest form wins. Returns the form's length. */
    public Optional<Map.Entry<Integer, Organisation>> nameAt(String text, int pos) {
        WordTrie.Hit<Organisation> hit = names.longestAt(text, pos);
        // one-character names are not looked for (none is a body's name)
        return hit == null || hit.length() < 2 ? Optional.empty() : Optional.of(Map.entry(hit.length(), hit.value()));
    }
}
