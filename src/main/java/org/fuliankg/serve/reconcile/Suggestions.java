package org.fuliankg.serve.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.fuliankg.serve.reconcile.facts.EntityProperty;
import org.fuliankg.serve.reconcile.facts.EntityType;
import org.fuliankg.serve.reconcile.facts.FactReader;
import org.fuliankg.serve.reconcile.facts.NameFolding;
import org.fuliankg.serve.reconcile.match.CandidateJson;
import org.fuliankg.serve.reconcile.match.CandidateSearch;

/**
 * Auto-completion for entities (over the full-text index: names holding the typed words, those starting with
 * them first), types and properties ({@code {"result": [{"id", "name", "description", "notable"?}]}}).
 */
final class Suggestions {

    static final int PAGE = 10;
    /** Hits read from the index per suggestion request: enough to page a few times. */
    private static final int HITS = 100;

    private final DatasetGraph dataset;

    Suggestions(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    JsonObject entities(String prefix, Set<EntityType> types, int cursor) {
        String folded = NameFolding.fold(prefix);
        return Txn.calculateRead(dataset, () -> {
            FactReader facts = new FactReader(dataset);
            CandidateSearch search = new CandidateSearch(dataset, facts);
            List<Node> nodes = new ArrayList<>(search.find(prefix, folded, types, HITS));
            String words = NameFolding.searchWords(folded);
            // one character is no word of the bigram index: ask for the words starting with it
            if (words.codePointCount(0, words.length()) == 1) nodes.addAll(search.textHits(words + "*", HITS));
            // ordered by what is cheap to read (name, federation); the facts only of the page shown
            List<Node> ordered = nodes.stream().map(facts::canonical).distinct()
                    .filter(n -> facts.types(n).stream().anyMatch(types::contains))
                    .sorted(Comparator.comparing((Node n) -> !NameFolding.fold(facts.label(n)).startsWith(folded))
                            .thenComparing(n -> !facts.federation(n)))
                    .toList();
            JsonArray result = new JsonArray();
            ordered.stream().skip(cursor).limit(PAGE).map(facts::read).forEach(f -> {
                JsonObject json = CandidateJson.entity(f);
                json.put("notable", json.remove("type"));
                result.add(json);
            });
            return result(result);
        });
    }

    static JsonObject types(String prefix) {
        JsonArray result = new JsonArray();
        Arrays.stream(EntityType.values())
                .filter(t -> matches(prefix, t.code, t.label, t.iri))
                .forEach(t -> {
                    JsonObject json = CandidateJson.type(t);
                    json.put("description", t.description);
                    result.add(json);
                });
        return result(result);
    }

    static JsonObject properties(String prefix, Set<EntityType> types) {
        JsonArray result = new JsonArray();
        Arrays.stream(EntityProperty.values())
                .filter(p -> p.types.stream().anyMatch(types::contains) && matches(prefix, p.id, p.label))
                .forEach(p -> result.add(Extension.property(p)));
        return result(result);
    }

    /** An empty prefix lists all; else any word of the id or label starts with it (case and script folded). */
    private static boolean matches(String prefix, String... names) {
        String folded = NameFolding.fold(prefix);
        return Stream.of(names).flatMap(n -> Stream.of(n.split("[\\s/#:]+")))
                .anyMatch(word -> NameFolding.fold(word).startsWith(folded) || word.toLowerCase(Locale.ROOT).startsWith(folded));
    }

    private static JsonObject result(JsonArray result) {
        JsonObject json = new JsonObject();
        json.put("result", result);
        return json;
    }
}
