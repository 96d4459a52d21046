package org.fuliankg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.fuliankg.bench.process.JsonAnswer;
import org.fuliankg.build.CorpusStore;
import org.fuliankg.build.InputFiles;
import org.fuliankg.generate.CorpusGenerator;
import org.fuliankg.serve.KgServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract dumps written with a store are derived data: after a build and after an incremental rebuild of the
 * seeds and generated articles, each file is byte for byte the CSV the engine computes from the store for its
 * query (the ledger's SPARQL JSON answer too). A server streams them while the store is as written, and computes
 * the table once the store was written to; it sends the ledger's written answer as its SPARQL answer.
 */
class TableFilesTest {

    private static final int ARTICLES = Integer.getInteger("tables.articles", 60);

    @TempDir
    Path tmp;

    @Test
    void theFilesOfABuildAndOfAnIncrementalRebuildEqualTheEnginesAnswers() throws IOException {
        Path texts = Files.createDirectories(tmp.resolve("texts"));
        List<Path> files = new CorpusGenerator(21).write(ARTICLES, texts);
        Files.delete(texts.resolve(CorpusGenerator.GOLD_FILE));
        for (Path seed : seeds()) Files.copy(seed, texts.resolve(seed.getFileName()));
        Path data = tmp.resolve("data");
        Path first = CorpusStore.update(data, InputFiles.collect(List.of(texts)), 2).store();
        byte[] fundingsBefore = Files.readAllBytes(first.resolve("tables/fundings.csv"));
        assertFilesAreRecomputed(first);

        new CorpusGenerator(22).overwrite(5, texts);
        Files.delete(files.get(9));
        var rebuilt = CorpusStore.update(data, InputFiles.collect(List.of(texts)), 2);
        assertTrue(rebuilt.rebuilt());
        assertEquals(ARTICLES + seeds().size() - 2, rebuilt.report().kept(), "an incremental rebuild");
        assertFilesAreRecomputed(rebuilt.store());
        assertFalse(java.util.Arrays.equals(fundingsBefore, Files.readAllBytes(rebuilt.store().resolve("tables/fundings.csv"))),
                "the rebuild's fundings differ: two documents changed");
    }

    @Test
    void aServerStreamsTheFilesUntilTheStoreIsWrittenTo() throws Exception {
        Path store = CorpusStore.update(tmp.resolve("data"), InputFiles.collect(seeds()), 2).store();
        String fingerprint = TableFiles.fingerprint(store);
        DatasetGraph dataset = TdbStore.open(store, 0);
        KgServer server = KgServer.start(dataset, new KgServer.Settings("127.0.0.1", 0, false, 5, null));
        try {
            for (String name : TableFiles.NAMES) {
                HttpResponse<byte[]> dump = get(server, name);
                assertEquals(200, dump.statusCode(), name);
                assertTrue(dump.headers().firstValue("Last-Modified").isPresent(), name + " streamed from its file");
                assertArrayEquals(Files.readAllBytes(store.resolve("tables/" + name + ".csv")), dump.body(), name);
            }
            HttpResponse<byte[]> ledger = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(server.datasetUrl() + "/sparql"))
                    .header("Content-Type", "application/sparql-query; charset=utf-8")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString(TableFiles.packagedQuery("funding-ledger"))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            byte[] written = gunzipped(store.resolve("tables/funding-ledger.srj.gz"));
            assertTrue(JsonAnswer.read(new ByteArrayInputStream(written)).rows() > 5, "more rows than the server's limit");
            assertEquals(200, ledger.statusCode(), "the ledger's answer is kept from the store's file, not computed "
                    + "(which the limit of 5 rows would refuse)");
            assertArrayEquals(written, ledger.body());

            var files = Txn.calculateRead(dataset, () -> TableFiles.of(dataset)).orElseThrow();
            Txn.executeRead(dataset, () -> assertTrue(
                    files.file("officials", "SELECT * { ?s ?p ?o }", dataset).isEmpty(), "another query has no file"));

            Txn.executeWrite(dataset, () -> dataset.add(NodeFactory.createURI("urn:test:g"),
                    NodeFactory.createURI("urn:test:s"), NodeFactory.createURI("urn:test:p"), NodeFactory.createLiteralString("o")));
            HttpResponse<byte[]> computed = get(server, "officials");
            assertEquals(200, computed.statusCode());
            assertTrue(computed.headers().firstValue("Last-Modified").isEmpty(), "a store written to is queried");
            assertArrayEquals(Files.readAllBytes(store.resolve("tables/officials.csv")), computed.body(),
                    "the quad added is in no table");
        } finally {
            server.close();
            TdbStore.close(dataset);
        }
        assertNotEquals(fingerprint, TableFiles.fingerprint(store), "the write changed the store's state files");
        DatasetGraph reopened = TdbStore.open(store, 0);
        try {
            assertTrue(Txn.calculateRead(reopened, () -> TableFiles.of(reopened)).isEmpty(),
                    "a store written to before it was opened has no current files");
        } finally {
            TdbStore.close(reopened);
        }
    }

    private static void assertFilesAreRecomputed(Path store) throws IOException {
        DatasetGraph dataset = TdbStore.open(store, 0);
        try {
            for (String name : TableFiles.NAMES) {
                String text = TableFiles.packagedQuery(name);
                assertEquals(Files.readString(Path.of("queries", name + ".rq")), text, name + ": the jar's query is the file's");
                String recomputed = engineAnswer(dataset, text, ResultSetLang.RS_CSV);
                byte[] file = Files.readAllBytes(store.resolve("tables/" + name + ".csv"));
                assertTrue(recomputed.lines().count() > 2, name + " has rows");
                assertEquals(recomputed, new String(file, StandardCharsets.UTF_8), name);
            }
            for (String name : TableFiles.JSON_ANSWERS) {
                String text = TableFiles.packagedQuery(name);
                assertEquals(Files.readString(Path.of("queries", name + ".rq")), text, name + ": the jar's query");
                String recomputed = engineAnswer(dataset, text, ResultSetLang.RS_JSON);
                assertTrue(recomputed.contains("\"value\""), name + " has rows");
                assertEquals(recomputed,
                        new String(gunzipped(store.resolve("tables/" + name + ".srj.gz")), StandardCharsets.UTF_8),
                        name + " as SPARQL JSON");
            }
        } finally {
            TdbStore.close(dataset);
        }
    }

    /** The answer the engine computes (not the table reader), as the endpoint writes it. */
    private static String engineAnswer(DatasetGraph dataset, String query, Lang lang) {
        var answer = new ByteArrayOutputStream();
        Txn.executeRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(QueryFactory.create(query)).build()) {
                TableFiles.writeAnswer(exec.select(), exec, lang, answer);
            }
        });
        return answer.toString(StandardCharsets.UTF_8);
    }

    private static byte[] gunzipped(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    private static HttpResponse<byte[]> get(KgServer server, String name) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/table/" + name + ".csv")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
