package org.fuliankg.rdf.table;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.fuliankg.rdf.Iris;

/**
 * The research tables: named graphs of flat rows (ontology/README.md, "Research tables") that the questions asked
 * most read instead of walking each fact's paths. They are derived data, never edited:
 * <ul>
 * <li>{@code fundings}, {@code posts} and {@code programme-links} hold rows of one document each, computed from
 * the document's graph when it is mapped ({@link #rowsOf}) and written with it; a row's IRI is made from its fact's
 * (or its document's), so the rows of a document graph are found again from that graph ({@link #dropRows});</li>
 * <li>{@code ledger} sums the funding rows of all documents ({@link LedgerTable}), recomputed after every load.</li>
 * </ul>
 */
public final class ResearchTables {

    /** The tables of rows of one document each. */
    public static final List<String> PER_DOCUMENT = List.of(FundingRows.TABLE, PostRows.TABLE, ProgrammeLinkRows.TABLE);

    private ResearchTables() {}

    /** The IRI of a table's named graph, e.g. {@code https://w3id.org/fulian-kg/table/fundings}. */
    public static String graph(String table) {
        return Iris.BASE + "table/" + table;
    }

    /** Every table's graph IRI, the ledger last. */
    public static List<String> graphs() {
        List<String> all = new ArrayList<>(PER_DOCUMENT.stream().map(ResearchTables::graph).toList());
        all.add(graph(LedgerTable.TABLE));
        return all;
    }

    /** The rows the document graph {@code documentGraph} (named {@code graphName}) adds to the per-document tables. */
    public static List<Quad> rowsOf(String graphName, Graph documentGraph) {
        List<Quad> rows = new ArrayList<>();
        GraphValues doc = new GraphValues(documentGraph);
        FundingRows.add(doc, new RowWriter(table(FundingRows.TABLE), rows));
        PostRows.add(doc, new RowWriter(table(PostRows.TABLE), rows));
        ProgrammeLinkRows.add(NodeFactory.createURI(graphName), doc, new RowWriter(table(ProgrammeLinkRows.TABLE), rows));
        return rows;
    }

    /**
     * Removes the rows of the document graph {@code graphName} of {@code dataset} from the tables: call before the
     * graph itself is removed or replaced. In the caller's write transaction.
     *
     * @return the rows removed
     */
    public static List<Quad> dropRows(DatasetGraph dataset, String graphName) {
        List<Quad> rows = rowsOf(dataset, graphName);
        rows.forEach(dataset::delete);
        return rows;
    }

    /** The rows of the document graph {@code graphName} of {@code dataset}, as it holds it now. */
    public static List<Quad> rowsOf(DatasetGraph dataset, String graphName) {
        return storedRowsOf(dataset, NodeFactory.createURI(graphName));
    }

    /**
     * Recomputes the ledger from the funding rows (see {@link LedgerTable}); in a write transaction.
     *
     * @return the number of ledger rows, and of those written (added, removed or changed)
     */
    public static StoredTable.Written rewriteLedger(DatasetGraph dataset) {
        return LedgerTable.rewrite(dataset);
    }

    /**
     * The tables as a build would leave them in {@code dataset}, computed from its document graphs (those under
     * {@code <base>/graph/}) without changing it: what a test compares the stored tables with. In a read transaction.
     */
    public static DatasetGraph computed(DatasetGraph dataset) {
        DatasetGraph tables = DatasetGraphFactory.createGeneral();
        for (Node graph : documentGraphs(dataset)) storedRowsOf(dataset, graph).forEach(tables::add);
        LedgerTable.computed(tables.getGraph(table(FundingRows.TABLE)), dataset)
                .find().forEachRemaining(t -> tables.add(table(LedgerTable.TABLE), t.getSubject(), t.getPredicate(), t.getObject()));
        return tables;
    }

    /**
     * Adds the per-document rows of every document graph of {@code dataset} that has none yet, for data written
     * without them (an RDF file from an older build). In a write transaction.
     */
    public static void deriveMissing(DatasetGraph dataset) {
        if (!dataset.getGraph(table(FundingRows.TABLE)).isEmpty() || !dataset.getGraph(table(PostRows.TABLE)).isEmpty()) return;
        for (Node graph : documentGraphs(dataset)) storedRowsOf(dataset, graph).forEach(dataset::add);
    }

    /** The rows of a document graph of a dataset, read into memory first (a store answers each probe slower). */
    private static List<Quad> storedRowsOf(DatasetGraph dataset, Node graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        dataset.getGraph(graph).find().forEachRemaining(copy::add);
        return rowsOf(graph.getURI(), copy);
    }

    /** The graphs of documents: every named graph under {@code <base>/graph/}. */
    static List<Node> documentGraphs(DatasetGraph dataset) {
        List<Node> graphs = new ArrayList<>();
        String prefix = Iris.BASE + "graph/";
        dataset.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && g.getURI().startsWith(prefix)) graphs.add(g);
        });
        return graphs;
    }

    /** A row of {@code table} for a fact: the fact's IRI under the table's, e.g. {@code table/fundings/doc/a.txt/funding/3-9}. */
    static Node row(String table, Node fact) {
        return NodeFactory.createURI(graph(table) + "/" + fact.getURI().substring(Iris.BASE.length()));
    }

    static Node table(String table) {
        return NodeFactory.createURI(graph(table));
    }
}
