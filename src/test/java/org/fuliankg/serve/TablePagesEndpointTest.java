package org.fuliankg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.fuliankg.build.CorpusStore;
import org.fuliankg.build.InputFiles;
import org.fuliankg.generate.CorpusGenerator;
import org.fuliankg.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages of the contract dumps over SPARQL (their query with LIMIT/OFFSET, as a researcher or the load test pages
 * them), on a real server over a TDB2 store of generated articles: each page, cut from the order written with the
 * store ({@code tables/NAME.order}), is byte for byte the page the engine computes from the store by the same query,
 * in JSON and CSV, also as a researcher writes it (other spacing, LIMIT before OFFSET or OFFSET alone); the CSV pages
 * one after another are the dump written with the store (the whole query's answer), row for row; and the server
 * sorted no table for them. {@code -Dpages.articles=1000} for a larger store.
 */
class TablePagesEndpointTest {

    private static final int ARTICLES = Integer.getInteger("pages.articles", 80);
    /** Rows of a page: odd, so pages end anywhere. */
    private static final int PAGE = 97;

    @TempDir
    static Path tmp;
    private static Path store;
    private static DatasetGraph dataset;
    private static KgServer server;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void serve() throws Exception {
        Path texts = Files.createDirectories(tmp.resolve("texts"));
        new CorpusGenerator(31).write(ARTICLES, texts);
        Files.delete(texts.resolve(CorpusGenerator.GOLD_FILE));
        store = CorpusStore.update(tmp.resolve("data"), InputFiles.collect(List.of(texts)), 2).store();
        dataset = TdbStore.open(store, 0);
        server = KgServer.start(dataset, KgServer.Settings.readOnly("127.0.0.1", 0), Path.of("queries"));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (dataset != null) TdbStore.close(dataset);
    }

    @Test
    void everyPageIsTheEnginesPageAndTheCsvPagesAreTheDump() throws Exception {
        for (String name : List.of("fundings", "officials", "funding-ledger")) {
            String query = Files.readString(Path.of("queries", name + ".rq"));
            assertTrue(Files.isRegularFile(store.resolve("tables/" + name + ".order")), name + ": its order is written");
            byte[] dump = Files.readAllBytes(store.resolve("tables/" + name + ".csv"));
            String[] lines = new String(dump, StandardCharsets.UTF_8).split("\r\n", -1);
            int rows = lines.length - 2; // the header, and nothing after the last line's end
            assertTrue(rows > 3 * PAGE, name + ": " + rows + " rows, several pages");
            StringBuilder csvPages = new StringBuilder(lines[0]).append("\r\n");
            for (int offset = 0; offset <= rows; offset += PAGE) {
                String page = query + "\nLIMIT " + PAGE + " OFFSET " + offset + "\n";
                for (String type : List.of("application/sparql-results+json", "text/csv")) {
                    String served = post(page, type);
                    Lang lang = type.equals("text/csv") ? ResultSetLang.RS_CSV : ResultSetLang.RS_JSON;
                    assertEquals(engineAnswer(page, lang), served, name + " " + type + " from row " + offset);
                    if (lang.equals(ResultSetLang.RS_CSV)) csvPages.append(served.substring(served.indexOf("\r\n") + 2));
                }
            }
            assertEquals(new String(dump, StandardCharsets.UTF_8), csvPages.toString(),
                    name + ": the pages one after another are the dump written with the store");
            // as a researcher may write a page: the query's text reformatted, OFFSET first, or OFFSET alone
            String reformatted = query.replaceAll("(?m)^#.*\n", "").replace("\n", " \n  ");
            for (String page : List.of(reformatted + " OFFSET " + (rows - 5) + " LIMIT 3",
                    query + "\nOFFSET " + (rows - 2))) {
                assertEquals(engineAnswer(page, ResultSetLang.RS_JSON), post(page, "application/sparql-results+json"),
                        name + ": " + page.substring(page.length() - 20));
            }
        }
        assertEquals(0, server.tableSorts(), "every page cut from the order written with the store: no table sorted");
    }

    /**
     * Pages of the dumps that are no table query ({@code organisations}, {@code programmes}: DISTINCT over the whole
     * graph) are cut from their answer written with the store: each is the engine's page, and its work is bounded by
     * its rows, so it computes in the bounded lane. Computed by the engine, every page (the empty one past the end
     * too) was the whole query again in the single expensive slot, and under load the second page of a dump waited
     * there for the first past the time limit (session 14's short load tests).
     */
    @Test
    void pagesOfTheDistinctDumpsAreCutFromTheirAnswerWrittenWithTheStore() throws Exception {
        for (String name : List.of("organisations", "programmes")) {
            String query = Files.readString(Path.of("queries", name + ".rq"));
            assertTrue(Files.isRegularFile(store.resolve("tables/" + name + ".srj.gz")), name + ": its answer is written");
            byte[] dump = Files.readAllBytes(store.resolve("tables/" + name + ".csv"));
            int rows = new String(dump, StandardCharsets.UTF_8).split("\r\n", -1).length - 2;
            assertTrue(rows > 3 * PAGE, name + ": " + rows + " rows, several pages");
            StringBuilder csvPages = new StringBuilder();
            for (int offset = 0; offset <= rows + PAGE; offset += PAGE) {
                String page = query + "\nLIMIT " + PAGE + " OFFSET " + offset + "\n";
                assertEquals(Math.max(0, Math.min(PAGE, rows - offset)), server.storedPage(page),
                        name + " from row " + offset + ": cut from the answer written with the store, never the whole "
                                + "query in the expensive slot");
                for (String type : List.of("application/sparql-results+json", "text/csv")) {
                    String served = post(page, type);
                    Lang lang = type.equals("text/csv") ? ResultSetLang.RS_CSV : ResultSetLang.RS_JSON;
                    assertEquals(engineAnswer(page, lang), served, name + " " + type + " from row " + offset);
                    if (lang.equals(ResultSetLang.RS_CSV)) {
                        csvPages.append(offset == 0 ? served : served.substring(served.indexOf("\r\n") + 2));
                    }
                }
            }
            assertEquals(new String(dump, StandardCharsets.UTF_8), csvPages.toString(),
                    name + ": the pages one after another are the dump written with the store");
            String reformatted = query.replaceAll("(?m)^#.*\n", "").replace("\n", " \n  ");
            String late = reformatted + " OFFSET " + (rows - 5) + " LIMIT 3";
            assertEquals(3, server.storedPage(late), name + ": reformatted, OFFSET first");
            assertEquals(engineAnswer(late, ResultSetLang.RS_JSON), post(late, "application/sparql-results+json"));
        }
    }

    private static String post(String query, String accept) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql"))
                .header("Content-Type", "application/sparql-query; charset=utf-8").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    /** The page as the engine computes it from the store (every row, sorted, sliced), written by Jena's writer. */
    private static String engineAnswer(String query, Lang lang) {
        var answer = new ByteArrayOutputStream();
        Txn.executeRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(QueryFactory.create(query)).build()) {
                RowSetWriterRegistry.getFactory(lang).create(lang).write(answer, exec.select(), exec.getContext());
            }
        });
        return answer.toString(StandardCharsets.UTF_8);
    }
}
