package org.fuliankg.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the names of workplaces end that may hold a women's federation of their own (某某科技园妇联, 某某商圈妇联,
 * 某某外贸中心妇联), and the generic words that, alone before such an ending, name a class rather than one
 * workplace (产业园区, 园区).
 */
public final class WorkplaceKinds {

    private static final WorkplaceKinds INSTANCE = new WorkplaceKinds();

    private final Map<String, Set<String>> genericBefore = new HashMap<>();
    private final WordTrie<String> endings;

    private WorkplaceKinds() {
        for (String[] row : ResourceLines.read("workplace-kinds.tsv")) {
            genericBefore.put(row[0], row.length > 1 && !row[1].isBlank() ? Set.of(row[1].split("\\|")) : Set.of());
        }
        Map<String, String> kinds = new HashMap<>();
        genericBefore.keySet().forEach(k -> kinds.put(k, k));
        endings = WordTrie.ofEndings(kinds);
    }

    public static WorkplaceKinds get() {
        return INSTANCE;
    }

    /** The longest kind that {@code name} ends with, or null. */
    public String kindEnding(String name) {
        List<WordTrie.Hit<String>> hits = endings.endingAt(name, name.length());
        return hits.isEmpty() ? null : hits.get(0).value();
    }

    /** True when {@code name} is a kind alone or a kind after one generic word (园区, 产业园区): a class of workplaces. */
    public boolean isClass(String name) {
        String kind = kindEnding(name);
        if (kind == null) return false;
        String before = name.substring(0, name.length() - kind.length());
        return before.isEmpty() || genericBefore.get(kind).contains(before);
    }
}
