package org.fuliankg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.fuliankg.bench.process.JsonAnswer;
import org.fuliankg.serve.KgServer;
import org.fuliankg.store.TdbStore;

/**
 * SPARQL latency under load: the real server on a store, several HTTP clients sending each canned query in turn
 * for an equal share of a fixed time (so every query is measured, slow ones included). A request is an error when it is not HTTP 200 or its JSON body is cut short (Fuseki
 * ends a streaming answer with "Query cancelled" when the timeout strikes).
 *
 * <p>The clients accept gzip ({@code Accept-Encoding: gzip}), as browsers, {@code curl --compressed} and Python's
 * requests do, and a latency ends with the last byte decompressed and read: what such a client waits for. Under
 * load a client only checks that the answer ends whole ({@link JsonAnswer#ends}); its rows are counted on the first
 * runs, as a load generator must not take the cores it shares with the server. A query
 * whose answer came compressed (the server sends the large answers it keeps compressed so) gets a second phase of
 * the same length whose clients do not accept gzip (the server then decompresses it for each), reported beside.
 */
final class QueryLoad {

    /** Needs the internet (Wikidata's endpoint): not measured. */
    static final String SKIPPED = "wikidata-federated.rq";
    private static final long TIMEOUT_MILLIS = 60_000;
    /** The server's row limit: every contract dump of the 10,000-article store fits. */
    private static final long DUMP_ROWS = 1_000_000;

    /**
     * Latencies in ms per query file, in file order: under load, and of one request each on the fresh server
     * (uncached: the store's caches cold, the answer computed) and right after it (the server's kept answer); the
     * rows of the first answer (-1 when it failed); why a query was not sent under load (no latencies then); the
     * contract dumps streamed from {@code /kg/table/}, after the first runs.
     */
    record Result(Map<String, List<Double>> latencies, Map<String, Double> firstMillis,
                  Map<String, Double> cachedMillis, Map<String, Long> rows, Map<String, String> notUnderLoad,
                  int errors, int clients, double seconds, Map<String, DumpThroughput.Rate> dumps,
                  Map<String, List<Double>> identityLatencies, Map<String, List<Double>> revalidatedLatencies) {

        /** Rows per second of the first (uncached) run; NaN when it failed. */
        double firstRowsPerSecond(String query) {
            long n = rows.get(query);
            return n < 0 ? Double.NaN : n / (firstMillis.get(query) / 1000);
        }

        double percentile(String query, double p) {
            return percentile(latencies.get(query), p);
        }

        /** The percentile of the phase whose clients did not accept gzip; NaN when the answer came uncompressed. */
        double identityPercentile(String query, double p) {
            return percentile(identityLatencies.getOrDefault(query, List.of()), p);
        }

        /** The percentile of the phase whose clients held the answer and asked with its tag (304); NaN when none. */
        double revalidatedPercentile(String query, double p) {
            return percentile(revalidatedLatencies.getOrDefault(query, List.of()), p);
        }

        private static double percentile(List<Double> latencies, double p) {
            List<Double> sorted = new ArrayList<>(latencies);
            if (sorted.isEmpty()) return Double.NaN;
            Collections.sort(sorted);
            int rank = (int) Math.ceil(p / 100 * sorted.size()); // nearest rank
            return sorted.get(Math.max(0, rank - 1));
        }
    }

    private QueryLoad() {}

    /** The canned queries by file name, in file order, but the one that needs the internet. */
    private static Map<String, String> queries(Path queryDir) throws IOException {
        Map<String, String> queries = new LinkedHashMap<>();
        try (var files = Files.list(queryDir)) {
            for (Path q : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                if (!q.getFileName().toString().equals(SKIPPED)) queries.put(q.getFileName().toString(), Files.readString(q));
            }
        }
        return queries;
    }

    /** What is measured with a server on the store. */
    private interface Measure<T> {
        T on(KgServer server) throws IOException, InterruptedException;
    }

    /**
     * Opens the store fresh (its caches cold), serves it with the canned queries of {@code queryDir} on a free
     * loopback port while {@code measure} runs.
     */
    private static <T> T served(Path store, Path queryDir, Measure<T> measure) throws IOException, InterruptedException {
        DatasetGraph dsg = TdbStore.open(store, TIMEOUT_MILLIS);
        // room for the contract dumps of a big store (serve's default refuses answers over 100,000 rows)
        var settings = new KgServer.Settings("127.0.0.1", 0, false, DUMP_ROWS, null);
        try (KgServer server = KgServer.start(dsg, settings, queryDir)) {
            return measure.on(server);
        } finally {
            TdbStore.close(dsg);
        }
    }

    /**
     * The first run of every canned query on a fresh server, one after another, in ms (NaN when it failed): the
     * growth table's figure for the smaller stores, which get no load phase.
     */
    static Map<String, Double> firstRuns(Path store, Path queryDir) throws IOException, InterruptedException {
        Map<String, String> queries = queries(queryDir);
        return served(store, queryDir, server -> {
            URI endpoint = URI.create(server.datasetUrl() + "/sparql");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Map<String, Double> first = new LinkedHashMap<>();
            AtomicInteger errors = new AtomicInteger();
            for (var q : queries.entrySet()) {
                Timed cold = timed(http, endpoint, q.getValue(), true, errors);
                first.put(q.getKey(), cold.rows() < 0 ? Double.NaN : cold.millis());
            }
            return first;
        });
    }

    static Result run(Path store, Path queryDir, int clients, double seconds) throws IOException, InterruptedException {
        Map<String, String> queries = queries(queryDir);
        return served(store, queryDir, server -> {
            URI endpoint = URI.create(server.datasetUrl() + "/sparql");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Map<String, Double> first = new LinkedHashMap<>();
            Map<String, Double> cached = new LinkedHashMap<>();
            AtomicInteger errors = new AtomicInteger();
            Map<String, Long> rows = new LinkedHashMap<>();
            Map<String, String> notUnderLoad = new LinkedHashMap<>();
            Map<String, List<Double>> identity = new LinkedHashMap<>();
            Map<String, List<Double>> revalidated = new LinkedHashMap<>();
            Map<String, String> tags = new LinkedHashMap<>();
            for (var q : queries.entrySet()) { // cold: caches filled, plans compiled
                Timed cold = timed(http, endpoint, q.getValue(), true, errors);
                first.put(q.getKey(), cold.millis());
                rows.put(q.getKey(), cold.rows());
                // a failed answer is not kept, so asking again would only time the failure again
                Timed again = cold.rows() < 0 ? null : timed(http, endpoint, q.getValue(), true, errors);
                cached.put(q.getKey(), again == null ? Double.NaN : again.millis());
                if (again != null && again.compressed()) {
                    identity.put(q.getKey(), Collections.synchronizedList(new ArrayList<>()));
                    if (again.tag() != null) {
                        tags.put(q.getKey(), again.tag());
                        revalidated.put(q.getKey(), Collections.synchronizedList(new ArrayList<>()));
                    }
                }
                if (cold.rows() < 0) notUnderLoad.put(q.getKey(), "its first run failed");
                else if (BenchReport.CONTRACT_DUMPS.contains(q.getKey())) {
                    notUnderLoad.put(q.getKey(), "a contract dump: measured by rows per second of its first run");
                }
            }
            var dumps = DumpThroughput.measure(http, server.datasetUrl(), BenchReport.CONTRACT_DUMPS);
            Map<String, List<Double>> latencies = new LinkedHashMap<>();
            identity.keySet().removeAll(notUnderLoad.keySet());
            revalidated.keySet().removeAll(notUnderLoad.keySet());
            double phaseSeconds = seconds / (queries.size() - notUnderLoad.size() + identity.size() + revalidated.size());
            for (var q : queries.entrySet()) {
                List<Double> times = Collections.synchronizedList(new ArrayList<>());
                latencies.put(q.getKey(), times);
                if (!notUnderLoad.containsKey(q.getKey())) {
                    load(http, endpoint, q.getValue(), true, clients, phaseSeconds, times, errors);
                    if (identity.containsKey(q.getKey())) {
                        load(http, endpoint, q.getValue(), false, clients, phaseSeconds, identity.get(q.getKey()), errors);
                    }
                    if (revalidated.containsKey(q.getKey())) {
                        load(http, endpoint, q.getValue(), tags.get(q.getKey()), clients, phaseSeconds,
                                revalidated.get(q.getKey()), errors);
                    }
                }
            }
            return new Result(latencies, first, cached, rows, notUnderLoad, errors.get(), clients, seconds, dumps,
                    identity, revalidated);
        });
    }

    /**
     * One query's phase: {@code clients} threads send it back to back until the phase ends, accepting gzip or not. A
     * request under way then is waited for, so every query gets at least one latency per client however slow it is.
     */
    private static void load(HttpClient http, URI endpoint, String query, boolean gzip, int clients, double seconds,
                             List<Double> times, AtomicInteger errors) throws InterruptedException {
        load(http, endpoint, query, gzip, null, clients, seconds, times, errors);
    }

    /**
     * A phase of clients that hold the answer (as a browser or an HTTP cache holds it) and ask by GET with its
     * entity tag in If-None-Match: a 304 without a body is their answer.
     */
    private static void load(HttpClient http, URI endpoint, String query, String tag, int clients, double seconds,
                             List<Double> times, AtomicInteger errors) throws InterruptedException {
        load(http, endpoint, query, true, tag, clients, seconds, times, errors);
    }

    private static void load(HttpClient http, URI endpoint, String query, boolean gzip, String tag, int clients,
                             double seconds, List<Double> times, AtomicInteger errors) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                do {
                    long t0 = System.nanoTime();
                    boolean ok = tag == null ? answer(http, endpoint, query, gzip, false).rows() >= 0
                            : unchanged(http, endpoint, query, tag);
                    if (ok) times.add((System.nanoTime() - t0) / 1e6);
                    else errors.incrementAndGet();
                } while (System.nanoTime() < deadline);
            }, "sparql-client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
    }

    /** Milliseconds of one request, the rows of its answer (an error counted, with -1 rows) and if it came gzipped. */
    private static Timed timed(HttpClient http, URI endpoint, String query, boolean gzip, AtomicInteger errors) {
        long t0 = System.nanoTime();
        Answer answer = answer(http, endpoint, query, gzip, true);
        if (answer.rows() < 0) errors.incrementAndGet();
        return new Timed((System.nanoTime() - t0) / 1e6, answer.rows(), answer.compressed(), answer.tag());
    }

    private record Timed(double millis, long rows, boolean compressed, String tag) {}

    /**
     * The rows of an answer (-1 unless HTTP 200 with a complete JSON body; 0 when they were not counted), whether it
     * was sent gzipped, and its entity tag (null when it had none).
     */
    private record Answer(long rows, boolean compressed, String tag) {}

    /** Whether a GET of the query with If-None-Match {@code tag} got the 304 of an answer the client holds. */
    private static boolean unchanged(HttpClient http, URI endpoint, String query, String tag) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .timeout(Duration.ofMillis(2 * TIMEOUT_MILLIS))
                .header("Accept", "application/sparql-results+json").header("Accept-Encoding", "gzip")
                .header("If-None-Match", tag).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 304;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * One query over HTTP, accepting gzip or not; a compressed body is decompressed as it is read, to its last byte,
     * and its rows counted when {@code count} says so.
     */
    private static Answer answer(HttpClient http, URI endpoint, String query, boolean gzip, boolean count) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofMillis(2 * TIMEOUT_MILLIS))
                .header("Content-Type", "application/sparql-query; charset=utf-8")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8));
        if (gzip) request.header("Accept-Encoding", "gzip");
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            boolean compressed = response.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip");
            try (InputStream body = compressed ? new GZIPInputStream(response.body(), 1 << 16) : response.body()) {
                JsonAnswer answer = count ? JsonAnswer.read(body) : new JsonAnswer(JsonAnswer.ends(body), 0);
                return new Answer(response.statusCode() == 200 && answer.complete() ? answer.rows() : -1, compressed,
                        response.headers().firstValue("ETag").orElse(null));
            }
        } catch (IOException e) {
            return new Answer(-1, false, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, false, null);
        }
    }
}
