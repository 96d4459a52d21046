package org.fuliankg.rdf.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.fuliankg.store.table.TableGraphDump;

/** The queries that read research tables, run as rows comparable between their table and full-graph forms. */
final class TableQueries {

    static final List<String> REWRITTEN = List.of("fundings.rq", "officials.rq", "post-timeline.rq", "who-led-when.rq",
            "funding-ledger.rq", "programmes-per-federation.rq", "officials-by-position.rq",
            "officials-in-two-organisations.rq", "two-cancer-per-beneficiary.rq", "fundings-by-programme.rq",
            "federations-without-officials.rq", "federations-by-level.rq");
    /**
     * Cells that aggregate with GROUP_CONCAT, whose order SPARQL leaves open: compared as sorted parts. The ledger
     * command reads ?leftOut sorted for the same reason.
     */
    private static final Map<String, String> CONCATENATED = Map.of("leftOut", " \\| ", "yearFrom", ", ",
            "events", " ", "files", " ", "names", "、", "organisations", "、");

    private TableQueries() {}

    /**
     * The rows of a query file, each in projection order as one line of terms, sorted: compared as a multiset, as
     * rows equal in the ORDER BY keys may come in any order ({@link #order} compares the keys). The file's own
     * VALUES lines get {@code name} and {@code federation}.
     */
    static List<String> rows(DatasetGraph dataset, String file, String name, String federation) {
        Query query = QueryFactory.create(text(file, name, federation));
        List<String> rows = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            RowSet results = exec.select();
            while (results.hasNext()) rows.add(line(query, results.next()));
        }
        rows.sort(null);
        return rows;
    }

    /**
     * The rows of a query file as {@link TableGraphDump} reads them (null when it does not take the query), in the
     * form of {@link #rows}.
     */
    static List<String> tableReaderRows(DatasetGraph dataset, String file, String name, String federation) {
        Query query = QueryFactory.create(text(file, name, federation));
        RowSet results = TableGraphDump.rows(query, dataset);
        if (results == null) return null;
        List<String> rows = new ArrayList<>();
        while (results.hasNext()) rows.add(line(query, results.next()));
        rows.sort(null);
        return rows;
    }

    private static String text(String file, String name, String federation) {
        return read(file).replace("\"谭学军\"", "\"" + name + "\"").replace("\"成都市妇联\"@zh", "\"" + federation + "\"@zh");
    }

    /** A query file's ORDER BY, as text. */
    static String order(String file) {
        return String.valueOf(QueryFactory.create(read(file)).getOrderBy());
    }

    /**
     * The most frequent value of a column of the posts table among the rows of chairs (主席), to ask post-timeline
     * and who-led-when about.
     */
    static String mostFrequent(DatasetGraph dataset, String column) {
        String select = "SELECT (STR(?v) AS ?value) WHERE { GRAPH <" + ResearchTables.graph("posts") + "> { ?row <"
                + org.fuliankg.rdf.Iris.ONTOLOGY + column + "> ?v ; <" + org.fuliankg.rdf.Iris.ONTOLOGY
                + "rowPosition> \"主席\"@zh } } GROUP BY ?v ORDER BY DESC(COUNT(*)) ?v LIMIT 1";
        try (QueryExec exec = QueryExec.dataset(dataset).query(select).build()) {
            return exec.select().next().get("value").getLiteralLexicalForm();
        }
    }

    /**
     * A table's triples as sorted lines, with the concatenated cells of the ledger (?leftOut, ?yearFrom) and the
     * summaries (names) in sorted parts: the order GROUP_CONCAT meets the rows in depends on how the store reads them.
     */
    static List<String> triples(Graph table) {
        List<String> lines = new ArrayList<>();
        table.find().forEachRemaining(t -> {
            String column = t.getPredicate().getLocalName();
            String separator = column.equals("rowLeftOut") ? CONCATENATED.get("leftOut")
                    : column.equals("rowYearFrom") ? CONCATENATED.get("yearFrom")
                    : column.equals("rowNames") || column.equals("rowOrganisationNames") ? CONCATENATED.get("names")
                    : null;
            String object = separator == null ? t.getObject().toString() : sortedParts(t.getObject(), separator);
            lines.add(t.getSubject() + " " + t.getPredicate() + " " + object);
        });
        lines.sort(null);
        return lines;
    }

    private static String sortedParts(Node literal, String separator) {
        List<String> parts = new ArrayList<>(Arrays.asList(literal.getLiteralLexicalForm().split(separator)));
        parts.sort(null);
        return String.join(" / ", parts);
    }

    private static String line(Query query, Binding row) {
        List<String> cells = new ArrayList<>();
        for (String variable : query.getResultVars()) {
            Node node = row.get(variable);
            String cell = node == null ? "UNBOUND" : node.toString();
            String separator = CONCATENATED.get(variable);
            if (separator != null && node != null) cell = sortedParts(node, separator);
            cells.add(cell);
        }
        return String.join("\t", cells);
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
