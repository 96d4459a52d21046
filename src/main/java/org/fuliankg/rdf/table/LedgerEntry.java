package org.fuliankg.rdf.table;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.fuliankg.rdf.Iris;

/**
 * One funding figure as the ledger reads it from its row of the table {@code fundings}: the row's cells, its
 * figure (the row IRI without the table's) and its document (the figure IRI without {@code /funding/…}).
 */
final class LedgerEntry {

    final String figure;
    final String document;
    private final Map<Node, Node> cells = new HashMap<>();

    private LedgerEntry(String figure) {
        this.figure = figure;
        int kind = figure.lastIndexOf("/funding/");
        this.document = kind < 0 ? figure : figure.substring(0, kind);
    }

    /** The entries of the rows of a {@code fundings} table, by row IRI. */
    static Map<Node, LedgerEntry> read(Iterable<Triple> rows) {
        String table = ResearchTables.graph(FundingRows.TABLE) + "/";
        Map<Node, LedgerEntry> entries = new HashMap<>();
        for (Triple t : rows) {
            LedgerEntry entry = entries.computeIfAbsent(t.getSubject(),
                    row -> new LedgerEntry(Iris.BASE + row.getURI().substring(table.length())));
            entry.cells.putIfAbsent(t.getPredicate(), t.getObject());
        }
        return entries;
    }

    Node node(Node column) {
        return cells.get(column);
    }

    /** A cell's lexical form, or null. */
    String text(Node column) {
        Node value = cells.get(column);
        return value == null ? null : value.getLiteralLexicalForm();
    }
}
