package org.fuliankg.store.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.fuliankg.rdf.Iris;
import org.fuliankg.rdf.table.ResearchTables;
import org.fuliankg.rdf.table.StoredTable;
import org.fuliankg.store.version.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The summary tables: research tables of one row per answer row of a question that sums, counts or groups a whole
 * table (or the document graphs). Without them such a question reads every row of its table on every first run:
 * {@code officials-by-position} read the 110,000 posts of 10,000 articles for 7 rows. Each summary is the answer of
 * a SELECT the jar packages ({@code org/fuliankg/store/summaries/NAME.rq}), one column per variable ({@code ?fooBar}
 * is {@code fl:rowFooBar}; an unbound variable writes no cell), a row's IRI the table's with a hash of its group's
 * values. They are derived data, computed after every load, after the tables and graphs they read, and written as
 * the difference to the stored ones ({@link StoredTable}): whole after a full build; after an incremental rebuild,
 * only the parts its documents touch ({@link SummaryPartition}), as the per-document tables change only the rows of
 * the documents that changed.
 */
public final class SummaryTables {

    /** The summaries, each the answer of {@code summaries/NAME.rq}. */
    public static final List<String> NAMES = List.of("positions", "programme-money", "federations",
            "officials-in-several-organisations", "federation-programmes", "two-cancer");
    /** Where the jar packages the summaries' queries. */
    private static final String QUERIES = "/org/fuliankg/store/summaries/";
    /** The variable each summary is split into parts by ({@link SummaryPartition}): its group key, or the label of it. */
    private static final Map<String, String> SPLIT_BY = Map.of("positions", "positionLabel",
            "programme-money", "programmeLabel", "federations", "organisation",
            "officials-in-several-organisations", "person", "federation-programmes", "federationLabel",
            "two-cancer", "figure");
    private static final Map<String, SummaryPartition> PARTITIONS = NAMES.stream().collect(Collectors.toMap(
            name -> name, name -> SummaryPartition.of(text(name), Objects.requireNonNull(SPLIT_BY.get(name),
                    () -> "the summary " + name + " names no variable to split it by"))));

    private static final Logger log = LoggerFactory.getLogger(SummaryTables.class);

    private SummaryTables() {}

    /** Every summary's graph IRI. */
    public static List<String> graphs() {
        return NAMES.stream().map(ResearchTables::graph).toList();
    }

    /**
     * Replaces the stored summaries of {@code dataset} by ones computed from what it holds now; in a write
     * transaction, after the tables they read (posts, fundings) are complete.
     *
     * @return the number of summary rows (all computed), and of those written (added, removed or changed)
     */
    public static StoredTable.Written rewrite(DatasetGraph dataset) {
        StoredTable.Written rows = new StoredTable.Written(0, 0);
        for (String name : NAMES) {
            rows = rows.plus(rewrite(dataset, name, NodeFactory.createURI(ResearchTables.graph(name))));
        }
        return rows;
    }

    private static StoredTable.Written rewrite(DatasetGraph dataset, String name, Node table) {
        Graph computed = computed(dataset, name, QueryFactory.create(text(name)));
        int changed = StoredTable.replace(dataset, table, computed);
        return new StoredTable.Written(rowCount(computed), changed);
    }

    /** What an incremental rebuild's documents touch, to be noted while they are dropped and written. */
    public static TouchedParts touchedParts() {
        return new TouchedParts(PARTITIONS);
    }

    /**
     * Brings the stored summaries of {@code dataset} up to date after an incremental rebuild whose changed documents
     * were noted in {@code touched}: each summary's touched parts are recomputed and written as the difference to
     * their stored rows, which leaves them as {@link #rewrite} would. In a write transaction, after the tables they
     * read are complete.
     *
     * @return the number of summary rows recomputed, and of those written (added, removed or changed)
     */
    public static StoredTable.Written update(DatasetGraph dataset, TouchedParts touched) {
        StoredTable.Written rows = new StoredTable.Written(0, 0);
        for (String name : NAMES) {
            Node table = NodeFactory.createURI(ResearchTables.graph(name));
            SummaryPartition parts = PARTITIONS.get(name);
            Set<Node> values = touched.values(name);
            if (values.isEmpty()) continue;
            long start = System.nanoTime();
            Graph computed = computed(dataset, name, parts.restricted(values));
            long mid = System.nanoTime();
            int changed = StoredTable.replace(dataset, table, parts.storedRows(dataset.getGraph(table), values), computed);
            int count = rowCount(computed);
            log.debug("summary {}: {} parts touched, {} rows computed in {} ms, {} written in {} ms", name,
                    values.size(), count, (mid - start) / 1_000_000, changed, (System.nanoTime() - mid) / 1_000_000);
            rows = rows.plus(new StoredTable.Written(count, changed));
        }
        return rows;
    }

    /** The rows of every summary {@code dataset} holds; in a read or write transaction. */
    public static int rows(DatasetGraph dataset) {
        int rows = 0;
        for (String graph : graphs()) rows += rowCount(dataset.getGraph(NodeFactory.createURI(graph)));
        return rows;
    }

    /**
     * The summaries as {@link #rewrite} would leave them, computed from {@code dataset} without changing it: what a
     * test compares the stored ones with. In a read transaction.
     */
    public static DatasetGraph computed(DatasetGraph dataset) {
        DatasetGraph summaries = DatasetGraphFactory.createGeneral();
        for (String name : NAMES) {
            summaries.addGraph(NodeFactory.createURI(ResearchTables.graph(name)),
                    computed(dataset, name, QueryFactory.create(text(name))));
        }
        return summaries;
    }

    /**
     * The rows of summary {@code name} that {@code query} (its query, or a part of it) answers, read with the table
     * reader when the query begins with a table block.
     */
    private static Graph computed(DatasetGraph dataset, String name, Query query) {
        Graph table = GraphFactory.createDefaultGraph();
        List<Var> key = query.hasGroupBy() ? query.getGroupBy().getVars() : query.getProjectVars();
        RowSet read = TableGraphDump.rows(query, dataset);
        if (read != null) {
            read.forEachRemaining(answer -> write(name, key, query.getProjectVars(), answer, table));
            return table;
        }
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            exec.select().forEachRemaining(answer -> write(name, key, query.getProjectVars(), answer, table));
        }
        return table;
    }

    /**
     * One answer as a row, its IRI made from the values of its group (unique in a grouped answer, and apart from the
     * order GROUP_CONCAT met the rows in).
     */
    private static void write(String name, List<Var> key, List<Var> columns, Binding answer, Graph table) {
        List<String> values = new ArrayList<>();
        for (Var variable : key) {
            Node value = answer.get(variable);
            values.add(value == null ? "" : value.toString());
        }
        String hash = Sha256.ofText(String.join("\t", values)).substring(0, 32);
        Node row = NodeFactory.createURI(ResearchTables.graph(name) + "/" + hash);
        for (Var variable : columns) {
            Node value = answer.get(variable);
            if (value != null) table.add(Triple.create(row, column(variable), value));
        }
    }

    private static int rowCount(Graph rows) {
        return rows.find().mapWith(Triple::getSubject).toSet().size();
    }

    /** The column of a variable: {@code ?fooBar} is {@code fl:rowFooBar}. */
    static Node column(Var variable) {
        String name = variable.getVarName();
        return NodeFactory.createURI(Iris.ONTOLOGY + "row" + Character.toUpperCase(name.charAt(0)) + name.substring(1));
    }

    private static String text(String name) {
        try (InputStream in = SummaryTables.class.getResourceAsStream(QUERIES + name + ".rq")) {
            if (in == null) throw new IllegalStateException("the jar holds no summary query " + name + ".rq");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
