package org.fuliankg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;

/**
 * A SELECT over one research table, answered by reading the table's graph row by row instead of probing the store
 * once per column and row: the answer of a query of the shape the table queries have (one {@code GRAPH <table>}
 * of {@code ?row column ?value} patterns, required or each in its own OPTIONAL, then BINDs, ORDER BY), with the
 * query's own expressions and order, so it is the SPARQL answer. Any other query gets null (SPARQL answers it).
 */
public final class TableGraphDump {

    /** One pattern of the table block: a column, the variable it binds, whether the row needs it. */
    private record Column(Node predicate, Var variable, boolean required) {}

    private final Query query;
    private final Node graph;
    private final Var row;
    private final List<Column> columns;
    private final List<ElementBind> binds;

    private TableGraphDump(Query query, Node graph, Var row, List<Column> columns, List<ElementBind> binds) {
        this.query = query;
        this.graph = graph;
        this.row = row;
        this.columns = columns;
        this.binds = binds;
    }

    /** The rows of {@code query} over {@code dataset}, read from a table graph; null if the query has another shape. */
    public static RowSet rows(Query query, DatasetGraph dataset) {
        TableGraphDump dump = of(query);
        return dump == null ? null : dump.read(dataset);
    }

    private static TableGraphDump of(Query query) {
        if (!query.isSelectType() || query.hasDatasetDescription() || query.hasGroupBy() || query.hasAggregators() || query.hasValues()
                || query.hasLimit() || query.hasOffset() || query.isDistinct() || query.isReduced()
                || !(query.getQueryPattern() instanceof ElementGroup top) || top.isEmpty()
                || !(top.get(0) instanceof ElementNamedGraph named) || !named.getGraphNameNode().isURI()
                || !named.getGraphNameNode().getURI().startsWith(org.fuliankg.rdf.table.ResearchTables.graph(""))
                || !(named.getElement() instanceof ElementGroup block)) {
            return null;
        }
        List<Column> columns = new ArrayList<>();
        Var[] subject = new Var[1];
        for (Element e : block.getElements()) {
            boolean required = e instanceof ElementPathBlock;
            ElementPathBlock patterns = required ? (ElementPathBlock) e : optionalPattern(e);
            if (patterns == null) return null;
            for (TriplePath path : patterns.getPattern().getList()) {
                Triple t = path.asTriple();
                if (t == null || !t.getSubject().isVariable() || !t.getPredicate().isURI() || !t.getObject().isVariable()) return null;
                if (subject[0] == null) subject[0] = Var.alloc(t.getSubject());
                if (!subject[0].equals(t.getSubject())) return null;
                columns.add(new Column(t.getPredicate(), Var.alloc(t.getObject()), required));
            }
        }
        List<ElementBind> binds = new ArrayList<>();
        for (Element e : top.getElements().subList(1, top.size())) {
            if (!(e instanceof ElementBind bind)) return null;
            binds.add(bind);
        }
        return subject[0] == null ? null : new TableGraphDump(query, named.getGraphNameNode(), subject[0], columns, binds);
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

    private RowSet read(DatasetGraph dataset) {
        Map<Node, Map<Node, List<Node>>> cells = new LinkedHashMap<>();
        dataset.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> cells
                .computeIfAbsent(q.getSubject(), s -> new HashMap<>())
                .computeIfAbsent(q.getPredicate(), p -> new ArrayList<>(1)).add(q.getObject()));
        List<Binding> answers = new ArrayList<>();
        ExecutionContext env = ExecutionContext.create(dataset);
        cells.forEach((subject, values) -> expand(BindingBuilder.create().add(row, subject).build(), values, 0, answers, env));
        if (query.hasOrderBy()) answers.sort(new BindingComparator(query.getOrderBy(), env));
        List<Var> vars = query.getProjectVars();
        return RowSetStream.create(vars, answers.iterator());
    }

    /** Adds the answers of one row from column {@code next} on: one per combination of a column's values. */
    private void expand(Binding partial, Map<Node, List<Node>> values, int next, List<Binding> answers, ExecutionContext env) {
        if (next == columns.size()) {
            answers.add(bound(partial, env));
            return;
        }
        Column column = columns.get(next);
        List<Node> found = values.get(column.predicate());
        if (found == null) {
            if (!column.required()) expand(partial, values, next + 1, answers, env);
            return;
        }
        for (Node value : found) {
            Node already = partial.get(column.variable());
            if (already != null && !already.equals(value)) continue;
            Binding more = already != null ? partial : BindingBuilder.create(partial).add(column.variable(), value).build();
            expand(more, values, next + 1, answers, env);
        }
    }

    /** The BINDs in order: a failing expression leaves its variable unbound, as in SPARQL. */
    private Binding bound(Binding binding, ExecutionContext env) {
        Binding result = binding;
        for (ElementBind bind : binds) {
            try {
                NodeValue value = bind.getExpr().eval(result, env);
                result = BindingBuilder.create(result).add(bind.getVar(), value.asNode()).build();
            } catch (ExprEvalException unbound) {
                // stays unbound
            }
        }
        return result;
    }
}
