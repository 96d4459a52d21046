package org.fuliankg.store.table;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.util.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 *
 * <p>The order of a contract dump is written with the store ({@link #answerKeepingOrder}, beside its CSV, from the
 * same sort), and a server given it ({@link #TablePages(Map)}) reads it instead of sorting: no page of such a query
 * ever sorts the table, on a fresh server neither (under load the first page's sort of 163,000 rows waited in the
 * expensive slot behind 30-second queries past the limit). Such a page costs its own rows only ({@link #storedPage}).
 *
 * <p>The dumps that are no table query ({@code organisations}, {@code programmes}: DISTINCT over the whole graph)
 * have their whole answer written with the store as SPARQL JSON, and a server given it ({@link #TablePages(Map, Map)})
 * cuts their pages from it ({@link AnswerFilePages}), when the query's ORDER BY leaves no two rows tied (then every
 * page is the engine's, whatever sort the engine would use). Computed by the engine instead, each page of them was the
 * whole query again (the empty page from row 100,000 too) in the single expensive slot, one after another; under load
 * the second waited for the first past its limit.
 */
public final class TablePages {

    private static final Logger LOG = LoggerFactory.getLogger(TablePages.class);
    /** The first bytes of an order file, and its version. */
    private static final int ORDER_FILE = 0x464b4f31; // "FKO1"

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
    /** The orders written with the store, by the key of their whole query ({@link #key}). */
    private final Map<String, Path> stored;
    /** Pages of the whole answers written with the store (SPARQL JSON, gzip-compressed). */
    private final AnswerFilePages storedAnswers;
    private int sorted;

    /** Pages whose orders are sorted once per query, on first use. */
    public TablePages() {
        this(Map.of());
    }

    /** As {@link #TablePages(Map, Map)} with no answers written with the store. */
    public TablePages(Map<Query, Path> stored) {
        this(stored, Map.of());
    }

    /**
     * Pages of the queries {@code stored} names (each the unsliced query, as a request's query is parsed) read in the
     * order of its file, written with the store ({@link #answerKeepingOrder}) which is the one served; the orders of
     * other table queries sorted once, on first use.
     */
    public TablePages(Map<Query, Path> stored, Map<Query, Path> storedAnswers) {
        Map<String, Path> byKey = new HashMap<>();
        stored.forEach((query, file) -> byKey.put(key(query), file));
        this.stored = Map.copyOf(byKey);
        Map<String, Path> answersByKey = new HashMap<>();
        storedAnswers.forEach((query, file) -> answersByKey.put(key(query), file));
        this.storedAnswers = new AnswerFilePages(answersByKey);
    }

    /** The key of a query's order: the query without its slice, as text. */
    private static String key(Query query) {
        return unsliced(query).toString();
    }

    private static Query unsliced(Query query) {
        Query whole = query.cloneQuery();
        whole.setLimit(Query.NOLIMIT);
        whole.setOffset(Query.NOLIMIT);
        return whole;
    }

    /**
     * How many rows {@code query} has when it is a page of a query whose order was written with the store: its work
     * is reading those rows and sorting them alone, never the table ({@link #rows} then sorts nothing). -1 for any
     * other query, or when the order cannot be read (it is then sorted on first use, as any other).
     */
    public long storedPage(Query query) {
        String key = key(query);
        long answerPage = storedAnswers.pageRows(query, key);
        if (answerPage >= 0) return answerPage;
        if (!paged(query)) return -1;
        Order order = kept(key);
        if (order == null && stored.containsKey(key)) order = loaded(key);
        if (order == null || order == NOT_PAGED) return -1;
        long from = Math.min(order.size(), query.hasOffset() ? query.getOffset() : 0);
        return Math.min(order.size() - from, query.hasLimit() ? query.getLimit() : Long.MAX_VALUE);
    }

    /** The stored order of {@code key}, read and kept; null when it cannot be read. */
    private Order loaded(String key) {
        Path file = stored.get(key);
        try {
            Order order = read(file);
            synchronized (this) {
                orders.put(key, order);
            }
            return order;
        } catch (IOException | RuntimeException unreadable) {
            LOG.warn("the order written with the store in {} is not read (its query is sorted instead): {}", file,
                    unreadable.toString());
            return null;
        }
    }

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
        RowSet answerPage = storedAnswers.page(query, key(query));
        if (answerPage != null) return answerPage;
        TableGraphDump table = paged(query) ? TableGraphDump.of(query) : null;
        if (table == null) return null;
        Query whole = unsliced(query);
        String key = whole.toString();
        Order order = kept(key);
        if (order == null && stored.containsKey(key)) order = loaded(key);
        while (order == null) {
            CountDownLatch other = claim(key);
            if (other == null) {
                try {
                    order = sorted(whole, table.keyed(dataset, cellRead), dataset, context, false).order();
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

    /** How many times a whole table query was sorted for its order (tests: once for all its pages, or never). */
    public synchronized int sorted() {
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
        return (query.hasLimit() || query.hasOffset()) && rowPerTableRow(query);
    }

    /** An ordered query whose answer rows are its table rows one for one, sliced or not. */
    private static boolean rowPerTableRow(Query query) {
        if (!query.isSelectType() || !query.hasOrderBy()
                || query.isDistinct() || query.isReduced() || query.hasGroupBy() || query.hasAggregators()
                || query.hasHaving() || query.hasValues() || !(query.getQueryPattern() instanceof ElementGroup top)) {
            return false;
        }
        List<Element> rest = top.getElements();
        return rest.subList(Math.min(1, rest.size()), rest.size()).stream().allMatch(ElementBind.class::isInstance);
    }

    /** An order, and the answer it is the order of (its rows: null unless asked for). */
    private record Sorted(Order order, List<Binding> answer) {}

    /**
     * The order of {@code whole}'s answer over the table rows {@code read}: the query run once with each row's
     * position beside it ({@link #NOT_PAGED} when the answer does not have one row per row read), and when
     * {@code keepAnswer} that answer's rows, in order (each with its position as well).
     */
    private static Sorted sorted(Query whole, TableGraphDump.Keyed read, DatasetGraph dataset, Context context,
                                 boolean keepAnswer) {
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
        List<Binding> kept = keepAnswer ? new ArrayList<>(rows.size()) : null;
        boolean oneForOne = true;
        while (answer.hasNext()) {
            Binding row = answer.next();
            if (kept != null) kept.add(row);
            if (!oneForOne) continue;
            Node at = row.get(position);
            int i = at == null ? -1 : Integer.parseInt(at.getLiteralLexicalForm());
            if (order.size() == rows.size() || i < 0 || seen[i]) {
                oneForOne = false;
                if (kept == null) break;
                continue;
            }
            seen[i] = true;
            if (combined) combination[order.size()] = combinationOf[i];
            order.add(read.keys().get(i));
        }
        oneForOne &= order.size() == rows.size();
        return new Sorted(oneForOne ? new Order(TableCells.RowKeys.of(order), combination) : NOT_PAGED, kept);
    }

    /**
     * The whole answer of the table query {@code query} (unsliced), sorted once, with its order written to
     * {@code orderFile} for a server's pages of it ({@link #TablePages(Map)}); null when the query has another shape
     * (not one answer row per table row: no order is kept for it, and the caller answers it as it would). The file
     * is written only for a TDB2 store, where the order is of row ids; a file left from before is removed. In a read
     * transaction.
     */
    public static RowSet answerKeepingOrder(Query query, DatasetGraph dataset, Path orderFile) throws IOException {
        Files.deleteIfExists(orderFile);
        TableGraphDump table = rowPerTableRow(query) && !query.hasLimit() && !query.hasOffset()
                ? TableGraphDump.of(query) : null;
        if (table == null) return null;
        Sorted sorted = sorted(query, table.keyed(dataset, () -> {}), dataset, null, true);
        if (sorted.order() != NOT_PAGED && sorted.order().rows().pointers() != null) write(sorted.order(), orderFile);
        return RowSetStream.create(query.getProjectVars(), sorted.answer().iterator());
    }

    /** An order as a file: its size, whether rows repeat, each row's place in the node table, each row's combination. */
    private static void write(Order order, Path file) throws IOException {
        long[] rows = order.rows().pointers();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            out.writeInt(ORDER_FILE);
            out.writeInt(rows.length);
            out.writeBoolean(order.combination() != null);
            for (long row : rows) out.writeLong(row);
            if (order.combination() != null) {
                for (int combination : order.combination()) out.writeInt(combination);
            }
        }
    }

    private static Order read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != ORDER_FILE) throw new IOException("not an order file: " + file);
            long[] rows = new long[in.readInt()];
            boolean combined = in.readBoolean();
            for (int i = 0; i < rows.length; i++) rows[i] = in.readLong();
            int[] combination = combined ? new int[rows.length] : null;
            if (combined) {
                for (int i = 0; i < rows.length; i++) combination[i] = in.readInt();
            }
            if (in.read() != -1) throw new IOException("an order file longer than its rows: " + file);
            return new Order(TableCells.RowKeys.ofPointers(rows), combination);
        }
    }

    /** A variable the query does not name. */
    private static Var unusedVar(Query query) {
        String text = query.toString();
        String name = "tablePosition";
        while (text.contains(name)) name += "_";
        return Var.alloc(name);
    }
}
