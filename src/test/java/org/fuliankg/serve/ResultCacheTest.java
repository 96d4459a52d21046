package org.fuliankg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A read-only server answers a query asked again from its kept answer. The test changes the in-memory dataset
 * behind the server's back (which serving never does) to tell a kept answer from a computed one.
 */
class ResultCacheTest {

    private static final String NAMES = "SELECT ?name WHERE { GRAPH ?g { ?s <urn:x:name> ?name } } ORDER BY ?name";

    private final DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    private final HttpClient http = HttpClient.newHttpClient();
    private KgServer server;

    @BeforeEach
    void serve() {
        add("甲");
        server = KgServer.start(dataset, "127.0.0.1", 0, false);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aQueryAskedAgainGetsTheKeptAnswer() throws Exception {
        assertEquals("name\r\n甲\r\n", ask(NAMES));
        add("乙");
        assertEquals("name\r\n甲\r\n", ask(NAMES), "answered from the cache");
        assertEquals("name\r\n乙\r\n甲\r\n", ask(NAMES + " LIMIT 10"), "another query is computed");
    }

    @Test
    void queriesWhoseAnswerDependsOnMoreThanTheStoreAreNeverKept() throws Exception {
        String unique = "SELECT ?u WHERE { BIND (STRUUID() AS ?u) }";
        assertNotEquals(ask(unique), ask(unique));
    }

    private void add(String name) {
        dataset.executeWrite(() -> dataset.add(Quad.create(NodeFactory.createURI("urn:x:g"),
                NodeFactory.createURI("urn:x:" + name), NodeFactory.createURI("urn:x:name"),
                NodeFactory.createLiteralString(name))));
    }

    private String ask(String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
