package org.fuliankg.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
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
 * kept. Bounded by the bytes its answers take (estimated from their nodes), the least recently used answer leaving
 * first: rows vary from a count to a paragraph of quoted text, so a bound in rows bounds nothing.
 */
final class ResultCache {

    /** The share of the heap the answers may take: TDB2's node caches and the queries computing need the rest. */
    static final double HEAP_SHARE = 0.10;

    /** {@link #HEAP_SHARE} of the JVM's maximum heap (100 MB under the launcher's 1 GB). */
    static long defaultMaxBytes() {
        return (long) (Runtime.getRuntime().maxMemory() * HEAP_SHARE);
    }

    /**
     * An answer over this share of the bound is not kept: a few whole tables (a contract dump asked over SPARQL,
     * 50–150 MB at 10,000 articles) pushed every research answer out, which were then computed again under load.
     */
    static final int LARGEST_SHARE = 4;

    /** Object headers and references, on a 64-bit JVM with compressed pointers; rounded up. */
    private static final long ROW_BYTES = 48, VALUE_BYTES = 40, STRING_BYTES = 40, ENTRY_BYTES = 200;

    /** Functions and clauses whose answer depends on more than the store. */
    private static final Pattern VOLATILE = Pattern.compile(
            "(?i)\\b(?:SERVICE|NOW|RAND|UUID|STRUUID|BNODE)\\b");

    /** One kept answer: its variables and rows (nodes copied out of the store's transaction). */
    record Answer(List<Var> vars, List<Binding> rows, long bytes) {}

    private final DatasetGraph dataset;
    private final long maxBytes;
    private final Map<String, Answer> answers = new LinkedHashMap<>(64, 0.75f, true);
    /** Keys whose answer a request is computing now; the latch opens when it is done (kept or not). */
    private final Map<String, CountDownLatch> computing = new HashMap<>();
    private long bytes;

    ResultCache(DatasetGraph dataset, long maxBytes) {
        this.dataset = dataset;
        this.maxBytes = maxBytes;
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

    /** The bytes the kept answers take, as estimated. */
    synchronized long bytes() {
        return bytes;
    }

    /**
     * A row's heap, estimated: the binding and its list slot, and per value the binding's slot, the node object and
     * its text (a literal's lexical form and datatype or language are shared or short; a UTF-16 char is 2 bytes,
     * Latin-1 strings 1, so 2 is the upper bound).
     */
    static long bytes(Binding row) {
        long size = ROW_BYTES;
        for (Iterator<Var> vars = row.vars(); vars.hasNext(); ) {
            Node node = row.get(vars.next());
            String text = node.isLiteral() ? node.getLiteralLexicalForm() : node.isURI() ? node.getURI()
                    : node.toString();
            size += VALUE_BYTES + STRING_BYTES + 2L * text.length();
        }
        return size;
    }

    synchronized Answer get(String key) {
        return answers.get(key);
    }

    /**
     * Claims the computation of {@code key}'s answer: null when the caller is to compute it (and then must call
     * {@link #computed}), else the latch of the request computing it now, to wait for and then read the kept
     * answer. Eight clients asking the same heavy query at once computed it eight times, one after another in the
     * expensive slot, each waiting for all before it.
     */
    synchronized CountDownLatch claim(String key) {
        CountDownLatch other = computing.get(key);
        if (other == null) computing.put(key, new CountDownLatch(1));
        return other;
    }

    /** Ends a computation {@link #claim}ed, whether its answer was kept or not: the requests waiting for it go on. */
    void computed(String key) {
        CountDownLatch done;
        synchronized (this) {
            done = computing.remove(key);
        }
        if (done != null) done.countDown();
    }

    /**
     * Keeps an answer (unless it alone is over {@link #LARGEST_SHARE a quarter} of the bound) and returns it: its nodes copied when kept, as computed
     * when not (a second copy of an answer too large to keep would only double the heap it takes while sent).
     */
    Answer put(String key, List<Var> vars, List<Binding> computed) {
        long size = key.length() * 2L + ENTRY_BYTES;
        for (Binding b : computed) size += bytes(b);
        if (size > maxBytes / LARGEST_SHARE) return new Answer(List.copyOf(vars), computed, size);
        List<Binding> copied = new ArrayList<>(computed.size());
        for (Binding b : computed) {
            BindingBuilder row = Binding.builder();
            b.forEach(row::add); // TDB2 bindings read their nodes lazily, inside the transaction
            copied.add(row.build());
        }
        Answer answer = new Answer(List.copyOf(vars), copied, size);
        synchronized (this) {
            Answer old = answers.put(key, answer);
            bytes += size - (old == null ? 0 : old.bytes());
            Iterator<Answer> eldest = answers.values().iterator();
            while (bytes > maxBytes && eldest.hasNext()) {
                bytes -= eldest.next().bytes();
                eldest.remove();
            }
        }
        return answer;
    }
}
