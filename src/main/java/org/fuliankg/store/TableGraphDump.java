package org.fuliankg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
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
 * required or in its own OPTIONAL. That block is read here and handed to the engine as the rows of a {@code VALUES}
 * block in its place: the engine evaluates the rest of the query (BINDs, FILTERs, GROUP BY, aggregates, HAVING,
 * ORDER BY) as written, so the answer is the query's SPARQL answer. Any other query gets null (SPARQL answers it),
 * among them a block with a constant value (it picks few rows, which the engine's probes find faster) and a LIMIT
 * without an order (the engine stops early).
 */
public final class TableGraphDump {

    /** One pattern of the table block: a column, the variable it binds, whether the row needs it. */
    private record Column(Node predicate, Var variable, boolean required) {}

    private final Query query;
    private final Node graph;
    private final Var row;
    private final List<Column> columns;

    private TableGraphDump(Query query, Node graph, Var row, List<Column> columns) {
        this.query = query;
        this.graph = graph;
        this.row = row;
        this.columns = columns;
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
        if (table == null) return null;
        var exec = QueryExec.dataset(dataset).query(table.withRows(dataset, cellRead));
        if (context != null) exec.context(context);
        try (QueryExec built = exec.build()) {
            return built.select().materialize();
        }
    }

    private static TableGraphDump of(Query query) {
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
                if (t == null || !t.getSubject().isVariable() || !t.getPredicate().isURI() || !t.getObject().isVariable()) {
                    return null; // a constant value picks few rows: the engine's probes, on ids, are the faster then
                }
                if (subject == null) subject = Var.alloc(t.getSubject());
                if (!subject.equals(t.getSubject())) return null;
                columns.add(new Column(t.getPredicate(), Var.alloc(t.getObject()), required));
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

    /** The query with its table block replaced by the block's rows, read from {@code dataset}. */
    private Query withRows(DatasetGraph dataset, Runnable cellRead) {
        Map<Node, Map<Node, List<Node>>> cells = cells(dataset, cellRead);
        Set<Var> vars = new LinkedHashSet<>();
        vars.add(row);
        columns.forEach(c -> vars.add(c.variable()));
        List<Binding> answers = new ArrayList<>();
        cells.forEach((subject, values) -> expand(BindingBuilder.create().add(row, subject).build(), values, 0, answers));
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(new ElementData(new ArrayList<>(vars), answers));
        List<Element> rest = ((ElementGroup) query.getQueryPattern()).getElements();
        rest.subList(1, rest.size()).forEach(pattern::addElement);
        Query rewritten = query.cloneQuery();
        rewritten.setQueryPattern(pattern);
        return rewritten;
    }

    /** Row → column → values, each column read whole with one scan of the table's graph. */
    private Map<Node, Map<Node, List<Node>>> cells(DatasetGraph dataset, Runnable cellRead) {
        Map<Node, Map<Node, List<Node>>> cells = new LinkedHashMap<>();
        Set<Node> predicates = new LinkedHashSet<>();
        columns.forEach(c -> predicates.add(c.predicate()));
        for (Node predicate : predicates) {
            dataset.find(graph, Node.ANY, predicate, Node.ANY).forEachRemaining(q -> {
                cellRead.run();
                cells.computeIfAbsent(q.getSubject(), s -> new HashMap<>())
                        .computeIfAbsent(predicate, p -> new ArrayList<>(1)).add(q.getObject());
            });
        }
        return cells;
    }

    /** Adds the bindings of one row from column {@code next} on: one per combination of a column's values. */
    private void expand(Binding partial, Map<Node, List<Node>> values, int next, List<Binding> answers) {
        if (next == columns.size()) {
            answers.add(partial);
            return;
        }
        Column column = columns.get(next);
        List<Node> found = values.get(column.predicate());
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
