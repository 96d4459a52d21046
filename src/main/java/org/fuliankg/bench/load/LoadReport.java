package org.fuliankg.bench.load;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.fuliankg.bench.process.ServerMemory;

/** What a {@link LoadTest} saw: requests and latencies per kind, unexpected answers, server memory, final check. */
public final class LoadReport {

    /**
     * One answer: its HTTP status (0: none came) and {@code problem}, how it differs from a correct server's (null
     * when it does not).
     */
    record Answer(LoadRequest request, double millis, int status, String problem) {}

    /** How many of the slowest answers are listed: what made them slow is the first question a report raises. */
    static final int SLOWEST = 10;

    private final int clients;
    private final Duration duration;
    private final Map<String, List<Double>> latencies = new TreeMap<>();
    private final Map<String, Integer> unexpected = new TreeMap<>();
    private final Map<String, Integer> problems = new TreeMap<>();
    private final List<Answer> slowest = new ArrayList<>();
    private List<ServerMemory.Sample> memory = List.of();
    private String finalCheck = "not run";

    LoadReport(int clients, Duration duration) {
        this.clients = clients;
        this.duration = duration;
    }

    synchronized void add(Answer answer) {
        String kind = answer.request().kind();
        latencies.computeIfAbsent(kind, k -> new ArrayList<>()).add(answer.millis());
        if (answer.problem() != null) {
            unexpected.merge(kind, 1, Integer::sum);
            problems.merge(kind + " '" + answer.request().name() + "': " + answer.problem(), 1, Integer::sum);
        }
        slowest.add(answer);
        slowest.sort(Comparator.comparingDouble(Answer::millis).reversed());
        if (slowest.size() > SLOWEST) slowest.remove(SLOWEST);
    }

    /** The slowest answers, slowest first. */
    synchronized List<Answer> slowest() {
        return List.copyOf(slowest);
    }

    void memory(List<ServerMemory.Sample> samples) {
        memory = List.copyOf(samples);
    }

    void finalCheck(Answer answer) {
        finalCheck = answer.problem() == null ? "ok" : answer.problem();
    }

    public synchronized int requests() {
        return latencies.values().stream().mapToInt(List::size).sum();
    }

    public synchronized int requests(String kind) {
        return latencies.getOrDefault(kind, List.of()).size();
    }

    public synchronized int unexpected() {
        return unexpected.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Whether the server answered everything as a correct server does and still answers at the end. */
    public boolean passed() {
        return unexpected() == 0 && finalCheck.equals("ok");
    }

    public String finalCheck() {
        return finalCheck;
    }

    /** Nearest-rank percentile of a kind's latencies, in ms (NaN without requests). */
    private synchronized double percentile(String kind, double p) {
        List<Double> sorted = new ArrayList<>(latencies.getOrDefault(kind, List.of()));
        if (sorted.isEmpty()) return Double.NaN;
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100 * sorted.size()) - 1));
    }

    public synchronized void print(PrintStream out) {
        out.printf("load test: %d clients, %d s, %d requests, %d unexpected answers, final check: %s%n",
                clients, duration.toSeconds(), requests(), unexpected(), finalCheck);
        out.printf("%-10s %9s %11s %10s %10s %10s%n", "kind", "requests", "unexpected", "p50 ms", "p99 ms", "max ms");
        for (String kind : latencies.keySet()) {
            out.printf("%-10s %9d %11d %10.1f %10.1f %10.1f%n", kind, requests(kind), unexpected.getOrDefault(kind, 0),
                    percentile(kind, 50), percentile(kind, 99), percentile(kind, 100));
        }
        problems.forEach((problem, n) -> out.printf("  %d × %s%n", n, problem));
        out.println("slowest answers:");
        for (Answer a : slowest) {
            out.printf("  %10.1f ms  HTTP %d  %s '%s'%n", a.millis(), a.status(), a.request().kind(), a.request().name());
        }
        if (!memory.isEmpty()) {
            ServerMemory.Sample first = memory.get(0);
            ServerMemory.Sample last = memory.get(memory.size() - 1);
            double liveMax = max(ServerMemory.Sample::liveHeapMb);
            double limit = max(ServerMemory.Sample::liveHeapLimitMb);
            out.printf("server memory (MiB, start → end, max): heap used %.0f → %.0f (%.0f), live heap %.0f → %.0f "
                    + "(%.0f of %.0f = %.0f%%), RSS %.0f → %.0f (%.0f), RssAnon %.0f → %.0f (%.0f)%n",
                    first.heapUsedMb(), last.heapUsedMb(), max(ServerMemory.Sample::heapUsedMb),
                    first.liveHeapMb(), last.liveHeapMb(), liveMax, limit, 100 * liveMax / limit,
                    first.rssMb(), last.rssMb(), max(ServerMemory.Sample::rssMb),
                    first.rssAnonMb(), last.rssAnonMb(), max(ServerMemory.Sample::rssAnonMb));
        }
    }

    private double max(ToDoubleFunction<ServerMemory.Sample> figure) {
        return memory.stream().mapToDouble(figure).filter(x -> !Double.isNaN(x)).max().orElse(Double.NaN);
    }

    public synchronized void writeJson(Path file) throws IOException {
        JsonObject o = new JsonObject();
        o.put("clients", clients);
        o.put("seconds", duration.toSeconds());
        o.put("requests", requests());
        o.put("unexpected", unexpected());
        JsonObject kinds = new JsonObject();
        for (String kind : latencies.keySet()) {
            JsonObject k = new JsonObject();
            k.put("requests", requests(kind));
            k.put("unexpected", unexpected.getOrDefault(kind, 0));
            k.put("p50_ms", round(percentile(kind, 50)));
            k.put("p99_ms", round(percentile(kind, 99)));
            k.put("max_ms", round(percentile(kind, 100)));
            kinds.put(kind, k);
        }
        o.put("kinds", kinds);
        JsonObject unexpectedAnswers = new JsonObject();
        problems.forEach(unexpectedAnswers::put);
        o.put("unexpected_answers", unexpectedAnswers);
        JsonArray slow = new JsonArray();
        for (Answer a : slowest) {
            JsonObject s = new JsonObject();
            s.put("kind", a.request().kind());
            s.put("name", a.request().name());
            s.put("status", a.status());
            s.put("ms", round(a.millis()));
            slow.add(s);
        }
        o.put("slowest", slow);
        JsonArray samples = new JsonArray();
        for (ServerMemory.Sample s : memory) {
            JsonObject m = new JsonObject();
            m.put("at_s", round(s.seconds()));
            m.put("heap_used_mb", round(s.heapUsedMb()));
            m.put("live_heap_mb", round(s.liveHeapMb()));
            m.put("live_heap_limit_mb", round(s.liveHeapLimitMb()));
            m.put("rss_mb", round(s.rssMb()));
            m.put("rss_anon_mb", round(s.rssAnonMb()));
            samples.add(m);
        }
        o.put("server_memory", samples);
        o.put("final_check", finalCheck);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            JSON.write(out, o);
        }
    }

    private static JsonValue round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return JsonNull.instance;
        return JsonNumber.value(BigDecimal.valueOf(x).setScale(1, RoundingMode.HALF_UP));
    }
}
