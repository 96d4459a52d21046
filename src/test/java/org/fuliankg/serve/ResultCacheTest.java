package org.fuliankg.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.util.Context;
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
    void aClientHoldingTheAnswerAsksWithItsTagAndGetsA304WithoutTheBody() throws Exception {
        HttpResponse<byte[]> first = conditional("GET", NAMES, "text/csv", null);
        assertEquals(200, first.statusCode());
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(tag.startsWith("W/\""), tag);
        assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElseThrow(), "stored, asked again each time");
        HttpResponse<byte[]> held = conditional("GET", NAMES, "text/csv", tag);
        assertEquals(304, held.statusCode());
        assertEquals(0, held.body().length);
        assertEquals(tag, held.headers().firstValue("ETag").orElseThrow());
        assertEquals(304, conditional("GET", NAMES, "text/csv", "W/\"other\", " + tag).statusCode(), "one of a list");

        HttpResponse<byte[]> other = conditional("GET", NAMES, "text/csv", "W/\"other\"");
        assertEquals(200, other.statusCode());
        assertArrayEquals(first.body(), other.body());
        HttpResponse<byte[]> posted = conditional("POST", NAMES, "text/csv", tag);
        assertEquals(200, posted.statusCode(), "a POSTed query gets its answer (If-None-Match there would be a 412)");
        assertArrayEquals(first.body(), posted.body());
        HttpResponse<byte[]> json = conditional("GET", NAMES, "application/sparql-results+json", tag);
        assertEquals(200, json.statusCode(), "another format is another answer");
        assertNotEquals(tag, json.headers().firstValue("ETag").orElseThrow());

        add("乙"); // behind the server's back: a query not kept yet is computed, with its own tag
        HttpResponse<byte[]> limited = conditional("GET", NAMES + " LIMIT 10", "text/csv", tag);
        assertEquals(200, limited.statusCode());
        assertNotEquals(tag, limited.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void onlyAGetOrHeadNamingTheTagHoldsTheAnswer() {
        String tag = "W/\"abc\"";
        assertTrue(AnswerFormat.unchanged("GET", "W/\"abc\"", tag));
        assertTrue(AnswerFormat.unchanged("HEAD", "\"abc\"", tag), "weak comparison");
        assertTrue(AnswerFormat.unchanged("GET", "\"x\" , W/\"abc\"", tag));
        assertTrue(AnswerFormat.unchanged("GET", "*", tag));
        assertFalse(AnswerFormat.unchanged("GET", "W/\"abcd\"", tag));
        assertFalse(AnswerFormat.unchanged("GET", null, tag));
        assertFalse(AnswerFormat.unchanged("POST", "W/\"abc\"", tag));
    }

    @Test
    void queriesWhoseAnswerDependsOnMoreThanTheStoreAreNeverKept() throws Exception {
        String unique = "SELECT ?u WHERE { BIND (STRUUID() AS ?u) }";
        assertNotEquals(ask(unique), ask(unique));
    }

    @Test
    void aKeptAnswerIsTheBytesFusekiWrites() throws Exception {
        add("乙");
        String json = "application/sparql-results+json";
        String byFuseki = ask(NAMES, "*/*", "&output=json"); // the output parameter: written by Fuseki, never kept
        assertTrue(byFuseki.contains("\"乙\""), byFuseki);
        assertEquals(byFuseki, ask(NAMES, json, ""), "written as Fuseki writes it, and kept");
        add("丙");
        assertEquals(byFuseki, ask(NAMES, json, ""), "sent from the kept bytes");
        assertTrue(ask(NAMES, "*/*", "&output=json").contains("\"丙\""), "Fuseki's writing computes it again");
    }

    @Test
    void theCacheIsBoundedByBytesTheLeastRecentlyUsedAnswerLeavingFirst() {
        ResultCache.Answer small = answer(1_000, false);
        long entry = new ResultCache(dataset, Long.MAX_VALUE).bytesWith("a", small);
        assertTrue(entry >= 1_000 && entry < 1_500, "an answer takes its bytes and its entry: " + entry);

        long bound = 4 * entry + entry / 2;
        ResultCache cache = new ResultCache(dataset, bound);
        for (String key : List.of("a", "b", "c", "d")) cache.put(key, small);
        assertNotNull(cache.get("a")); // a is now more recently used than b
        cache.put("e", small);
        assertNull(cache.get("b"), "the least recently used answer left");
        for (String key : List.of("a", "c", "d", "e")) assertNotNull(cache.get(key), key);
        assertTrue(cache.bytes() <= bound);
    }

    @Test
    void anAnswerOverAQuarterOfTheBoundIsKeptCompressedAndNotAtAllWhenStillTooLarge() {
        ResultCache.Answer small = answer(1_000, false);
        long bound = 10 * new ResultCache(dataset, Long.MAX_VALUE).bytesWith("small0", small);
        ResultCache cache = new ResultCache(dataset, bound);
        for (int i = 0; i < 8; i++) cache.put("small" + i, small);
        cache.put("noise", answer((int) (bound * 0.3), true)); // random bytes: gzip cannot shrink them
        assertNull(cache.get("noise"), "over a quarter of the bound, compressed or not: not kept");
        for (int i = 0; i < 8; i++) assertNotNull(cache.get("small" + i), "small" + i + " stays");

        ResultCache.Answer table = answer((int) (bound * 0.6), false); // zeros: gzip shrinks them
        cache.put("table", table);
        ResultCache.Answer kept = cache.get("table");
        assertTrue(kept.compressed() && kept.body().size() < bound / 20, "kept compressed: " + kept.body().size());
        assertEquals(table.length(), kept.length(), "with the length of the answer as written");
        for (int i = 0; i < 8; i++) assertNotNull(cache.get("small" + i), "small" + i + " stays");
    }

    @Test
    void aCompressedAnswerIsSentAsItIsToAClientAcceptingGzipAndDecompressedToOthers() throws IOException {
        AnswerBytes text = new AnswerBytes(Long.MAX_VALUE);
        for (int i = 0; i < 20_000; i++) text.write(("行" + i + "\r\n").getBytes(StandardCharsets.UTF_8));
        text.close();
        ResultCache.Answer written = new ResultCache.Answer("text/csv", text);
        ResultCache.Answer compressed = written.compress();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        AnswerFormat.write(written, false, expected);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        AnswerFormat.write(compressed, false, plain);
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        AnswerFormat.write(compressed, true, gzip);
        assertEquals(written.length(), expected.size());
        assertArrayEquals(expected.toByteArray(), plain.toByteArray(), "decompressed on the way");
        assertArrayEquals(expected.toByteArray(),
                new GZIPInputStream(new ByteArrayInputStream(gzip.toByteArray())).readAllBytes(), "sent compressed");
        assertTrue(gzip.size() < expected.size() / 4, gzip.size() + " of " + expected.size());

        assertTrue(AnswerFormat.acceptsGzip("gzip, deflate, br"));
        assertTrue(AnswerFormat.acceptsGzip("deflate;q=0.5, GZIP; q=0.8"));
        assertFalse(AnswerFormat.acceptsGzip(null));
        assertFalse(AnswerFormat.acceptsGzip("identity"));
        assertFalse(AnswerFormat.acceptsGzip("gzip;q=0"));
    }

    @Test
    void anAnswerOfATableIsSentGzippedToClientsAcceptingItAndAsWrittenToOthers() throws Exception {
        dataset.executeWrite(() -> {
            for (int i = 0; i < 5_000; i++) {
                dataset.add(Quad.create(NodeFactory.createURI("urn:x:g"), NodeFactory.createURI("urn:x:n" + i),
                        NodeFactory.createURI("urn:x:name"), NodeFactory.createLiteralString("妇联" + i)));
            }
        });
        String json = "application/sparql-results+json";
        HttpResponse<byte[]> computed = raw(NAMES, json, "gzip");
        byte[] written = computed.body();
        assertTrue(written.length >= ResultCache.GZIP_FROM, "a table's answer: " + written.length);
        assertTrue(computed.headers().firstValue("Content-Encoding").isEmpty(), "the first answer as written");

        HttpResponse<byte[]> gzipped = raw(NAMES, json, "gzip, deflate");
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""), "then kept compressed too");
        assertEquals("Accept, Accept-Encoding", gzipped.headers().firstValue("Vary").orElse(""));
        assertTrue(gzipped.body().length < written.length / 4, gzipped.body().length + " of " + written.length);
        assertArrayEquals(written, new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes());

        HttpResponse<byte[]> plain = raw(NAMES, json, null);
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), "as written to a client not accepting gzip");
        assertArrayEquals(written, plain.body());
        assertEquals(String.valueOf(written.length), plain.headers().firstValue("Content-Length").orElse(""));
    }

    @Test
    void anAnswerWrittenPastTheLargestKeptIsNotKeptAndItsWritingStops() {
        var csv = new AnswerFormat("text/csv", ResultSetLang.RS_CSV, "text/csv; charset=utf-8");
        List<Binding> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) rows.add(BindingFactory.binding(X, NodeFactory.createLiteralString("行" + i)));
        ResultCache.Answer whole = csv.written(List.of(X), rows, Context.create(), Long.MAX_VALUE);
        assertTrue(whole.body().size() > 50_000, "size " + whole.body().size());
        assertEquals(whole.body().size(), csv.written(List.of(X), rows, Context.create(), whole.body().size()).body().size());
        assertNull(csv.written(List.of(X), rows, Context.create(), whole.body().size() - 1));
    }

    private static final Var X = Var.alloc("x");

    /** An answer of {@code size} bytes: zeros, or random bytes. */
    @Test
    void anAnswerWrittenWithTheStoreIsNeverPushedOut() {
        ResultCache.Answer small = answer(1_000, false);
        long entry = new ResultCache(dataset, Long.MAX_VALUE).bytesWith("a", small);
        ResultCache cache = new ResultCache(dataset, 2 * entry);
        ResultCache.Answer ledger = answer(10_000, true); // over the whole bound: put would not keep it
        cache.keepStored("ledger", ledger);
        for (int i = 0; i < 10; i++) cache.put("page" + i, small);
        assertNull(cache.get("page0"), "computed answers push each other out");
        assertEquals(ledger, cache.get("ledger"), "the stored one stays");
    }

    private static ResultCache.Answer answer(int size, boolean random) {
        byte[] bytes = new byte[size];
        if (random) new Random(1).nextBytes(bytes);
        AnswerBytes body = new AnswerBytes(Long.MAX_VALUE);
        body.write(bytes, 0, size);
        body.close();
        return new ResultCache.Answer("text/csv", body).tagged(); // as an answer is written
    }

    private void add(String name) {
        dataset.executeWrite(() -> dataset.add(Quad.create(NodeFactory.createURI("urn:x:g"),
                NodeFactory.createURI("urn:x:" + name), NodeFactory.createURI("urn:x:name"),
                NodeFactory.createLiteralString(name))));
    }

    /** A query by GET or POST (a form), with an If-None-Match header unless null; the response as sent. */
    private HttpResponse<byte[]> conditional(String method, String query, String accept, String ifNoneMatch)
            throws Exception {
        String form = "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpRequest.Builder request = method.equals("GET")
                ? HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?" + form))
                : HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form));
        request.header("Accept", accept);
        if (ifNoneMatch != null) request.header("If-None-Match", ifNoneMatch);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The response's bytes as sent (not decompressed), with or without an Accept-Encoding header. */
    private HttpResponse<byte[]> raw(String query, String accept, String acceptEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", accept);
        if (acceptEncoding != null) request.header("Accept-Encoding", acceptEncoding);
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        return response;
    }

        private String ask(String query) throws Exception {
        return ask(query, "text/csv", "");
    }

    private String ask(String query, String accept, String parameters) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8) + parameters))
                .header("Accept", accept).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
