package org.fuliankg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The query bounds over HTTP on a real Fuseki: a 1 s time limit and a 1,000-result limit over 2,000 triples. The
 * slow queries join the data with itself three times (8·10⁹ combinations) behind a filter no combination passes,
 * so they never finish on their own and produce nothing before the limit.
 */
class QueryLimitsTest {

    private static final int TRIPLES = 2_000;
    private static final int MAX_RESULTS = 1_000;
    private static final String ENDLESS = "?a ?b ?c . ?d ?e ?f . ?g ?h ?i "
            + "FILTER(STRLEN(CONCAT(STR(?c), STR(?f), STR(?i))) < 0)";

    private static KgServer server;

    @BeforeAll
    static void serveGeneratedData() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < TRIPLES; i++) {
            dataset.add(Quad.defaultGraphIRI, NodeFactory.createURI("urn:x:s" + i),
                    NodeFactory.createURI("urn:x:p" + i % 7), NodeFactory.createLiteralString("value " + i));
        }
        dataset.getContext().set(ARQ.queryTimeout, "1000");
        server = KgServer.start(dataset, new KgServer.Settings("127.0.0.1", 0, false, MAX_RESULTS, null));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aQueryOverTheTimeLimitGets503WithTheLimitInEveryResultForm() throws Exception {
        Map<String, String> queries = Map.of(
                "SELECT * WHERE { " + ENDLESS + " }", "application/sparql-results+json",
                "SELECT ?a ?i WHERE { " + ENDLESS + " }", "text/csv",
                "SELECT (COUNT(*) AS ?n) WHERE { " + ENDLESS + " }", "text/tab-separated-values",
                "CONSTRUCT { ?a ?b ?i } WHERE { " + ENDLESS + " }", "text/turtle",
                "ASK { " + ENDLESS + " }", "application/sparql-results+json");
        for (var query : queries.entrySet()) {
            var response = query(query.getKey(), query.getValue());
            assertEquals(503, response.statusCode(), query.getKey() + "\n" + response.body());
            assertTrue(response.body().contains("Query timed out") && response.body().contains("time limit of 1 s")
                    && response.body().contains("--timeout"), response.body());
        }
        assertNoQueryIsRunning();
        var after = query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/csv");
        assertEquals(200, after.statusCode());
        assertEquals("n\r\n" + TRIPLES + "\r\n", after.body());
    }

    @Test
    void aClientsShorterTimeoutIsTheOneReported() throws Exception {
        var response = send(HttpRequest.newBuilder(url("/kg/sparql?timeout=1")).header("Accept", "text/csv")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("query=" + java.net.URLEncoder.encode(
                        "SELECT * WHERE { " + ENDLESS + " }", StandardCharsets.UTF_8))).build());
        assertEquals(503, response.statusCode());
        assertTrue(response.body().contains("time limit of 1 s"), response.body());
    }

    @Test
    void aResultOverTheLimitIsRefusedNotCut() throws Exception {
        for (String query : List.of("SELECT * WHERE { ?s ?p ?o }", "CONSTRUCT WHERE { ?s ?p ?o }",
                "DESCRIBE ?s WHERE { ?s ?p ?o }")) {
            var response = query(query, "text/csv, text/turtle;q=0.9");
            assertEquals(BoundedQueryService.TOO_LARGE, response.statusCode(), query);
            assertTrue(response.body().contains("Result too large") && response.body().contains("more than 1000")
                    && response.body().contains("--max-rows"), response.body());
        }
    }

    @Test
    void aCrossProductIsAnsweredWithTheErrorItWouldEndInWithoutComputing() throws Exception {
        // 2,000² rows: past the row limit
        var listed = query("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }", "text/csv");
        assertEquals(BoundedQueryService.TOO_LARGE, listed.statusCode(), listed.body());
        assertTrue(listed.body().contains("more than 1000"), listed.body());
        // 2,000³ rows to count: more than any engine goes through in the limit of 1 s
        var counted = query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "text/csv");
        assertEquals(503, counted.statusCode(), counted.body());
        assertTrue(counted.body().contains("Query refused") && counted.body().contains("time limit of 1 s")
                && counted.body().contains("--timeout"), counted.body());
    }

    @Test
    void aResultAtTheLimitIsServedWhole() throws Exception {
        var rows = query("SELECT ?s WHERE { ?s ?p ?o } LIMIT " + MAX_RESULTS, "text/csv");
        assertEquals(200, rows.statusCode());
        assertEquals(MAX_RESULTS + 1, rows.body().lines().count()); // header + rows
        var triples = query("CONSTRUCT WHERE { ?s ?p ?o } LIMIT " + MAX_RESULTS, "application/n-triples");
        assertEquals(200, triples.statusCode());
        assertEquals(MAX_RESULTS, triples.body().lines().filter(line -> !line.isBlank()).count());
    }

    /** The timed-out work has ended: no thread is still inside the query engine once the errors have arrived. */
    private static void assertNoQueryIsRunning() throws InterruptedException {
        List<String> running = List.of();
        for (int attempt = 0; attempt < 20; attempt++) { // the engine unwinds while the response is sent
            running = Thread.getAllStackTraces().entrySet().stream()
                    .filter(e -> Arrays.stream(e.getValue())
                            .anyMatch(frame -> frame.getClassName().startsWith("org.apache.jena.sparql.engine")))
                    .map(e -> e.getKey().getName()).toList();
            if (running.isEmpty()) return;
            Thread.sleep(100);
        }
        throw new AssertionError("threads still executing a query: " + running);
    }

    private static HttpResponse<String> query(String sparql, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(url("/kg/sparql")).header("Accept", accept)
                .header("Content-Type", "application/sparql-query")
                .POST(BodyPublishers.ofString(sparql, StandardCharsets.UTF_8)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
