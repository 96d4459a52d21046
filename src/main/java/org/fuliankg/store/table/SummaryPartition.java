package org.fuliankg.store.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.E_Str;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.fuliankg.rdf.Iris;
import org.fuliankg.rdf.table.ResearchTables;

/**
 * A summary split into parts by one variable of its query (a position title, a programme, a person, a federation),
 * so that an incremental rebuild recomputes only the parts its documents touch. The variable, or its {@code STR}, is
 * a key of the summary's GROUP BY, so each summary row belongs to one part: the rows whose key holds one value. A
 * part is recomputed by the summary's query with a {@code VALUES} block of the values where the variable is bound
 * (all of that part's solutions and no others), and the values a changed document touches are what its graph and
 * its rows hold at the query's patterns that name the variable: at a table's pattern its rows, at a pattern of
 * {@code GRAPH ?g} its graph. The tables name things by their Chinese labels only (zh literals), so a label and its
 * {@code STR} name the same part. Other graphs the query reads (the reference data) do not change on an incremental
 * rebuild (a new build version builds in full).
 */
final class SummaryPartition {

    /** A pattern of the query that names the variable, in its graph (a table's IRI, a variable, or null: the union). */
    private record Pattern(Node graph, Triple triple) {}

    private final String text;
    private final Var variable;
    /** The GROUP BY key whose value is the variable's (or its STR, when {@link #str}). */
    private final Var key;
    private final boolean str;
    private final List<Pattern> patterns;

    private SummaryPartition(String text, Var variable, Var key, boolean str, List<Pattern> patterns) {
        this.text = text;
        this.variable = variable;
        this.key = key;
        this.str = str;
        this.patterns = patterns;
    }

    /**
     * The parts of the summary query {@code text} by {@code variable}.
     *
     * @throws IllegalStateException when the query cannot be split by it: no GROUP BY key of it, no group that binds
     *                               it outside OPTIONAL and aggregating or limited subqueries, a property path naming
     *                               it, or a graph read that an incremental rebuild may change and does not track
     */
    static SummaryPartition of(String text, String variable) {
        Query query = QueryFactory.create(text);
        Var source = Var.alloc(variable);
        List<Pattern> patterns = new ArrayList<>();
        collect(query.getQueryPattern(), null, source, patterns);
        Var key = groupKey(query, source);
        if (key == null || patterns.isEmpty() || bindingGroup(query, source) == null) {
            throw new IllegalStateException("the summary query cannot be split by ?" + variable + ": its GROUP BY has "
                    + "neither it nor its STR, or no group of it binds it\n" + text);
        }
        return new SummaryPartition(text, source, key, !key.equals(source), List.copyOf(patterns));
    }

    /**
     * Adds to {@code into} the values of the variable that one changed document touches: what its graph
     * {@code document} in {@code dataset} and its per-document rows {@code rows} hold at the query's patterns.
     */
    void touched(DatasetGraph dataset, Node document, List<Quad> rows, Set<Node> into) {
        for (Pattern pattern : patterns) {
            boolean anyGraph = pattern.graph() == null || pattern.graph().isVariable();
            Triple t = pattern.triple();
            for (Quad row : rows) {
                if ((anyGraph || row.getGraph().equals(pattern.graph())) && matches(t, row.asTriple())) {
                    into.add(value(t, row.asTriple()));
                }
            }
            if (anyGraph) {
                dataset.find(document, bound(t.getSubject()), bound(t.getPredicate()), bound(t.getObject()))
                        .forEachRemaining(q -> into.add(value(t, q.asTriple())));
            }
        }
    }

    /** The summary's query computing only the parts of {@code values}. */
    Query restricted(Set<Node> values) {
        Query query = QueryFactory.create(text);
        List<Binding> rows = new ArrayList<>();
        values.forEach(v -> rows.add(BindingFactory.binding(variable, v)));
        bindingGroup(query, variable).getElements().add(0, new ElementData(new ArrayList<>(List.of(variable)), rows));
        return query;
    }

    /** The rows of the parts of {@code values} in the stored summary {@code summary}. */
    Graph storedRows(Graph summary, Set<Node> values) {
        Node column = SummaryTables.column(key);
        Set<Node> rows = new HashSet<>();
        for (Node value : values) {
            Node keyValue = !str ? value : NodeFactory.createLiteralString(value.isLiteral()
                    ? value.getLiteralLexicalForm() : value.getURI());
            summary.find(Node.ANY, column, keyValue).forEachRemaining(t -> rows.add(t.getSubject()));
        }
        Graph part = GraphFactory.createDefaultGraph();
        for (Node row : rows) summary.find(row, Node.ANY, Node.ANY).forEachRemaining(part::add);
        return part;
    }

    /** Every triple pattern naming {@code source}, with its graph: in OPTIONALs, UNIONs, subqueries, EXISTS too. */
    private static void collect(Element element, Node graph, Var source, List<Pattern> into) {
        if (element instanceof ElementGroup group) {
            group.getElements().forEach(e -> collect(e, graph, source, into));
        } else if (element instanceof ElementNamedGraph named) {
            Node name = named.getGraphNameNode();
            if (name.isURI() && !name.getURI().equals(Iris.REFERENCE_GRAPH)
                    && ResearchTables.PER_DOCUMENT.stream().noneMatch(t -> ResearchTables.graph(t).equals(name.getURI()))) {
                throw new IllegalStateException("a summary split into parts reads only document graphs, the "
                        + "per-document tables and the reference data, not " + name);
            }
            collect(named.getElement(), name, source, into);
        } else if (element instanceof ElementOptional optional) {
            collect(optional.getOptionalElement(), graph, source, into);
        } else if (element instanceof ElementUnion union) {
            union.getElements().forEach(e -> collect(e, graph, source, into));
        } else if (element instanceof ElementMinus minus) {
            collect(minus.getMinusElement(), graph, source, into);
        } else if (element instanceof ElementSubQuery sub) {
            collect(sub.getQuery().getQueryPattern(), graph, source, into);
        } else if (element instanceof ElementFilter filter) {
            collect(filter.getExpr(), graph, source, into);
        } else if (element instanceof ElementBind bind) {
            collect(bind.getExpr(), graph, source, into);
        } else if (element instanceof ElementPathBlock block) {
            for (TriplePath path : block.getPattern().getList()) {
                if (!names(path, source)) continue;
                if (!path.isTriple()) throw new IllegalStateException("a property path names ?" + source.getVarName());
                into.add(new Pattern(graph, path.asTriple()));
            }
        } else if (!(element instanceof ElementData)) {
            throw new IllegalStateException("a summary split into parts has no " + element.getClass().getSimpleName());
        }
    }

    /** The patterns of an expression's EXISTS and NOT EXISTS. */
    private static void collect(Expr expr, Node graph, Var source, List<Pattern> into) {
        if (expr instanceof ExprFunctionOp op) {
            collect(op.getElement(), graph, source, into);
        } else if (expr instanceof ExprFunction function) {
            function.getArgs().forEach(arg -> collect(arg, graph, source, into));
        }
    }

    /**
     * The query's GROUP BY variable that holds {@code source} or {@code STR(source)}, or null; without GROUP BY and
     * aggregates a projected {@code source} is its own key (a summary of one row per fact: each row its own part).
     */
    private static Var groupKey(Query query, Var source) {
        if (!query.hasGroupBy()) {
            return !query.hasAggregators() && query.getProjectVars().contains(source) ? source : null;
        }
        List<Var> keys = query.getGroupBy().getVars();
        if (keys.contains(source)) return source;
        List<Var> strs = new ArrayList<>();
        strOf(query.getQueryPattern(), source, strs);
        return strs.stream().filter(keys::contains).findFirst().orElse(null);
    }

    /** The variables bound to {@code STR(source)} in the query's BINDs, subqueries' included. */
    private static void strOf(Element element, Var source, List<Var> into) {
        if (element instanceof ElementGroup group) {
            group.getElements().forEach(e -> strOf(e, source, into));
        } else if (element instanceof ElementSubQuery sub) {
            strOf(sub.getQuery().getQueryPattern(), source, into);
        } else if (element instanceof ElementBind bind && bind.getExpr() instanceof E_Str s
                && s.getArg().isVariable() && s.getArg().asVar().equals(source)) {
            into.add(bind.getVar());
        }
    }

    /**
     * The group where {@code source} is bound by a required pattern, reached through groups and subqueries that
     * neither aggregate nor limit (a VALUES block there keeps exactly the solutions of its values), or null.
     */
    private static ElementGroup bindingGroup(Query query, Var source) {
        return query.hasLimit() || query.hasOffset() ? null : bindingGroup(query.getQueryPattern(), source);
    }

    private static ElementGroup bindingGroup(Element element, Var source) {
        if (!(element instanceof ElementGroup group)) return null;
        if (group.getElements().stream().anyMatch(e -> binds(e, source))) return group;
        for (Element e : group.getElements()) {
            ElementGroup found = e instanceof ElementSubQuery sub
                    ? sub.getQuery().hasGroupBy() || sub.getQuery().hasAggregators() ? null : bindingGroup(sub.getQuery(), source)
                    : bindingGroup(e, source);
            if (found != null) return found;
        }
        return null;
    }

    /** Whether {@code element} binds {@code source} with a required triple pattern, in a graph block or not. */
    private static boolean binds(Element element, Var source) {
        if (element instanceof ElementPathBlock block) {
            return block.getPattern().getList().stream().anyMatch(p -> p.isTriple() && names(p, source));
        }
        if (element instanceof ElementNamedGraph named) return binds(named.getElement(), source);
        return element instanceof ElementGroup group && group.getElements().stream().anyMatch(e -> binds(e, source));
    }

    private static boolean names(TriplePath path, Var source) {
        return source.equals(path.getSubject()) || source.equals(path.getObject())
                || path.isTriple() && source.equals(path.getPredicate());
    }

    private static boolean matches(Triple pattern, Triple triple) {
        return matches(pattern.getSubject(), triple.getSubject()) && matches(pattern.getPredicate(), triple.getPredicate())
                && matches(pattern.getObject(), triple.getObject());
    }

    private static boolean matches(Node pattern, Node node) {
        return pattern.isVariable() || pattern.equals(node);
    }

    private static Node bound(Node pattern) {
        return pattern.isVariable() ? Node.ANY : pattern;
    }

    /** The value at the variable's place of a triple matching {@code pattern}. */
    private Node value(Triple pattern, Triple triple) {
        if (variable.equals(pattern.getSubject())) return triple.getSubject();
        return variable.equals(pattern.getObject()) ? triple.getObject() : triple.getPredicate();
    }
}
