package org.fuliankg.bench.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.fuliankg.bench.process.CsvRows;
import org.fuliankg.bench.process.JsonAnswer;
import org.fuliankg.bench.process.ServerMemory;

/**
 * A load test of a running SPARQL endpoint: several clients send a mix of canned, malformed and too expensive
 * queries for a fixed time ({@link LoadRequest#rounds}); every answer is checked against what a correct server
 * says (a complete 200, a 400, the timeout's 503), and the server's memory is sampled from start to end. A final
 * cheap query checks that the server still answers.
 */
public final class LoadTest {

    private static final Duration MEMORY_EVERY = Duration.ofSeconds(2);

    /** How long after the server's time limit an answer may come: what it takes to send it. */
    static final Duration GRACE = Duration.ofSeconds(1);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI sparql;
    private final Duration requestTimeout;
    private final Duration latest;

    /**
     * @param sparql         the query endpoint, e.g. {@code http://127.0.0.1:3030/kg/sparql}
     * @param timeLimit      the server's query time limit: an answer later than it plus {@link #GRACE} is a fault
     * @param requestTimeout how long a client waits for an answer before counting it as lost (longer than the
     *                       server's query timeout)
     */
    public LoadTest(URI sparql, Duration timeLimit, Duration requestTimeout) {
        this.sparql = sparql;
        this.latest = timeLimit.plus(GRACE);
        this.requestTimeout = requestTimeout;
    }

    /**
     * @param serverPid the server's process id when it runs on this machine (its resident memory is read from
     *                  /proc), empty otherwise
     */
    public LoadReport run(Path queryDir, int clients, Duration duration, OptionalLong serverPid)
            throws IOException, InterruptedException {
        List<List<LoadRequest>> rounds = LoadRequest.rounds(queryDir);
        var memory = new ServerMemory(http, sparql, serverPid);
        memory.sample();
        var report = new LoadReport(clients, duration);
        long deadline = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                // client c starts at the c-th request of the round: from the start, every kind is under way
                int size = rounds.get(0).size();
                for (long i = client; System.nanoTime() < deadline; i++) {
                    List<LoadRequest> round = rounds.get((int) ((i / size + client) % rounds.size()));
                    report.add(send(round.get((int) (i % size))));
                }
            }, "load-client-" + c);
            threads.add(t);
            t.start();
        }
        while (System.nanoTime() < deadline) {
            Thread.sleep(Math.min(MEMORY_EVERY.toMillis(), Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            memory.sample();
        }
        for (Thread t : threads) t.join();
        memory.sample();
        report.memory(memory.samples());
        report.finalCheck(send(LoadRequest.STILL_ANSWERS));
        return report;
    }

    /**
     * One request, timed, with what was wrong with its answer (null when it was what a correct server says): its
     * status, a body cut short, more rows than a page holds, or an answer later than the time limit plus
     * {@link #GRACE}.
     */
    private LoadReport.Answer send(LoadRequest request) {
        long t0 = System.nanoTime();
        int status = 0;
        String problem;
        try {
            HttpResponse<InputStream> response = this.http.send(http(request),
                    HttpResponse.BodyHandlers.ofInputStream());
            status = response.statusCode();
            try (InputStream body = response.body()) {
                // a table read to its end is whole: one cut short is an aborted response, an IOException here
                JsonAnswer answer = request.kind().equals(LoadRequest.TABLE)
                        ? new JsonAnswer(true, CsvRows.count(body)) : JsonAnswer.read(body);
                problem = problem(request, status, answer);
            }
        } catch (IOException e) {
            problem = "no answer (" + e.getClass().getSimpleName() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "interrupted";
        }
        double millis = (System.nanoTime() - t0) / 1e6;
        if (millis > latest.toMillis()) {
            String late = "answered past the time limit + " + GRACE.toSeconds() + " s";
            problem = problem == null ? late : problem + ", " + late;
        }
        return new LoadReport.Answer(request, millis, status, problem);
    }

    /** A query POSTed to the endpoint; a table's download a GET of {@code /kg/table/NAME.csv}. */
    private HttpRequest http(LoadRequest request) {
        if (request.kind().equals(LoadRequest.TABLE)) {
            return HttpRequest.newBuilder(sparql.resolve("table/" + request.query() + ".csv"))
                    .timeout(requestTimeout).GET().build();
        }
        return HttpRequest.newBuilder(sparql)
                .timeout(requestTimeout)
                .header("Content-Type", "application/sparql-query; charset=utf-8")
                .header("Accept", "application/sparql-results+json")
                .POST(body(request))
                .build();
    }

    /** The query as the body, with its length or (for {@link LoadRequest#chunked()}) chunked. */
    private static HttpRequest.BodyPublisher body(LoadRequest request) {
        byte[] bytes = request.query().getBytes(StandardCharsets.UTF_8);
        return request.chunked() ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
                : HttpRequest.BodyPublishers.ofByteArray(bytes);
    }

    private static String problem(LoadRequest request, int status, JsonAnswer answer) {
        int expected = request.expectedStatus();
        boolean complete = answer.complete();
        if (status == 200 && complete && answer.rows() > request.maxRows()) {
            return "HTTP 200 with more rows than the page's " + request.maxRows();
        }
        if (status == expected && (expected != 200 || complete)) return null;
        if (status == 200 && !complete) return "HTTP 200 with a truncated body";
        if (status == 200) return "HTTP 200 in full, expected " + expected;
        return "HTTP " + status + ", expected " + expected;
    }
}
