package org.fuliankg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.riot.RDFParser;
import org.fuliankg.store.TdbStore;
import org.fuliankg.store.query.FederatedQueries;
import org.fuliankg.store.version.StoreManifest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Federated queries reach only allowed hosts: a real Fuseki whose SERVICE calls are limited to 127.0.0.1. */
class ServiceAllowListTest {

    private static final Path FIXTURE = Path.of("src/test/resources/serve/two-documents.trig");

    @TempDir
    static Path dataDir;

    private static KgServer server;
    private static HttpServer remote;
    private static final AtomicInteger remoteCalls = new AtomicInteger();

    @BeforeAll
    static void serve() throws IOException {
        var update = new TdbStore(dataDir).update(StoreManifest.of("test", List.of(FIXTURE)),
                stream -> RDFParser.source(FIXTURE).parse(stream));
        var dataset = TdbStore.open(update.store(), 10_000);
        FederatedQueries.allowOnly(dataset.getContext(), Set.of("127.0.0.1"));
        server = KgServer.start(dataset, "127.0.0.1", 0, false);
        remote = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        remote.createContext("/sparql", exchange -> {
            remoteCalls.incrementAndGet();
            byte[] answer = "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[{\"x\":{\"type\":\"literal\",\"value\":\"remote\"}}]}}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        remote.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (remote != null) remote.stop(0);
    }

    @Test
    void anAllowedHostIsCalled() throws Exception {
        var response = query("SELECT ?x WHERE { SERVICE <http://127.0.0.1:" + remote.getAddress().getPort()
                + "/sparql> { ?s ?p ?x } }");
        assertEquals(200, response.statusCode());
        assertEquals("x\r\nremote\r\n", response.body());
    }

    @Test
    void anotherHostAndLocalFilesAreRefusedWithoutBeingCalled() throws Exception {
        int before = remoteCalls.get();
        for (String target : List.of("http://localhost:" + remote.getAddress().getPort() + "/sparql",
                "file:///etc/passwd")) {
            var response = query("SELECT * WHERE { SERVICE <" + target + "> { ?s ?p ?o } }");
            assertTrue(response.statusCode() >= 400, target + ": " + response.statusCode());
            assertTrue(response.body().contains("not allowed"), response.body());
        }
        assertEquals(before, remoteCalls.get());
    }

    private static HttpResponse<String> query(String sparql) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/kg/sparql?query="
                + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).header("Accept", "text/csv").GET().build();
        return HttpClient.newHttpClient().send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
