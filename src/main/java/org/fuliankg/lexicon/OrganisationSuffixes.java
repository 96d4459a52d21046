package org.fuliankg.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fuliankg.domain.org.OrgType;

/** How names of bodies end (基金会, 协会, 集团, 日报, 组织部, 馆 …) and what type of body each ending marks. */
public final class OrganisationSuffixes {

    private static final OrganisationSuffixes INSTANCE = new OrganisationSuffixes();

    private final Map<String, OrgType> types = new HashMap<>();
    private final WordTrie<OrgType> endings;

    private OrganisationSuffixes() {
        for (String[] row : ResourceLines.read("organisation-suffixes.tsv")) {
            types.put(row[0], OrgType.valueOf(row[1].toUpperCase(Locale.ROOT)));
        }
        endings = WordTrie.ofEndings(types);
    }

    public static OrganisationSuffixes get() {
        return INSTANCE;
    }

    /** The longest suffix ending exactly at {@code end}, as (length, type). */
    public Optional<Map.Entry<Integer, OrgType>> suffixEndingAt(String text, int end) {
        List<WordTrie.Hit<OrgType>> hits = endings.endingAt(text, end);
        return hits.isEmpty() ? Optional.empty() : Optional.of(Map.entry(hits.get(0).length(), hits.get(0).value()));
    }
}
