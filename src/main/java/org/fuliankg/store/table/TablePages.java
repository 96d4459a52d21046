package org.fuliankg.store.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
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
 * served, without sorting the whole table for every page: a contract dump asked page by page re-sorted all 163,000
 * rows of the fundings table for each page at 10,000 articles, and a page under load answered 3.3 s past its time
 * limit. The query without its slice is sorted once; what is kept is only the order, as positions in the table's
 * rows as read (four bytes a row: the rows come in the store's index order, the same on every read of an unchanged
 * store). A page then reads the table, takes the rows at its positions and has the engine sort those alone by the
 * query's order, so its rows are the plain query's: the sort is stable and the rows are given in the order they
 * were read, so rows its order leaves tied come as they do in the whole answer.
 *
 * <p>Only queries whose every table row gives exactly one answer row are paged so: no DISTINCT, grouping,
 * aggregate, HAVING or trailing VALUES, nothing after the table block but BINDs (the contract queries' shape);
 * the count of rows the sorted query gives is checked against the rows read, and any other query gets null.
 */
public final class TablePages {

    /** The orders kept: one per paged query, the least recently used leaving first (a dump's takes ~650 KB). */
    static final int KEPT = 16;

    private final Map<String, int[]> orders = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, int[]> eldest) {
            return size() > KEPT;
        }
    };
    private int sorted;

    /**
     * The rows of the page {@code query} asks of {@code dataset}, with {@code context} and {@code cellRead} as in
     * {@link TableGraphDump#rows(Query, DatasetGraph, Context, Runnable)}; null when the
     * query is not a page of a table query. In a read transaction.
     */
    public RowSet rows(Query query, DatasetGraph dataset, Context context,
                       Runnable cellRead) {
        TableGraphDump table = paged(query) ? TableGraphDump.of(query) : null;
        if (table == null) return null;
        Query whole = query.cloneQuery();
        whole.setLimit(Query.NOLIMIT);
        whole.setOffset(Query.NOLIMIT);
        String key = whole.toString();
        TableGraphDump.Block block = table.read(dataset, cellRead);
        int[] order = kept(key);
        if (order == null || order.length != block.rows().size()) {
            order = order(whole, block, dataset, context);
            if (order == null) return null;
            keep(key, order);
        }
        int from = (int) Math.min(order.length, query.hasOffset() ? query.getOffset() : 0);
        int to = (int) Math.min(order.length, query.hasLimit() ? from + query.getLimit() : order.length);
        int[] positions = Arrays.copyOfRange(order, from, to);
        Arrays.sort(positions); // as read: the engine's stable sort then leaves tied rows as the whole answer has them
        List<Binding> page = new ArrayList<>(positions.length);
        for (int position : positions) page.add(block.rows().get(position));
        return TableGraphDump.selected(whole, new TableGraphDump.Block(block.vars(), page), dataset, context);
    }

    /** How many times a whole table query was sorted for its order (tests: once for all its pages). */
    synchronized int sorted() {
        return sorted;
    }

    private synchronized int[] kept(String key) {
        return orders.get(key);
    }

    private synchronized void keep(String key, int[] order) {
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
     * The positions (in {@code block}'s rows) of the rows of {@code whole}'s answer, in its order: the query run once
     * with each row's position beside it. Null when the answer does not have one row per table row.
     */
    private static int[] order(Query whole, TableGraphDump.Block block, DatasetGraph dataset,
                               Context context) {
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
        int[] order = new int[block.rows().size()];
        boolean[] seen = new boolean[order.length];
        int next = 0;
        while (answer.hasNext()) {
            Node at = answer.next().get(position);
            int i = at == null ? -1 : Integer.parseInt(at.getLiteralLexicalForm());
            if (next == order.length || i < 0 || seen[i]) return null;
            seen[i] = true;
            order[next++] = i;
        }
        return next == order.length ? order : null;
    }

    /** A variable the query does not name. */
    private static Var unusedVar(Query query) {
        String text = query.toString();
        String name = "tablePosition";
        while (text.contains(name)) name += "_";
        return Var.alloc(name);
    }
}
