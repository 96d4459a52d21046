package org.fuliankg.bench.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The memory of the server under load, sampled from outside: from Fuseki's Prometheus metrics ({@code /$/metrics}),
 * its used heap (garbage included: G1 fills the heap before it collects) and its live heap (the long-lived pool
 * after the last collection that shrank it, Micrometer's {@code jvm_gc_live_data_size_bytes}) against that pool's
 * limit; and its resident set size from {@code /proc/PID/status} when the server is a process on this machine.
 */
public final class ServerMemory {

    /** One sample, in MiB; NaN where the figure is not available. */
    public record Sample(double seconds, double heapUsedMb, double liveHeapMb, double liveHeapLimitMb, double rssMb,
                  double rssAnonMb) {}

    private final HttpClient http;
    private final URI metrics;
    private final OptionalLong pid;
    private final long t0 = System.nanoTime();
    private final List<Sample> samples = new ArrayList<>();

    public ServerMemory(HttpClient http, URI serverRoot, OptionalLong pid) {
        this.http = http;
        this.metrics = serverRoot.resolve("/$/metrics");
        this.pid = pid;
    }

    public synchronized Sample sample() {
        String text = metricsText();
        Sample s = new Sample((System.nanoTime() - t0) / 1e9, sumMb(text, "jvm_memory_used_bytes", "area=\"heap\""),
                sumMb(text, "jvm_gc_live_data_size_bytes", ""), sumMb(text, "jvm_gc_max_data_size_bytes", ""),
                statusMb("VmRSS:"), statusMb("RssAnon:"));
        samples.add(s);
        return s;
    }

    public synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    private String metricsText() {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? r.body() : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** Sums the values of a metric's lines whose labels contain {@code label} ("" for any), in MiB; NaN when none. */
    static double sumMb(String metrics, String name, String label) {
        double bytes = 0;
        boolean found = false;
        for (String line : metrics.split("\n")) {
            if (!line.startsWith(name) || line.length() == name.length()) continue;
            char after = line.charAt(name.length());
            if ((after != '{' && after != ' ') || !line.contains(label)) continue;
            try {
                bytes += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                found = true;
            } catch (NumberFormatException notAValue) {
                // a malformed line: left out
            }
        }
        return found ? bytes / (1024 * 1024) : Double.NaN;
    }

    /** A figure of {@code /proc/PID/status} in MiB: {@code VmRSS:}, or its anonymous part {@code RssAnon:} (heap and
     * native memory, apart from the store's memory-mapped files). */
    private double statusMb(String field) {
        if (pid.isEmpty()) return Double.NaN;
        OptionalLong kb = MemorySampler.statusKb(Path.of("/proc", Long.toString(pid.getAsLong()), "status"), field);
        return kb.isPresent() ? kb.getAsLong() / 1024.0 : Double.NaN;
    }
}
