package org.fuliankg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.apache.jena.riot.RDFParser;
import org.fuliankg.store.TdbStore;
import org.fuliankg.store.query.FederatedQueries;
import org.fuliankg.store.version.StoreManifest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server started with a password file, as 'serve --allow-update' starts it, on a TDB2 store of the two-graph
 * fixture: reads are open, writes need a login, and no login lets an update read the server's files.
 */
class WriteAccessTest {

    private static final Path FIXTURE = Path.of("src/test/resources/serve/two-documents.trig");
    private static final String USER = "editor";
    private static final String PASSWORD = "correct-horse-电池-staple";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

    @TempDir
    static Path tmp;

    private static KgServer server;

    @BeforeAll
    static void serveWritable() throws IOException {
        var update = new TdbStore(tmp.resolve("data")).update(StoreManifest.of("test", List.of(FIXTURE)),
                stream -> RDFParser.source(FIXTURE).parse(stream));
        Path passwords = Files.writeString(tmp.resolve("passwords"), "# who may write\n" + USER + ": " + PASSWORD + "\n");
        var dataset = TdbStore.open(update.store(), 10_000);
        FederatedQueries.allowOnly(dataset.getContext(), FederatedQueries.DEFAULT_ALLOWED_HOSTS); // as 'serve' does
        server = KgServer.start(dataset, new KgServer.Settings("127.0.0.1", 0, false, KgServer.DEFAULT_MAX_RESULTS, passwords));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void readsNeedNoLogin() throws Exception {
        var query = send(get("/kg/sparql?query=" + encode(COUNT)), null);
        assertEquals(200, query.statusCode());
        assertEquals(200, send(get("/kg?graph=" + encode("https://example.org/kg/graph-a")), null).statusCode());
    }

    @Test
    void writesWithoutAValidLoginAreRefusedAndChangeNothing() throws Exception {
        long before = quads();
        String insert = "INSERT DATA { GRAPH <urn:example:g> { <urn:example:s> <urn:example:p> \"written\" } }";
        List<HttpRequest> writes = List.of(
                post("/kg/update", "application/sparql-update", insert),
                post("/kg/update", "application/x-www-form-urlencoded", "update=" + encode(insert)),
                HttpRequest.newBuilder(url("/kg/data?graph=" + encode("urn:example:g"))).header("Content-Type", "text/turtle")
                        .PUT(BodyPublishers.ofString("<urn:example:s> <urn:example:p> \"put\" .")).build(),
                post("/kg/data?default", "text/turtle", "<urn:example:s> <urn:example:p> \"posted\" ."),
                HttpRequest.newBuilder(url("/kg/data?graph=" + encode("https://example.org/kg/graph-a"))).DELETE().build());
        for (String login : new String[] {null, USER + ":wrong", "someone:" + PASSWORD}) {
            for (HttpRequest write : writes) {
                int status = send(write, login).statusCode();
                assertTrue(status == 401 || status == 403, write.method() + " " + write.uri() + " as " + login + ": " + status);
            }
        }
        // Nor do the read services take writes, even from a logged-in user.
        for (String path : List.of("/kg", "/kg/sparql", "/kg/query")) {
            int status = send(post(path, "application/sparql-update", insert), USER + ":" + PASSWORD).statusCode();
            assertTrue(status >= 400 && status < 500, path + ": " + status);
        }
        assertEquals(before, quads());
    }

    @Test
    void aLoggedInUserUpdatesAndWritesGraphs() throws Exception {
        String login = USER + ":" + PASSWORD;
        var update = send(post("/kg/update", "application/sparql-update",
                "INSERT DATA { GRAPH <urn:example:added> { <urn:example:s> <urn:example:p> \"by update\" } }"), login);
        assertEquals(2, update.statusCode() / 100, update.body());
        var put = send(HttpRequest.newBuilder(url("/kg/data?graph=" + encode("urn:example:put")))
                .header("Content-Type", "text/turtle").PUT(BodyPublishers.ofString("<urn:example:s> <urn:example:p> \"by put\" ."))
                .build(), login);
        assertEquals(2, put.statusCode() / 100, put.body());
        var check = send(get("/kg/sparql?query=" + encode(
                "SELECT ?o WHERE { { GRAPH <urn:example:added> { ?s ?p ?o } } UNION { GRAPH <urn:example:put> { ?s ?p ?o } } } ORDER BY ?o")),
                null);
        assertEquals("o\r\nby put\r\nby update\r\n", check.body());
    }

    @Test
    void loadCannotReadTheServersFilesEvenWithALogin() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.ttl"), "<urn:example:secret> <urn:example:p> \"from a local file\" .\n");
        long before = quads();
        String login = USER + ":" + PASSWORD;
        for (String source : List.of(secret.toUri().toString(), "FILE://" + secret, "file:///etc/passwd")) {
            for (String load : List.of("LOAD <" + source + ">", "LOAD SILENT <" + source + "> INTO GRAPH <urn:example:loaded>")) {
                var response = send(post("/kg/update", "application/x-www-form-urlencoded", "update=" + encode(load)), login);
                assertEquals(403, response.statusCode(), load);
                assertTrue(response.body().contains("not allowed"), response.body());
            }
        }
        var service = send(post("/kg/update", "application/sparql-update", "INSERT { GRAPH <urn:example:loaded> { ?s ?p ?o } } "
                + "WHERE { SERVICE <" + secret.toUri() + "> { ?s ?p ?o } }"), login);
        assertTrue(service.statusCode() >= 400 && service.body().contains("not allowed"), service.body());
        assertEquals(before, quads());
        var leaked = send(get("/kg/sparql?query=" + encode("ASK { GRAPH ?g { ?s ?p \"from a local file\" } }")), null);
        assertTrue(leaked.body().contains("false"), leaked.body());
    }

    private static long quads() throws Exception {
        String csv = send(get("/kg/sparql?query=" + encode(COUNT)), null).body();
        return Long.parseLong(csv.lines().skip(1).findFirst().orElseThrow());
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(url(path)).header("Accept", "text/csv").GET().build();
    }

    private static HttpRequest post(String path, String contentType, String body) {
        return HttpRequest.newBuilder(url(path)).header("Content-Type", contentType + "; charset=utf-8")
                .header("Accept", "text/csv").POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    /** Sends with basic auth as {@code login} ("user:password", null for none), on a fresh connection each time. */
    private static HttpResponse<String> send(HttpRequest request, String login) throws IOException, InterruptedException {
        HttpRequest.Builder copy = HttpRequest.newBuilder(request, (name, value) -> true);
        if (login != null) {
            copy.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(copy.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
