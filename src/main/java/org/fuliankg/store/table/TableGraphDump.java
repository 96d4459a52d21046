package org.fuliankg.store.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.util.Context;
import org.fuliankg.rdf.table.ResearchTables;

/**
 * A SELECT over one research table, answered by reading the table's columns with one index scan each instead of
 * probing the store once per column and row (TDB2 spends ~5–10 µs of CPU per probe; a row of the ledger has 15
 * cells). The query must begin with one {@code GRAPH <table>} block of {@code ?row column ?value} patterns, each
 * required or in its own OPTIONAL; a required pattern may name its value ({@code ?row fl:rowProgrammeKind
 * "two-cancer"}): the rows with every such value are found first, and only their cells are read, a row at a time.
 * That block is read here ({@link TableCells}) and handed to the engine as the rows of a {@code VALUES} block in its
 * place: the engine evaluates the rest of the query (BINDs, FILTERs, GROUP BY, aggregates, HAVING, ORDER BY) as
 * written, so the answer is the query's SPARQL answer. Any other query gets null (SPARQL answers it), among them a
 * LIMIT without an order (the engine stops early).
 */
public final class TableGraphDump {

    /**
     * One pattern of the table block: a column, the variable it binds (null for a named value: then {@code value}
     * is that value, else ANY), whether the row needs it.
     */
    private record Column(Node predicate, Var variable, Node value, boolean required) {}

    private final Query query;
    private final Node graph;
    private final Var row;
    private final List<Column> columns;
    /** The columns read, each once: those with a variable. */
    private final List<Node> predicates;
    /** Per pattern of {@link #columns}, the slot of its column in a row's values (-1 for a named value). */
    private final int[] slots;

    private TableGraphDump(Query query, Node graph, Var row, List<Column> columns) {
        this.query = query;
        this.graph = graph;
        this.row = row;
        this.columns = columns;
        Set<Node> read = new LinkedHashSet<>();
        columns.forEach(c -> {
            if (c.variable() != null) read.add(c.predicate());
        });
        this.predicates = List.copyOf(read);
        this.slots = columns.stream().mapToInt(c -> c.variable() == null ? -1 : predicates.indexOf(c.predicate())).toArray();
    }

    /**
     * The rows of {@code query} over {@code dataset}, its table block read from the table's graph; null if the query
     * has another shape. In a read transaction.
     */
    public static RowSet rows(Query query, DatasetGraph dataset) {
        return rows(query, dataset, null, () -> {});
    }

    /**
     * As {@link #rows(Query, DatasetGraph)}, the engine run with {@code context} (a time limit, a cost meter) and
     * {@code cellRead} run for every cell read before the engine starts: the table is held whole while it is read,
     * so a server counts its cells as the query's cost (and may stop it there by throwing).
     */
    public static RowSet rows(Query query, DatasetGraph dataset, Context context, Runnable cellRead) {
        TableGraphDump table = of(query);
        return table == null ? null : selected(query, table.read(dataset, cellRead), dataset, context);
    }

    /** The rows standing for a table block, given to the engine as a {@code VALUES} block, and their variables. */
    record Block(List<Var> vars, List<Binding> rows) {}

    /** {@code query}'s answer, its table block (the first element of its pattern) replaced by {@code block}. */
    static RowSet selected(Query query, Block block, DatasetGraph dataset, Context context) {
        Query rewritten = query.cloneQuery();
        rewritten.setQueryPattern(rest(query, new ElementData(block.vars(), block.rows())));
        var exec = QueryExec.dataset(dataset).query(rewritten);
        if (context != null) exec.context(context);
        try (QueryExec built = exec.build()) {
            return built.select().materialize();
        }
    }

    /** The reading of {@code query}'s table block, or null when it has another shape. */
    static TableGraphDump of(Query query) {
        boolean streams = query.hasLimit() && !query.hasOrderBy() && !query.hasGroupBy() && !query.hasAggregators();
        if (!query.isSelectType() || query.hasDatasetDescription() || streams // the engine stops at the limit
                || !(query.getQueryPattern() instanceof ElementGroup top) || top.isEmpty()
                || !(top.get(0) instanceof ElementNamedGraph named) || !named.getGraphNameNode().isURI()
                || !named.getGraphNameNode().getURI().startsWith(ResearchTables.graph(""))
                || !(named.getElement() instanceof ElementGroup block)) {
            return null;
        }
        List<Column> columns = new ArrayList<>();
        Var subject = null;
        for (Element e : block.getElements()) {
            boolean required = e instanceof ElementPathBlock;
            ElementPathBlock patterns = required ? (ElementPathBlock) e : optionalPattern(e);
            if (patterns == null) return null;
            for (TriplePath path : patterns.getPattern().getList()) {
                Triple t = path.asTriple();
                if (t == null || !t.getSubject().isVariable() || !t.getPredicate().isURI()
                        || t.getObject().equals(t.getSubject())
                        || !(t.getObject().isVariable() || required && t.getObject().isConcrete())) {
                    return null;
                }
                if (subject == null) subject = Var.alloc(t.getSubject());
                if (!subject.equals(t.getSubject())) return null;
                boolean valueNamed = !t.getObject().isVariable();
                columns.add(new Column(t.getPredicate(), valueNamed ? null : Var.alloc(t.getObject()),
                        valueNamed ? t.getObject() : Node.ANY, required));
            }
        }
        return subject == null ? null : new TableGraphDump(query, named.getGraphNameNode(), subject, columns);
    }

    /** The one-pattern block of an OPTIONAL, or null. */
    private static ElementPathBlock optionalPattern(Element e) {
        if (!(e instanceof ElementOptional optional) || !(optional.getOptionalElement() instanceof ElementGroup group)
                || group.size() != 1 || !(group.get(0) instanceof ElementPathBlock block)
                || block.getPattern().size() != 1) {
            return null;
        }
        return block;
    }

    /** The table block's rows, read from {@code dataset} in the table's index order (the same on every read). */
    Block read(DatasetGraph dataset, Runnable cellRead) {
        return keyed(dataset, cellRead).block();
    }

    /**
     * A block's rows with, for each, the key of the table row it comes from ({@link TableCells}: a node id on a TDB2
     * store): one row of the table gives one row of the block, or one per combination of values when a column holds
     * several, those next to each other.
     */
    record Keyed(Block block, List<Object> keys) {}

    /** As {@link #read}, with each row's key. */
    Keyed keyed(DatasetGraph dataset, Runnable cellRead) {
        TableCells table = TableCells.of(dataset, graph);
        return expanded(table, cells(table, cellRead));
    }

    /**
     * The rows of the table rows {@code keys} (as {@link #keyed} gave them, of the same unchanged store), in that
     * order: each table row's cells read with one range of the (graph, row) index, so a page of rows costs its rows,
     * not the table's.
     */
    Keyed rowsOf(DatasetGraph dataset, Collection<Object> keys, Runnable cellRead) {
        TableCells table = TableCells.of(dataset, graph);
        Map<Object, List<Node>[]> rows = new LinkedHashMap<>();
        for (Object key : keys) {
            rows.put(key, newRow());
            table.cells(key, predicates, (value, slot) -> {
                cellRead.run();
                cell(rows, key, slot, value);
            });
        }
        return expanded(table, rows);
    }

    private Keyed expanded(TableCells table, Map<Object, List<Node>[]> cells) {
        boolean rowNamed = rowNamedOutsideBlock();
        Set<Var> vars = new LinkedHashSet<>();
        if (rowNamed) vars.add(row);
        columns.forEach(c -> {
            if (c.variable() != null) vars.add(c.variable());
        });
        List<Binding> answers = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        cells.forEach((key, values) -> {
            expand(rowNamed ? BindingFactory.binding(row, table.row(key)) : BindingFactory.binding(), values, 0, answers);
            while (keys.size() < answers.size()) keys.add(key);
        });
        return new Keyed(new Block(new ArrayList<>(vars), answers), keys);
    }

    /** {@code query}'s pattern with its table block replaced by {@code block}. */
    static ElementGroup rest(Query query, Element block) {
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(block);
        List<Element> elements = ((ElementGroup) query.getQueryPattern()).getElements();
        elements.subList(1, elements.size()).forEach(pattern::addElement);
        return pattern;
    }

    /**
     * Whether the query names the row variable outside its table block (in its projection, the rest of its pattern,
     * a grouping, an aggregate or its order): when it does not, the rows' IRIs are not decoded at all (officials by
     * position reads 110,000 rows of posts and never their IRIs). Read from the query's text without the block, where
     * every use of a variable is written {@code ?name}; a literal holding that text only makes the rows decoded.
     */
    private boolean rowNamedOutsideBlock() {
        if (query.isQueryResultStar()) return true;
        Query outside = query.cloneQuery();
        outside.setQueryPattern(rest(query, new ElementGroup()));
        String nameGoesOn = "(?![\\p{L}\\p{N}_\\u00B7\\u0300-\\u036F\\u203F\\u2040])";
        return Pattern.compile("[?$]" + Pattern.quote(row.getVarName()) + nameGoesOn).matcher(outside.toString()).find();
    }

    /**
     * Row key → column → values: each column read whole with one scan of the table's graph, or, when the block names
     * values, the rows with all of them found first and then each row's cells read with one range of the index: one
     * descent of the B+tree per row, where a probe per row and column took seven for two-cancer-per-beneficiary.
     */
    private Map<Object, List<Node>[]> cells(TableCells table, Runnable cellRead) {
        Map<Object, List<Node>[]> rows = new LinkedHashMap<>();
        Set<Object> picked = picked(table, cellRead);
        if (picked != null) {
            for (Object row : picked) { // in the order they were found
                rows.put(row, newRow());
                table.cells(row, predicates, (value, slot) -> {
                    cellRead.run();
                    cell(rows, row, slot, value);
                });
            }
            return rows;
        }
        for (int slot = 0; slot < predicates.size(); slot++) {
            int at = slot;
            table.column(predicates.get(slot), Node.ANY, (row, value) -> {
                cellRead.run();
                cell(rows, row, at, value);
            });
        }
        return rows;
    }

    /** A row's values, one slot per column read (an array: a map per row took a fifth of a ledger read). */
    @SuppressWarnings("unchecked")
    private List<Node>[] newRow() {
        return new List[predicates.size()];
    }

    /** The rows holding every value the block names, in the order the first is read; null when it names none. */
    private Set<Object> picked(TableCells table, Runnable cellRead) {
        Set<Object> picked = null;
        for (Column column : columns) {
            if (column.variable() != null) continue;
            Set<Object> with = new LinkedHashSet<>();
            table.column(column.predicate(), column.value(), (row, value) -> {
                cellRead.run();
                with.add(row);
            });
            if (picked == null) picked = with;
            else picked.retainAll(with);
        }
        return picked;
    }

    private void cell(Map<Object, List<Node>[]> rows, Object row, int slot, Node value) {
        List<Node>[] values = rows.computeIfAbsent(row, r -> newRow());
        if (values[slot] == null) values[slot] = new ArrayList<>(1);
        values[slot].add(value);
    }

    /** Adds the bindings of one row from column {@code next} on: one per combination of a column's values. */
    private void expand(Binding partial, List<Node>[] values, int next, List<Binding> answers) {
        if (next == columns.size()) {
            BindingBuilder flat = Binding.builder(); // one binding, not a chain of one per column to walk on every read
            partial.forEach(flat::add);
            answers.add(flat.build());
            return;
        }
        Column column = columns.get(next);
        if (column.variable() == null) { // a named value: the row was picked for it (as the store matches values)
            expand(partial, values, next + 1, answers);
            return;
        }
        List<Node> found = values[slots[next]];
        if (found == null) {
            if (!column.required()) expand(partial, values, next + 1, answers);
            return;
        }
        for (Node value : found) {
            Node already = partial.get(column.variable());
            if (already != null && !already.equals(value)) continue;
            Binding more = already != null ? partial : BindingBuilder.create(partial).add(column.variable(), value).build();
            expand(more, values, next + 1, answers);
        }
    }
}
