package org.fuliankg.store.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.fuliankg.rdf.table.ResearchTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages of a table query served from the order kept for it give the plain query's rows: each page the engine's page
 * of the same query, their concatenation the whole answer (also where the order leaves rows tied, and with a row
 * of two values in a column), on a TDB2 store and on a plain dataset; the whole table is sorted once for all pages.
 */
class TablePagesTest {

    private static final String BLOCK = "SELECT ?kind ?a ?n WHERE { GRAPH <" + ResearchTables.graph("fundings") + "> { "
            + "?row <urn:x:kind> ?k ; <urn:x:amount> ?a . OPTIONAL { ?row <urn:x:note> ?n } }"
            + " BIND (STR(?k) AS ?kind) }";
    /** Contract-shaped: BINDs after the block, an order that ties no two rows (the row last). */
    private static final String TOTAL = BLOCK + " ORDER BY DESC(?kind) ?a ?row";
    /** An order leaving ten rows tied on each value. */
    private static final String TIED = BLOCK + " ORDER BY ?kind";

    @Test
    void eachPageIsTheEnginesPageAndTheTableIsSortedOnce() {
        for (DatasetGraph dataset : datasets()) {
            TablePages pages = new TablePages();
            for (int size : List.of(1, 4, 7, 40)) {
                for (int offset = 0; offset <= 35; offset += size) {
                    Query page = QueryFactory.create(TOTAL + " LIMIT " + size + " OFFSET " + offset);
                    List<String> engine = Txn.calculateRead(dataset, () -> {
                        try (QueryExec exec = QueryExec.dataset(dataset).query(page).build()) {
                            return TableGraphDumpTest.lines(page, exec.select());
                        }
                    });
                    assertEquals(engine, paged(pages, dataset, page), "LIMIT " + size + " OFFSET " + offset);
                }
            }
            assertEquals(1, pages.sorted(), "one sort of the whole table for every page of the query");
        }
    }

    @Test
    void pagesOfATiedOrderTogetherAreTheWholeAnswer() {
        for (DatasetGraph dataset : datasets()) {
            Query whole = QueryFactory.create(TIED);
            List<String> answer = Txn.calculateRead(dataset,
                    () -> TableGraphDumpTest.lines(whole, TableGraphDump.rows(whole, dataset)));
            assertEquals(31, answer.size(), "30 rows, one with two amounts");
            TablePages pages = new TablePages();
            for (int size : List.of(1, 3, 8)) {
                List<String> concatenated = new ArrayList<>();
                for (int offset = 0; offset < answer.size() + size; offset += size) {
                    Query page = QueryFactory.create(TIED + " LIMIT " + size + " OFFSET " + offset);
                    concatenated.addAll(paged(pages, dataset, page));
                }
                assertEquals(answer, concatenated, "pages of " + size);
            }
        }
    }

    @Test
    void pagesCutFromAnOrderWrittenBeforeAreTheEnginesPagesWithoutASort(@TempDir Path tmp) throws Exception {
        DatasetGraph dataset = datasets().get(0); // a TDB2 store: the order is of its row ids
        for (String text : List.of(TOTAL, TIED)) {
            Query whole = QueryFactory.create(text);
            Path file = tmp.resolve(Integer.toHexString(text.hashCode()) + ".order");
            List<String> written = Txn.calculateRead(dataset, () -> {
                try {
                    return TableGraphDumpTest.lines(whole, TablePages.answerKeepingOrder(whole, dataset, file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            assertEquals(Txn.calculateRead(dataset, () -> TableGraphDumpTest.lines(whole, TableGraphDump.rows(whole, dataset))),
                    written, "the answer written with the order is the query's");
            TablePages pages = new TablePages(Map.of(QueryFactory.create(text), file));
            for (int size : List.of(1, 3, 8)) {
                for (int offset = 0; offset <= written.size(); offset += size) {
                    Query page = QueryFactory.create(text + " LIMIT " + size + " OFFSET " + offset);
                    List<String> engine = Txn.calculateRead(dataset, () -> {
                        try (QueryExec exec = QueryExec.dataset(dataset).query(page).build()) {
                            return TableGraphDumpTest.lines(page, exec.select());
                        }
                    });
                    assertEquals(Math.min(size, written.size() - offset), pages.storedPage(page));
                    if (text.equals(TOTAL)) assertEquals(engine, paged(pages, dataset, page), "LIMIT " + size + " OFFSET " + offset);
                    else assertEquals(written.subList(offset, Math.min(written.size(), offset + size)), paged(pages, dataset, page));
                }
            }
            assertEquals(0, pages.sorted(), "no sort: the order was read");
            String filtered = text.replace("AS ?kind) }", "AS ?kind) FILTER (?a > 100) }");
            assertEquals(-1, pages.storedPage(QueryFactory.create(filtered + " LIMIT 3")), "another query: no order of it");
            assertEquals(-1, pages.storedPage(whole), "not a page");
        }
    }

    @Test
    void pagesAskedAtOnceWaitForOneSortOfTheTable() throws Exception {
        DatasetGraph dataset = datasets().get(0);
        TablePages pages = new TablePages();
        int clients = 8;
        CyclicBarrier together = new CyclicBarrier(clients);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<String>>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Query page = QueryFactory.create(TOTAL + " LIMIT 4 OFFSET " + 3 * i);
                answers.add(pool.submit(() -> {
                    together.await();
                    return paged(pages, dataset, page);
                }));
            }
            for (int i = 0; i < clients; i++) {
                Query page = QueryFactory.create(TOTAL + " LIMIT 4 OFFSET " + 3 * i);
                List<String> engine = Txn.calculateRead(dataset, () -> {
                    try (QueryExec exec = QueryExec.dataset(dataset).query(page).build()) {
                        return TableGraphDumpTest.lines(page, exec.select());
                    }
                });
                assertEquals(engine, answers.get(i).get(), "page from row " + 3 * i);
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, pages.sorted(), "one request sorted the table, the others waited for its order");
    }

    @Test
    void onlyASliceOfAnOrderedQueryWithOneAnswerRowPerTableRowIsPaged() {
        DatasetGraph dataset = datasets().get(0);
        TablePages pages = new TablePages();
        String filtered = TOTAL.replace("AS ?kind) }", "AS ?kind) FILTER (?a > 100) }");
        String distinct = TOTAL.replace("SELECT ", "SELECT DISTINCT ");
        for (String text : List.of(filtered + " LIMIT 3", distinct + " LIMIT 3", TOTAL)) {
            Query query = QueryFactory.create(text);
            Txn.executeRead(dataset, () -> assertNull(pages.rows(query, dataset, null, () -> {}), text));
        }
        assertEquals(3, paged(pages, dataset, QueryFactory.create(TOTAL + " LIMIT 3 OFFSET 3")).size());
    }

    private static List<String> paged(TablePages pages, DatasetGraph dataset, Query page) {
        return Txn.calculateRead(dataset, () -> {
            var rows = pages.rows(page, dataset, null, () -> {});
            assertNotNull(rows, "paged: " + page);
            return TableGraphDumpTest.lines(page, rows);
        });
    }

    private static List<DatasetGraph> datasets() {
        List<DatasetGraph> datasets = List.of(DatabaseMgr.createDatasetGraph(), DatasetGraphFactory.createTxnMem());
        datasets.forEach(TableGraphDumpTest::fill);
        return datasets;
    }
}
