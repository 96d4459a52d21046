package org.fuliankg.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;

/**
 * SELECT results of one read-only store, so that a query asked again is answered without running it. Correct by
 * construction: a cache belongs to one dataset, which is never written while served (a rebuilt store is served by a
 * new server with a new cache; a writable server has none), its key is the whole query with the request's dataset
 * description, and queries whose answer can change while the store does not (SERVICE, NOW(), RAND() …) are never
 * kept. Bounded by rows held, the least recently used answer leaving first.
 */
final class ResultCache {

    /**
     * Rows held over all answers: at ~200 bytes a row some 100 MB at most, a tenth of the launcher's 1 GB heap, which
     * TDB2's node caches share.
     */
    static final long DEFAULT_MAX_ROWS = 500_000;

    /** Functions and clauses whose answer depends on more than the store. */
    private static final Pattern VOLATILE = Pattern.compile(
            "(?i)\\b(?:SERVICE|NOW|RAND|UUID|STRUUID|BNODE)\\b");

    /** One kept answer: its variables and rows (nodes copied out of the store's transaction). */
    record Answer(List<Var> vars, List<Binding> rows) {}

    private final DatasetGraph dataset;
    private final long maxRows;
    private final Map<String, Answer> answers = new LinkedHashMap<>(64, 0.75f, true);
    private long rows;

    ResultCache(DatasetGraph dataset, long maxRows) {
        this.dataset = dataset;
        this.maxRows = maxRows;
    }

    /**
     * The key of a query on {@code requested} (the dataset the request reads), or null when its answer must not be
     * kept: another dataset, or a volatile query.
     */
    String key(DatasetGraph requested, Query query, String defaultGraphs, String namedGraphs) {
        if (requested != dataset) return null;
        String text = query.toString();
        if (VOLATILE.matcher(text).find()) return null;
        return text + "\n#default-graph-uri " + defaultGraphs + "\n#named-graph-uri " + namedGraphs;
    }

    synchronized Answer get(String key) {
        return answers.get(key);
    }

    /** Keeps an answer (unless it alone is over the bound) and returns it, its nodes copied. */
    Answer put(String key, List<Var> vars, List<Binding> computed) {
        List<Binding> copied = new ArrayList<>(computed.size());
        for (Binding b : computed) {
            BindingBuilder row = Binding.builder();
            b.forEach(row::add); // TDB2 bindings read their nodes lazily, inside the transaction
            copied.add(row.build());
        }
        Answer answer = new Answer(List.copyOf(vars), copied);
        if (copied.size() > maxRows) return answer;
        synchronized (this) {
            Answer old = answers.put(key, answer);
            rows += copied.size() - (old == null ? 0 : old.rows().size());
            Iterator<Answer> eldest = answers.values().iterator();
            while (rows > maxRows && eldest.hasNext()) {
                rows -= eldest.next().rows().size();
                eldest.remove();
            }
        }
        return answer;
    }
}
