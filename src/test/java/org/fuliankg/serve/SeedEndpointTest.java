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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.fuliankg.build.CorpusStore;
import org.fuliankg.build.InputFiles;
import org.fuliankg.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole product on the seeds: build them into a TDB2 store, start the real Fuseki on a free loopback port and
 * ask the contract query over HTTP, as a researcher's script would.
 */
class SeedEndpointTest {

    private static final String INTERVIEWS = "003_60f0d1ff23c14434.txt";

    @TempDir
    static Path dataDir;

    private static KgServer server;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void buildAndServeSeeds() throws IOException {
        var result = CorpusStore.update(dataDir, InputFiles.collect(List.of(Path.of("seeds"))), 2);
        assertTrue(result.report().skipped().isEmpty(), "no seed is skipped: " + result.report().skipped());
        server = KgServer.start(TdbStore.open(result.store(), 30_000), "127.0.0.1", 0, false);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void officialsQueryListsEveryInterviewedChairWithHerFederation() throws Exception {
        String query = Files.readString(Path.of("queries/officials.rq"));
        var response = post("/kg/sparql", "application/sparql-query", query, "text/tab-separated-values");
        assertEquals(200, response.statusCode());

        // the first four columns (?orgWritten, the body as written, comes after them)
        Set<String> served = new HashSet<>(response.body().lines()
                .map(line -> String.join("\t", java.util.Arrays.asList(line.split("\t", -1)).subList(0, 4))).toList());
        Set<String> missing = new TreeSet<>();
        for (JsonValue item : interviewDocument().get("items").getAsArray()) {
            JsonObject interviewee = item.getAsObject().get("interviewee").getAsObject();
            String name = interviewee.get("name").getAsString().value();
            String org = interviewee.get("org").getAsString().value();
            for (JsonValue position : interviewee.get("positions").getAsArray()) {
                String row = String.join("\t", quoted(INTERVIEWS), quoted(name),
                        quoted(position.getAsString().value()), quoted(org));
                if (!served.contains(row)) missing.add(row);
            }
        }
        assertTrue(missing.isEmpty(), "rows missing from officials.rq: " + missing);
    }

    @Test
    void theEndpointRefusesUpdates() throws Exception {
        String insert = "INSERT DATA { <urn:x:s> <urn:x:p> \"written\" }";
        // Its own client: the server may close the connection after refusing, and a shared client would reuse it.
        var response = post(HttpClient.newHttpClient(), "/kg/update", "application/sparql-update", insert, "*/*");
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, "status " + response.statusCode());
        var check = post("/kg/sparql", "application/sparql-query", "ASK { ?s <urn:x:p> ?o }",
                "application/sparql-results+json");
        assertTrue(check.body().contains("false"), check.body());
    }

    @Test
    void aQueryOverTheTimeLimitOnTheStoreIsAnErrorNotACutAnswer() throws Exception {
        // Two scans of the 54k-quad store joined behind a filter nothing passes: it would run for hours.
        String endless = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f FILTER(STRLEN(CONCAT(STR(?c), STR(?f))) < 0) }";
        for (String accept : List.of("application/sparql-results+json", "text/csv")) {
            var response = post("/kg/sparql?timeout=1", "application/sparql-query", endless, accept);
            assertEquals(503, response.statusCode(), response.body());
            assertTrue(response.body().contains("time limit of 1 s"), response.body());
        }
    }

    @Test
    void aCrossProductOfTheStoresUnionGraphIsTooLargeBeforeItComputes() throws Exception {
        // the default graph is the union of the documents' graphs: its triples counted as the engine reads them
        var listed = post("/kg/sparql", "application/sparql-query", "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }", "text/csv");
        assertEquals(BoundedQueryService.TOO_LARGE, listed.statusCode(), listed.body());
        var counted = post("/kg/sparql?timeout=1", "application/sparql-query",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }", "text/csv");
        assertEquals(503, counted.statusCode(), counted.body());
        assertTrue(counted.body().contains("Query refused"), counted.body());
    }

    private static JsonObject interviewDocument() throws IOException {
        JsonObject gold = JSON.read("src/test/resources/gold/seeds-gold.json");
        return gold.get("documents").getAsArray().stream().map(JsonValue::getAsObject)
                .filter(d -> d.get("file").getAsString().value().equals(INTERVIEWS))
                .findFirst().orElseThrow();
    }

    private static String quoted(String value) {
        return "\"" + value + "\"";
    }

    private static HttpResponse<String> post(String path, String contentType, String body, String accept)
            throws IOException, InterruptedException {
        return post(http, path, contentType, body, accept);
    }

    private static HttpResponse<String> post(HttpClient client, String path, String contentType, String body,
                                             String accept) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", contentType + "; charset=utf-8")
                .header("Accept", accept)
                .POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return client.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
