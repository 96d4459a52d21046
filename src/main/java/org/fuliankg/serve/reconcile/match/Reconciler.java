package org.fuliankg.serve.reconcile.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.fuliankg.serve.reconcile.facts.BadRequest;
import org.fuliankg.serve.reconcile.facts.EntityFacts;
import org.fuliankg.serve.reconcile.facts.FactReader;
import org.fuliankg.serve.reconcile.facts.NameFolding;

/**
 * Answers reconciliation query batches: per query, candidates from {@link CandidateSearch}, scored by
 * {@link Candidate}, best first (federations before other organisations of equal score), and {@code match: true}
 * only for a unique, strong candidate: its folded name equals the query's, every given property matches, and the
 * next candidate scores at least {@value #MATCH_MARGIN} points less (two namesakes with nothing to tell them apart
 * are never matched).
 */
public final class Reconciler {

    /** The most queries in one batch (the manifest's {@code batchSize}); larger batches get HTTP 413. */
    public static final int MAX_BATCH = 100;
    static final double MATCH_MARGIN = 10;
    /** Candidates read per query before the best {@code limit} are kept. */
    private static final int CANDIDATES_READ = 40;

    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble((Candidate c) -> c.score()).reversed()
            .thenComparing(c -> !c.facts().federation())
            .thenComparing(c -> c.facts().id());

    private final DatasetGraph dataset;

    public Reconciler(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** Reads and checks the whole batch before answering any of it. */
    public static Map<String, ReconciliationQuery> readBatch(JsonObject batch) {
        if (batch.size() > MAX_BATCH) {
            throw new BadRequest(BadRequest.TOO_LARGE, batch.size() + " queries in one batch: at most " + MAX_BATCH
                    + " (the manifest's batchSize); send them in several batches");
        }
        if (batch.isEmpty()) throw new BadRequest("an empty batch: give at least one query");
        Map<String, ReconciliationQuery> queries = new LinkedHashMap<>();
        batch.forEach((key, value) -> queries.put(key, ReconciliationQuery.read(key, value)));
        return queries;
    }

    public JsonObject answer(Map<String, ReconciliationQuery> queries) {
        return Txn.calculateRead(dataset, () -> {
            FactReader facts = new FactReader(dataset);
            CandidateSearch search = new CandidateSearch(dataset, facts);
            JsonObject results = new JsonObject();
            queries.forEach((key, query) -> {
                JsonObject result = new JsonObject();
                result.put("result", candidates(query, facts, search));
                results.put(key, result);
            });
            return results;
        });
    }

    /**
     * The candidates worth reading in full (a person's posts are many lookups): every one whose name is exact or
     * resolved (namesakes must all be weighed), and of the others the {@code limit} nearest by name, as properties
     * can at most halve a score.
     */
    private static List<Node> likeliest(ReconciliationQuery query, List<Node> found, Node resolved, FactReader facts) {
        Map<Node, Double> byName = new LinkedHashMap<>();
        for (Node node : found) {
            double similarity = node.equals(resolved) ? 1 : facts.names(node).stream()
                    .mapToDouble(n -> Candidate.similarity(query.folded(), NameFolding.fold(n))).max().orElse(0);
            byName.put(node, similarity);
        }
        List<Node> exact = byName.keySet().stream().filter(n -> byName.get(n) == 1.0).toList();
        List<Node> near = byName.keySet().stream().filter(n -> byName.get(n) < 1.0)
                .sorted(Comparator.comparingDouble((Node n) -> byName.get(n)).reversed())
                .limit(query.limit()).toList();
        List<Node> likeliest = new ArrayList<>(exact);
        likeliest.addAll(near);
        return likeliest;
    }

    JsonArray candidates(ReconciliationQuery query, FactReader facts, CandidateSearch search) {
        Node resolved = search.resolvedFederation(query.folded()).orElse(null);
        List<Candidate> scored = new ArrayList<>();
        for (Node node : likeliest(query, search.find(query.written(), query.folded(), query.types(), CANDIDATES_READ),
                resolved, facts)) {
            EntityFacts read = facts.read(node);
            if (read != null) scored.add(Candidate.of(query, read, node.equals(resolved)));
        }
        scored.sort(BEST_FIRST);
        JsonArray result = new JsonArray();
        for (int i = 0; i < Math.min(query.limit(), scored.size()); i++) {
            Candidate c = scored.get(i);
            boolean match = i == 0 && c.exactName() && c.allPropertiesMatch()
                    && (scored.size() == 1 || scored.get(1).score() <= c.score() - MATCH_MARGIN);
            result.add(CandidateJson.of(c, match));
        }
        return result;
    }

}
