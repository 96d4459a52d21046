package org.fuliankg.lexicon;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fuliankg.domain.org.OrgType;

/**
 * Parties and the political consultative conference as written before a place and its committee (中共, 中国共产党,
 * 民盟, 政协 …): the prefix the committee's canonical name keeps, and what the committee is called.
 */
public final class PartyNames {

    /** @param kept prefix kept in the name (民盟), empty for the Communist Party; @param body 委 or 政协 */
    public record Party(String kept, String body, OrgType type) {}

    private static final PartyNames INSTANCE = new PartyNames();

    private final WordTrie<Party> names;

    private PartyNames() {
        Map<String, Party> parties = new HashMap<>();
        for (String[] row : ResourceLines.read("party-names.tsv")) {
            parties.put(row[0], new Party(row[1], row[2], OrgType.valueOf(row[3].toUpperCase(Locale.ROOT))));
        }
        names = WordTrie.of(parties);
    }

    public static PartyNames get() {
        return INSTANCE;
    }

    /** The longest party name starting at {@code pos}, as (length, party). */
    public Optional<WordTrie.Hit<Party>> at(CharSequence text, int pos) {
        return Optional.ofNullable(names.longestAt(text, pos));
    }
}
