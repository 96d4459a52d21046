package org.fuliankg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.riot.RDFParser;
import org.fuliankg.store.TdbStore;
import org.fuliankg.store.query.FederatedQueries;
import org.fuliankg.store.version.StoreManifest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real Fuseki server on a TDB2 store built from a two-graph fixture, spoken to over HTTP. */
class KgServerTest {

    private static final Path FIXTURE = Path.of("src/test/resources/serve/two-documents.trig");
    private static final String NAMES =
            "SELECT ?name WHERE { ?person <http://xmlns.com/foaf/0.1/name> ?name } ORDER BY ?name";
    private static final String NAMES_CSV = "name\r\n李明\r\n王芳\r\n";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

    @TempDir
    static Path dataDir;

    private static KgServer server;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void serveFixture() throws IOException {
        var update = new TdbStore(dataDir).update(StoreManifest.of("test", List.of(FIXTURE)),
                stream -> RDFParser.source(FIXTURE).parse(stream));
        server = KgServer.start(TdbStore.open(update.store(), 10_000), "127.0.0.1", 0, false);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void connectionsStaySilentLongerThanAQueryMayCompute() {
        // the store's limit is 10 s: a query stopped then must still find its connection open to send the 503
        assertEquals(40_000, server.connectionIdleMillis(), "Jetty's default is 30 s");
        assertEquals(150_000, KgServer.idleMillis(120_000), "a 2-minute limit keeps connections 30 s longer");
        assertEquals(-1, KgServer.idleMillis(0), "no query limit: no idle limit either");
    }

    @Test
    void selectByGetOnSparqlQueriesTheUnionOfNamedGraphs() throws Exception {
        var response = get("/kg/sparql?query=" + encode(NAMES));
        assertEquals(200, response.statusCode());
        assertEquals(NAMES_CSV, response.body());
    }

    @Test
    void selectByPostOnQueryAnswersTheSame() throws Exception {
        var form = post("/kg/query", "application/x-www-form-urlencoded", "query=" + encode(NAMES));
        assertEquals(200, form.statusCode());
        assertEquals(NAMES_CSV, form.body());
        var direct = post("/kg/query", "application/sparql-query", NAMES);
        assertEquals(200, direct.statusCode());
        assertEquals(NAMES_CSV, direct.body());
    }

    @Test
    void updatesAreRefusedAndTheDataStaysTheSame() throws Exception {
        String insert = "INSERT DATA { <urn:x:s> <urn:x:p> \"added\" }";
        List<HttpRequest> attempts = List.of(
                postRequest("/kg/update", "application/x-www-form-urlencoded", "update=" + encode(insert)),
                postRequest("/kg/sparql", "application/x-www-form-urlencoded", "update=" + encode(insert)),
                postRequest("/kg/sparql", "application/sparql-update", insert),
                postRequest("/kg", "application/sparql-update", insert),
                HttpRequest.newBuilder(url("/kg?default")).header("Content-Type", "text/turtle")
                        .PUT(BodyPublishers.ofString("<urn:x:s> <urn:x:p> \"put\" .")).build());
        for (var attempt : attempts) {
            // A fresh connection each: the server may close one after refusing a request whose body it did not read.
            int status = HttpClient.newHttpClient().send(attempt, BodyHandlers.ofString()).statusCode();
            assertTrue(status >= 400 && status < 500, attempt.method() + " " + attempt.uri() + " answered " + status);
        }
        assertEquals("n\r\n5\r\n", get("/kg/sparql?query=" + encode(COUNT)).body());
    }

    @Test
    void malformedQueryGets400WithTheParserMessage() throws Exception {
        var response = get("/kg/sparql?query=" + encode("SELECT ?x WHERE { ?x"));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("line 1"), response.body());
    }

    @Test
    void graphStoreReadsOneDocumentsGraph() throws Exception {
        var response = get("/kg?graph=" + encode("https://example.org/kg/graph-a"));
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("李明"), response.body());
        assertFalse(response.body().contains("王芳"), response.body());
    }

    @Test
    void serviceCallsToOtherEndpointsCarryOurUserAgent() throws Exception {
        var userAgents = new CopyOnWriteArrayList<String>();
        HttpServer remote = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        remote.createContext("/sparql", exchange -> {
            userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
            byte[] answer = "{\"head\":{\"vars\":[\"item\"]},\"results\":{\"bindings\":[{\"item\":{\"type\":\"uri\",\"value\":\"http://www.wikidata.org/entity/Q1\"}}]}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        remote.start();
        try {
            String federated = "SELECT ?item WHERE { SERVICE <http://127.0.0.1:" + remote.getAddress().getPort()
                    + "/sparql> { ?item ?p ?o } }";
            var response = get("/kg/sparql?query=" + encode(federated));
            assertEquals("item\r\nhttp://www.wikidata.org/entity/Q1\r\n", response.body());
            assertEquals(List.of(FederatedQueries.USER_AGENT), userAgents);
        } finally {
            remote.stop(0);
        }
    }

    @Test
    void pingAnswers() throws Exception {
        assertEquals(200, get("/$/ping").statusCode());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(url(path)).header("Accept", "text/csv").GET().build());
    }

    private static HttpResponse<String> post(String path, String contentType, String body)
            throws IOException, InterruptedException {
        return send(postRequest(path, contentType, body));
    }

    private static HttpRequest postRequest(String path, String contentType, String body) {
        return HttpRequest.newBuilder(url(path)).header("Content-Type", contentType)
                .header("Accept", "text/csv").POST(BodyPublishers.ofString(body)).build();
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
