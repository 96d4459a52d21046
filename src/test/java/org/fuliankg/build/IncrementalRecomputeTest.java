package org.fuliankg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.fuliankg.generate.CorpusGenerator;
import org.fuliankg.rdf.table.ResearchTables;
import org.fuliankg.store.TdbStore;
import org.fuliankg.store.table.SummaryTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental rebuild that changes one of thirty documents recomputes only what that document touches, and its
 * build report says how much: the changed document's rows of the per-document tables (dropped and written), the
 * summary rows of the parts it touches (no more than the rows naming something of that document, a few of all),
 * and the ledger rows it changes (exactly those that differ between the stores before and after). Each figure is
 * checked against the two stores themselves, so a rebuild that recomputed every summary row (as before session 13)
 * or rewrote the whole ledger fails here.
 */
class IncrementalRecomputeTest {

    private static final int ARTICLES = 30;
    private static final int CHANGED = 3;

    @TempDir
    Path tmp;

    /** The derived tables of a store and the changed document's graph, read into memory; its rows as (table, row). */
    private record Snapshot(DatasetGraph tables, Graph document, Set<List<Node>> documentRows) {}

    @Test
    void changingOneDocumentRecomputesOnlyItsRowsTheSummaryPartsAndTheLedgerRowsItTouches() throws IOException {
        Path corpus = tmp.resolve("corpus");
        new CorpusGenerator(1).write(ARTICLES, corpus);
        Files.delete(corpus.resolve(CorpusGenerator.GOLD_FILE));
        Path data = tmp.resolve("data");
        var first = CorpusStore.update(data, InputFiles.collect(List.of(corpus)), 2);
        assertTrue(first.report().derived().full(), "the first build computes every row");
        String graph = first.report().graphs().entrySet().stream()
                .filter(e -> e.getKey().endsWith(CorpusGenerator.fileName(CHANGED))).findFirst().orElseThrow()
                .getValue().get(0);
        Snapshot before = snapshot(first.store(), graph); // the rebuild removes the old store once it is current

        new CorpusGenerator(7).overwrite(CHANGED, corpus); // another article in the same file
        var rebuilt = CorpusStore.update(data, InputFiles.collect(List.of(corpus)), 2);
        assertEquals(ARTICLES - 1, rebuilt.report().kept(), rebuilt.report().summary());
        TdbStore.Derived derived = rebuilt.report().derived();
        assertFalse(derived.full(), "an incremental rebuild");
        assertTrue(rebuilt.report().graphs().values().stream().anyMatch(g -> g.contains(graph)), "the same graph");
        Snapshot after = snapshot(rebuilt.store(), graph);

        // the per-document tables: the changed document's old rows dropped, its new rows written, no other
        assertTrue(!before.documentRows().isEmpty() && !after.documentRows().isEmpty(), "the document has rows");
        assertEquals(before.documentRows().size() + after.documentRows().size(), derived.documentRows(),
                rebuilt.report().summary());

        // the ledger: summed whole, but only the rows the document's figures touch are written
        Node ledger = NodeFactory.createURI(ResearchTables.graph("ledger"));
        Set<Node> ledgerChanged = changedRows(before.tables().getGraph(ledger), after.tables().getGraph(ledger));
        assertEquals(rows(after.tables().getGraph(ledger)).size(), derived.ledgerRows());
        assertEquals(ledgerChanged.size(), derived.ledgerRowsChanged(), rebuilt.report().summary());
        assertTrue(derived.ledgerRowsChanged() < derived.ledgerRows() / 4,
                derived.ledgerRowsChanged() + " of " + derived.ledgerRows() + " ledger rows written");

        // the summaries: only the parts the document touches recomputed
        int summaryRows = 0;
        int changedSummaryRows = 0;
        int changedAndKept = 0;
        int naming = 0;
        Set<String> documentValues = values(before, after);
        for (String summary : SummaryTables.graphs()) {
            Graph old = before.tables().getGraph(NodeFactory.createURI(summary));
            Graph now = after.tables().getGraph(NodeFactory.createURI(summary));
            Set<Node> changed = changedRows(old, now);
            summaryRows += rows(now).size();
            changedSummaryRows += changed.size();
            changedAndKept += (int) changed.stream().filter(row -> now.contains(row, Node.ANY, Node.ANY)).count();
            for (Node row : rows(now)) {
                if (now.find(row, Node.ANY, Node.ANY).toList().stream()
                        .anyMatch(t -> naming(t.getObject()) && documentValues.contains(text(t.getObject())))) {
                    naming++;
                }
            }
        }
        String recomputed = derived.summaryRowsRecomputed() + " of " + summaryRows + " summary rows recomputed, "
                + changedSummaryRows + " changed, " + naming + " name something of the document";
        assertEquals(summaryRows, derived.summaryRows(), recomputed);
        assertEquals(changedSummaryRows, derived.summaryRowsChanged(), recomputed);
        assertTrue(changedAndKept <= derived.summaryRowsRecomputed(), "every changed row recomputed: " + recomputed);
        assertTrue(derived.summaryRowsRecomputed() <= naming, "only rows of parts the document touches: " + recomputed);
        assertTrue(derived.summaryRowsRecomputed() < summaryRows / 4, "not every summary row: " + recomputed);
        System.out.println(rebuilt.report().summary());
    }

    /**
     * Whether a summary cell can be the key of a part: a thing (an IRI) or a name (text, not a count or a year); a
     * part's key is a value of the document or its STR.
     */
    private static boolean naming(Node cell) {
        if (cell.isURI()) return true;
        if (!cell.isLiteral()) return false;
        String text = cell.getLiteralLexicalForm();
        return (!cell.getLiteralLanguage().isEmpty() || cell.getLiteralDatatypeURI().endsWith("#string"))
                && text.length() > 1 && !text.chars().allMatch(Character::isDigit);
    }

    /** The rows of a table graph. */
    private static Set<Node> rows(Graph table) {
        return table.find().mapWith(Triple::getSubject).toSet();
    }

    /** The rows added, removed, or with a cell changed between two versions of a table. */
    private static Set<Node> changedRows(Graph before, Graph after) {
        Set<Node> changed = new HashSet<>();
        before.find().filterDrop(after::contains).forEachRemaining(t -> changed.add(t.getSubject()));
        after.find().filterDrop(before::contains).forEachRemaining(t -> changed.add(t.getSubject()));
        return changed;
    }

    /** Every node of the document's graphs and rows, before and after, as text (a summary keys by a value or its STR). */
    private static Set<String> values(Snapshot... snapshots) {
        Set<String> values = new HashSet<>();
        for (Snapshot snapshot : snapshots) {
            snapshot.document().find().forEachRemaining(t -> {
                values.add(text(t.getSubject()));
                values.add(text(t.getObject()));
            });
            for (String table : ResearchTables.PER_DOCUMENT) {
                Graph rows = snapshot.tables().getGraph(NodeFactory.createURI(ResearchTables.graph(table)));
                for (List<Node> row : snapshot.documentRows()) {
                    rows.find(row.get(1), Node.ANY, Node.ANY).forEachRemaining(t -> values.add(text(t.getObject())));
                }
            }
        }
        return values;
    }

    private static String text(Node node) {
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }

    private static Snapshot snapshot(Path store, String documentGraph) {
        DatasetGraph dataset = TdbStore.open(store, 0);
        try {
            return Txn.calculateRead(dataset, () -> {
                DatasetGraph tables = DatasetGraphFactory.createGeneral();
                List<String> graphs = new ArrayList<>(ResearchTables.graphs());
                graphs.addAll(SummaryTables.graphs());
                for (String g : graphs) dataset.find(NodeFactory.createURI(g), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(tables::add);
                Graph document = GraphFactory.createDefaultGraph();
                dataset.getGraph(NodeFactory.createURI(documentGraph)).find().forEachRemaining(document::add);
                Set<List<Node>> rows = new HashSet<>();
                ResearchTables.rowsOf(dataset, documentGraph).forEach(q -> rows.add(List.of(q.getGraph(), q.getSubject())));
                return new Snapshot(tables, document, rows);
            });
        } finally {
            TdbStore.close(dataset);
        }
    }
}
