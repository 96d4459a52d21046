package org.fuliankg.rdf.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;

/**
 * The table {@code ledger}: the rows of queries/full-graph/funding-ledger.rq (its rules there and in
 * ontology/README.md, "Funding ledger"), summed in Java from the rows of the table {@code fundings}. What depends
 * on other documents is read here, after the load: the region of each responsible organisation
 * ({@link LedgerRegions}) and whether a figure repeats an earlier one ({@link LedgerRepeats}). It is recomputed
 * whole after every load and written as the difference to the stored one, so a changed document changes only the
 * ledger rows it touches.
 */
final class LedgerTable {

    static final String TABLE = "ledger";

    private LedgerTable() {}

    /**
     * Replaces the stored ledger of {@code dataset} by one computed from its funding rows; returns its rows (all
     * computed) and how many of them were written (the rows a changed document touches).
     */
    static StoredTable.Written rewrite(DatasetGraph dataset) {
        Graph computed = computed(dataset.getGraph(ResearchTables.table(FundingRows.TABLE)), dataset);
        int changed = StoredTable.replace(dataset, ResearchTables.table(TABLE), computed);
        return new StoredTable.Written(computed.find(Node.ANY, Columns.FIGURES, Node.ANY).toList().size(), changed);
    }

    /**
     * The ledger of the funding rows {@code fundingRows}; {@code data} (whose default graph need not be the union)
     * answers what the rows do not hold: regions, the hierarchy of divisions, figure labels.
     */
    static Graph computed(Graph fundingRows, DatasetGraph data) {
        List<LedgerEntry> entries = new ArrayList<>(LedgerEntry.read(fundingRows.find().toList()).values());
        entries.sort(Comparator.comparing(e -> e.figure));
        LedgerRepeats repeats = new LedgerRepeats(entries);
        LedgerRegions regions = new LedgerRegions(data);
        Map<List<Object>, LedgerSum> sums = new LinkedHashMap<>();
        for (LedgerEntry entry : entries) {
            LedgerRegions.Region region = regions.of(entry.node(Columns.ORGANISATION));
            LedgerFigure figure = LedgerFigure.of(entry, repeats.repeats(entry));
            Node programme = entry.node(Columns.PROGRAMME);
            String programmeName = entry.node(Columns.PROGRAMME_NAME) == null ? "" : entry.text(Columns.PROGRAMME_NAME);
            List<Object> key = new ArrayList<>(List.of(programmeName, region.code(), region.name(), figure.period(),
                    figure.kind(), figure.measure()));
            key.add(programme == null ? "" : programme.getURI());
            key.add(region.iri() == null ? "" : region.iri().getURI());
            LedgerSum sum = sums.computeIfAbsent(key, k -> new LedgerSum(programme, programmeName, region, figure));
            sum.add(figure, figure.reason() == null ? null : label(data, entry) + " (" + figure.reason() + ")");
        }
        Graph ledger = GraphFactory.createDefaultGraph();
        for (var sum : sums.entrySet()) {
            Node row = NodeFactory.createURI(ResearchTables.graph(TABLE) + "/"
                    + ProgrammeLinkRows.md5(String.join("\t", sum.getKey().stream().map(String::valueOf).toList())));
            sum.getValue().write(row, ledger);
        }
        return ledger;
    }

    /** The figure's Chinese label, else the end of its IRI (as the full-graph form writes it). */
    private static String label(DatasetGraph data, LedgerEntry entry) {
        Node figure = GraphValues.uri(entry.figure);
        var labels = data.find(Node.ANY, figure, RDFS.label.asNode(), Node.ANY);
        try {
            while (labels.hasNext()) {
                Node label = labels.next().getObject();
                if (GraphValues.isZh(label)) return label.getLiteralLexicalForm();
            }
        } finally {
            Iter.close(labels);
        }
        return entry.figure.substring(entry.figure.indexOf("/doc/") + "/doc/".length());
    }
}
