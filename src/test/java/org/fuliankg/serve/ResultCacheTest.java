package org.fuliankg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
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

    @Test
    void theCacheIsBoundedByBytesTheLeastRecentlyUsedAnswerLeavingFirst() {
        List<Binding> small = rows(10, "短"); // ten rows of a one-character value
        List<Binding> wide = rows(10, "长".repeat(2_000)); // as many rows, each with 2,000 characters
        long smallBytes = new ResultCache(dataset, Long.MAX_VALUE).put("k", List.of(X), small).bytes();
        long wideBytes = new ResultCache(dataset, Long.MAX_VALUE).put("k", List.of(X), wide).bytes();
        assertTrue(wideBytes > 10 * 2 * 2_000 && wideBytes > 20 * smallBytes, smallBytes + " vs " + wideBytes);

        long bound = 4 * smallBytes + smallBytes / 2;
        ResultCache cache = new ResultCache(dataset, bound);
        for (String key : List.of("a", "b", "c", "d")) cache.put(key, List.of(X), small);
        assertNotNull(cache.get("a")); // a is now more recently used than b
        cache.put("e", List.of(X), small);
        assertNull(cache.get("b"), "the least recently used answer left");
        for (String key : List.of("a", "c", "d", "e")) assertNotNull(cache.get(key), key);
        assertTrue(cache.bytes() <= bound);

        cache.put("wide", List.of(X), wide);
        assertNull(cache.get("wide"), "an answer larger than the whole cache is not kept");
        assertNotNull(cache.get("e"), "and does not push the others out");
    }

    @Test
    void anAnswerOverAQuarterOfTheBoundIsNotKeptSoAFewLargeOnesCannotPushTheOthersOut() {
        List<Binding> small = rows(10, "短");
        long smallBytes = new ResultCache(dataset, Long.MAX_VALUE).put("k", List.of(X), small).bytes();
        List<Binding> third = rows(30, "短"); // three times the rows: a third of a bound of ten small answers
        long thirdBytes = new ResultCache(dataset, Long.MAX_VALUE).put("k", List.of(X), third).bytes();
        long bound = 10 * smallBytes;
        assertTrue(thirdBytes > bound / 4 && thirdBytes < bound / 2, thirdBytes + " against " + bound);

        ResultCache cache = new ResultCache(dataset, bound);
        for (int i = 0; i < 8; i++) cache.put("small" + i, List.of(X), small);
        assertEquals(3, cache.put("large", List.of(X), third).rows().size() / 10, "answered all the same");
        assertNull(cache.get("large"), "over a quarter of the bound: not kept");
        for (int i = 0; i < 8; i++) assertNotNull(cache.get("small" + i), "small" + i + " stays");
    }

    private static final Var X = Var.alloc("x");

    private static List<Binding> rows(int n, String value) {
        List<Binding> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) rows.add(BindingFactory.binding(X, NodeFactory.createLiteralString(value + i)));
        return rows;
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
