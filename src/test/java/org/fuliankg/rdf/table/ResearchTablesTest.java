package org.fuliankg.rdf.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.fuliankg.SeedStore;
import org.fuliankg.build.CorpusStore;
import org.fuliankg.build.InputFiles;
import org.fuliankg.generate.CorpusGenerator;
import org.fuliankg.store.TdbStore;
import org.fuliankg.store.table.SummaryTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The research tables are derived data: the tables a build or an incremental rebuild leaves in a store equal those
 * recomputed from its document graphs (the summaries: from the tables they sum), and every query that reads them
 * gives the rows its full-graph form (queries/full-graph/) computes from the document graphs, also when the server
 * reads its table block with TableGraphDump.
 */
class ResearchTablesTest {

    /** Generated articles for the store built here; {@code -Dtables.articles=1000} for the larger check by hand. */
    private static final int ARTICLES = Integer.getInteger("tables.articles", 100);

    @TempDir
    Path tmp;

    @Test
    void theSeedsGiveTheSameAnswersFromTablesAsFromTheirGraphs() throws IOException {
        DatasetGraph seeds = SeedStore.dataset();
        Txn.executeRead(seeds, () -> {
            assertTablesAreRecomputed(seeds);
            assertQueriesAgree(seeds, "谭学军", "成都市妇联");
        });
    }

    @Test
    void aGeneratedCorpusAndItsIncrementalRebuildKeepTablesEqualToARecomputation() throws IOException {
        Path texts = Files.createDirectories(tmp.resolve("texts"));
        List<Path> files = new CorpusGenerator(11).write(ARTICLES, texts);
        Files.delete(texts.resolve(CorpusGenerator.GOLD_FILE));
        Path data = tmp.resolve("data");
        List<String> summaries = checkStore(CorpusStore.update(data, InputFiles.collect(List.of(texts)), 2).store());

        // an incremental rebuild: one document added (the old text of one about to change), three changed, one removed
        Files.copy(files.get(40), texts.resolve("added.txt"));
        CorpusGenerator other = new CorpusGenerator(12);
        for (int i : new int[] {3, 40, 41}) other.overwrite(i, texts);
        Files.delete(files.get(7));
        var rebuilt = CorpusStore.update(data, InputFiles.collect(List.of(texts)), 2);
        assertTrue(rebuilt.rebuilt());
        assertEquals(ARTICLES - 4, rebuilt.report().kept(), "an incremental rebuild keeps the other documents");
        assertNotEquals(summaries, checkStore(rebuilt.store()),
                "the changed documents changed the summaries, which the rebuild recomputed in part");
    }

    /** Checks the tables and queries of a store; returns its summaries' triples. */
    private static List<String> checkStore(Path store) {
        DatasetGraph dataset = TdbStore.open(store, 0);
        try {
            return Txn.calculateRead(dataset, () -> {
                assertTablesAreRecomputed(dataset);
                assertQueriesAgree(dataset, TableQueries.mostFrequent(dataset, "rowName"),
                        TableQueries.mostFrequent(dataset, "rowOrganisationName"));
                // the corpus is large enough for a ledger row to count its left-out figures instead of listing them,
                // so the two forms were compared on that too
                var ledger = dataset.getGraph(NodeFactory.createURI(ResearchTables.graph(LedgerTable.TABLE)));
                assertTrue(TableQueries.triples(ledger).stream().anyMatch(t -> t.contains("figures left out (too many to list")),
                        "a ledger row counts what it leaves out");
                List<String> summaries = new ArrayList<>();
                SummaryTables.graphs().forEach(g -> summaries.addAll(TableQueries.triples(dataset.getGraph(NodeFactory.createURI(g)))));
                summaries.sort(null);
                return summaries;
            });
        } finally {
            TdbStore.close(dataset);
        }
    }

    /**
     * The tables of rows equal those recomputed from the document graphs, and the summaries those recomputed from
     * the tables (and graphs) they sum.
     */
    static void assertTablesAreRecomputed(DatasetGraph dataset) {
        assertEqualToStored(dataset, ResearchTables.computed(dataset), ResearchTables.graphs());
        assertEqualToStored(dataset, SummaryTables.computed(dataset), SummaryTables.graphs());
    }

    private static void assertEqualToStored(DatasetGraph dataset, DatasetGraph computed, List<String> tables) {
        for (String table : tables) {
            var recomputed = computed.getGraph(NodeFactory.createURI(table));
            var stored = dataset.getGraph(NodeFactory.createURI(table));
            assertFalse(recomputed.isEmpty(), table + " has rows");
            assertEquals(TableQueries.triples(recomputed), TableQueries.triples(stored), table + " equals its recomputation");
        }
    }

    /**
     * Each rewritten query gives the same rows as its full-graph form, also with the name and the federation of
     * post-timeline.rq and who-led-when.rq set to ones the data holds.
     */
    static void assertQueriesAgree(DatasetGraph dataset, String name, String federation) {
        for (String query : TableQueries.REWRITTEN) {
            List<String> tableRows = TableQueries.rows(dataset, "queries/" + query, name, federation);
            List<String> fullRows = TableQueries.rows(dataset, "queries/full-graph/" + query, name, federation);
            String fullOrder = TableQueries.order("queries/full-graph/" + query);
            String tableOrder = TableQueries.order("queries/" + query);
            assertTrue(tableOrder.startsWith(fullOrder.replaceAll("]$", "")), query + ": " + tableOrder + " refines " + fullOrder);
            assertFalse(fullRows.isEmpty(), query + " has rows");
            assertEquals(fullRows, tableRows, query);
            List<String> read = TableQueries.tableReaderRows(dataset, "queries/" + query, name, federation);
            if (read != null) assertEquals(tableRows, read, query + ": the table reader gives the engine's rows");
        }
    }
}
