package org.fuliankg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.fuliankg.SeedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract dumps as streamed downloads over HTTP, from the seeds in a real TDB2 store behind a server whose row
 * limit ({@value #MAX_ROWS}) is smaller than every dump: each dump is served whole, with the query's header, and
 * gives the very rows the SPARQL endpoint gives page by page with LIMIT/OFFSET.
 */
class TableDumpTest {

    private static final int MAX_ROWS = 5;
    private static final List<String> CONTRACT_DUMPS = List.of("fundings", "officials", "organisations", "programmes");

    private static KgServer server;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void buildAndServeSeeds() throws IOException {
        server = KgServer.start(SeedStore.dataset(),
                new KgServer.Settings("127.0.0.1", 0, false, MAX_ROWS, null));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void aDumpLargerThanTheRowLimitStreamsWholeWithTheRowsOfLimitOffsetPaging() throws Exception {
        for (String name : CONTRACT_DUMPS) {
            HttpResponse<String> dump = get("/table/" + name + ".csv");
            assertEquals(200, dump.statusCode(), name);
            assertTrue(dump.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), name);
            List<String> lines = dump.body().lines().toList();
            List<String> paged = paged(Files.readString(Path.of("queries", name + ".rq")));
            assertEquals(paged.get(0), lines.get(0), name + ": the header");
            assertTrue(paged.size() - 1 > MAX_ROWS, name + " has more rows than the limit: " + (paged.size() - 1));
            assertEquals(paged, lines, name + ": the same rows in the same order");
        }
    }

    @Test
    void tsvAndJsonCarryTheSameRows() throws Exception {
        long csvRows = get("/table/officials.csv").body().lines().count() - 1;
        assertEquals(csvRows, get("/table/officials.tsv").body().lines().count() - 1);
        var json = JSON.parseAny(get("/table/officials.json").body()).getAsObject();
        assertEquals(csvRows, json.get("results").getAsObject().get("bindings").getAsArray().size());
    }

    @Test
    void anUnknownTableIsA404NamingTheTables() throws Exception {
        HttpResponse<String> response = get("/table/no-such-table.csv");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("fundings"), response.body());
        assertEquals(404, get("/table/fundings.xlsx").statusCode());
    }

    @Test
    void aServerGivenAnotherQueryFolderServesItsTablesAndListsItsQueries(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("federation-names.rq"), "# 妇联名称\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                + "SELECT DISTINCT ?name WHERE { ?f skos:prefLabel ?name FILTER (CONTAINS(STR(?name), \"妇联\")) } ORDER BY ?name\n");
        try (KgServer other = KgServer.start(SeedStore.dataset(), new KgServer.Settings("127.0.0.1", 0, false, MAX_ROWS,
                null), folder)) {
            HttpResponse<String> table = http.send(HttpRequest.newBuilder(URI.create(other.datasetUrl()
                    + "/table/federation-names.csv")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, table.statusCode(), table.body());
            assertTrue(table.body().lines().count() - 1 > MAX_ROWS && table.body().contains("成都市妇联"), table.body());
            HttpResponse<String> contract = http.send(HttpRequest.newBuilder(URI.create(other.datasetUrl()
                    + "/table/fundings.csv")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, contract.statusCode(), "the folder holds no fundings.rq");
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(other.datasetUrl()
                    .replace("/kg", "/query"))).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(page.body().contains("federation-names"), "the query page lists the folder's queries");
            assertFalse(page.body().contains("funding-ledger"), "and only them");
        }
    }

    /** The query's CSV answer from the endpoint, LIMIT/OFFSET page after page: the header, then every row. */
    private static List<String> paged(String query) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int offset = 0; ; offset += MAX_ROWS) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql"))
                    .header("Accept", "text/csv").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(
                            query + "\nLIMIT " + MAX_ROWS + " OFFSET " + offset, StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), page.body());
            List<String> rows = page.body().lines().toList();
            if (lines.isEmpty()) lines.add(rows.get(0));
            lines.addAll(rows.subList(1, rows.size()));
            if (rows.size() - 1 < MAX_ROWS) return lines;
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
