package org.fuliankg.store.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.util.Context;

/**
 * Pages of a table query ({@code ORDER BY} with {@code LIMIT}/{@code OFFSET}) of one store that is not written while
 * served, each costing its own rows, not the table's: a contract dump asked page by page re-sorted all 163,000 rows
 * of the fundings table for each page at 10,000 articles, and then (session 12) still read the whole table for each
 * page, so that under eight clients seven pages waited past the 30 s limit. The query without its slice is sorted
 * once; what is kept is its order, as the table rows of its answer one after another (their keys: on a TDB2 store
 * a row's place in the node table, 8 bytes a row). A page then reads only its rows' cells, each row with one range
 * of the (graph, row) index, and has the engine sort those alone by the query's order (BINDs and projection as
 * written). They come in the order of the whole answer and the engine's sort is stable, so the page holds the plain
 * query's rows in its order, even rows its order leaves tied. That order is the store's: the query's ORDER BY, ties
 * in the store's index order (the contract queries end it with {@code ?row}, so no two rows tie), the same on every
 * request to a served store.
 *
 * <p>Only queries whose every answer row is one table row (or, where a column holds two values, one combination of
 * them) are paged so: no DISTINCT, grouping, aggregate, HAVING or trailing VALUES, nothing after the table block but
 * BINDs (the contract queries' shape); the sorted query's rows are checked against the rows read, and any other
 * query gets null (remembered: it is not sorted again to learn it).
 */
public final class TablePages {

    /** The orders kept: one per paged query, the least recently used leaving first (a dump's takes ~1.3 MB). */
    static final int KEPT = 16;

    /** A whole answer's rows in order: the table row of each, and which of its rows it is (null: every row the first). */
    private record Order(TableCells.RowKeys rows, int[] combination) {
        int size() {
            return rows.size();
        }
    }

    /** Kept for a query found not to have one answer row per table row: not paged, not sorted again to learn it. */
    private static final Order NOT_PAGED = new Order(TableCells.RowKeys.of(List.of()), null);

    private final Map<String, Order> orders = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Order> eldest) {
            return size() > KEPT;
        }
    };
    /** Queries whose order a request is computing now; the latch opens when it ends, kept or not. */
    private final Map<String, CountDownLatch> computing = new HashMap<>();
    private int sorted;

    /** As {@link #rows(Query, DatasetGraph, Context, Runnable, long)} with no deadline. */
    public RowSet rows(Query query, DatasetGraph dataset, Context context, Runnable cellRead) {
        return rows(query, dataset, context, cellRead, Long.MAX_VALUE);
    }

    /**
     * The rows of the page {@code query} asks of {@code dataset}, with {@code context} and {@code cellRead} as in
     * {@link TableGraphDump#rows(Query, DatasetGraph, Context, Runnable)}; null when the
     * query is not a page of a table query. In a read transaction. Pages of one query asked at once while its order
     * is not kept yet wait for the one request computing it (eight clients paging a dump from a fresh server sorted
     * it eight times, one after another in the expensive slot), each until {@code deadlineNanos} ({@link
     * System#nanoTime()}): then {@link QueryCancelledException}. When that request fails (stopped, or sent to
     * wait for the expensive slot), one of them computes it.
     */
    public RowSet rows(Query query, DatasetGraph dataset, Context context, Runnable cellRead, long deadlineNanos) {
        TableGraphDump table = paged(query) ? TableGraphDump.of(query) : null;
        if (table == null) return null;
        Query whole = query.cloneQuery();
        whole.setLimit(Query.NOLIMIT);
        whole.setOffset(Query.NOLIMIT);
        String key = whole.toString();
        Order order = kept(key);
        while (order == null) {
            CountDownLatch other = claim(key);
            if (other == null) {
                try {
                    order = order(whole, table.keyed(dataset, cellRead), dataset, context);
                    keep(key, order);
                } finally {
                    release(key);
                }
            } else {
                awaited(other, deadlineNanos);
                order = kept(key);
            }
        }
        if (order == NOT_PAGED) return null;
        int from = (int) Math.min(order.size(), query.hasOffset() ? query.getOffset() : 0);
        int to = (int) Math.min(order.size(), query.hasLimit() ? from + query.getLimit() : order.size());
        return TableGraphDump.selected(whole, page(table, order, from, to, dataset, cellRead), dataset, context);
    }

    /** The rows of the answer from {@code from} to {@code to} (exclusive), read row by row, in the answer's order. */
    private static TableGraphDump.Block page(TableGraphDump table, Order order, int from, int to,
                                             DatasetGraph dataset, Runnable cellRead) {
        Set<Object> rows = new LinkedHashSet<>();
        for (int i = from; i < to; i++) rows.add(order.rows().get(i));
        TableGraphDump.Keyed read = table.rowsOf(dataset, rows, cellRead);
        Map<Object, Integer> firstOf = new HashMap<>();
        for (int i = read.keys().size() - 1; i >= 0; i--) firstOf.put(read.keys().get(i), i);
        List<Binding> page = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            Integer first = firstOf.get(order.rows().get(i));
            int at = first == null ? -1 : first + (order.combination() == null ? 0 : order.combination()[i]);
            if (at < 0 || at >= read.keys().size() || !read.keys().get(at).equals(order.rows().get(i))) {
                throw new IllegalStateException("a table row of the kept order is gone: the store was written to");
            }
            page.add(read.block().rows().get(at));
        }
        return new TableGraphDump.Block(read.block().vars(), page);
    }

    /** How many times a whole table query was sorted for its order (tests: once for all its pages). */
    synchronized int sorted() {
        return sorted;
    }

    /** Null when the caller is to compute {@code key}'s order (then it must {@link #release}), else the latch to wait on. */
    private synchronized CountDownLatch claim(String key) {
        CountDownLatch other = computing.get(key);
        if (other == null) computing.put(key, new CountDownLatch(1));
        return other;
    }

    private void release(String key) {
        CountDownLatch done;
        synchronized (this) {
            done = computing.remove(key);
        }
        if (done != null) done.countDown();
    }

    private static void awaited(CountDownLatch done, long deadlineNanos) {
        try {
            long left = deadlineNanos == Long.MAX_VALUE ? Long.MAX_VALUE : deadlineNanos - System.nanoTime();
            if (left > 0 && done.await(left, TimeUnit.NANOSECONDS)) return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new QueryCancelledException();
    }

    private synchronized Order kept(String key) {
        return orders.get(key);
    }

    private synchronized void keep(String key, Order order) {
        orders.put(key, order);
        sorted++;
    }

    /** A slice of an ordered query whose answer rows are its table rows one for one (see the class comment). */
    private static boolean paged(Query query) {
        if (!query.isSelectType() || !query.hasOrderBy() || !(query.hasLimit() || query.hasOffset())
                || query.isDistinct() || query.isReduced() || query.hasGroupBy() || query.hasAggregators()
                || query.hasHaving() || query.hasValues() || !(query.getQueryPattern() instanceof ElementGroup top)) {
            return false;
        }
        List<Element> rest = top.getElements();
        return rest.subList(Math.min(1, rest.size()), rest.size()).stream().allMatch(ElementBind.class::isInstance);
    }

    /**
     * The order of {@code whole}'s answer over the table rows {@code read}: the query run once with each row's
     * position beside it. {@link #NOT_PAGED} when the answer does not have one row per row read.
     */
    private static Order order(Query whole, TableGraphDump.Keyed read, DatasetGraph dataset, Context context) {
        TableGraphDump.Block block = read.block();
        Var position = unusedVar(whole);
        List<Var> vars = new ArrayList<>(block.vars());
        vars.add(position);
        List<Binding> rows = new ArrayList<>(block.rows().size());
        for (int i = 0; i < block.rows().size(); i++) {
            Node at = NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDint);
            rows.add(BindingBuilder.create(block.rows().get(i)).add(position, at).build());
        }
        Query positions = whole.cloneQuery();
        if (!positions.isQueryResultStar()) positions.addResultVar(position);
        RowSet answer = TableGraphDump.selected(positions, new TableGraphDump.Block(vars, rows), dataset, context);
        // which of its table row's rows each row read is (a row with two values in a column gives two)
        int[] combinationOf = new int[rows.size()];
        boolean combined = false;
        for (int i = 1; i < combinationOf.length; i++) {
            if (read.keys().get(i).equals(read.keys().get(i - 1))) {
                combinationOf[i] = combinationOf[i - 1] + 1;
                combined = true;
            }
        }
        List<Object> order = new ArrayList<>(rows.size());
        int[] combination = combined ? new int[rows.size()] : null;
        boolean[] seen = new boolean[rows.size()];
        while (answer.hasNext()) {
            Node at = answer.next().get(position);
            int i = at == null ? -1 : Integer.parseInt(at.getLiteralLexicalForm());
            if (order.size() == rows.size() || i < 0 || seen[i]) return NOT_PAGED;
            seen[i] = true;
            if (combined) combination[order.size()] = combinationOf[i];
            order.add(read.keys().get(i));
        }
        return order.size() == rows.size() ? new Order(TableCells.RowKeys.of(order), combination) : NOT_PAGED;
    }

    /** A variable the query does not name. */
    private static Var unusedVar(Query query) {
        String text = query.toString();
        String name = "tablePosition";
        while (text.contains(name)) name += "_";
        return Var.alloc(name);
    }
}
