package org.fuliankg.bench;

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
 * The memory of the server under load, sampled from outside: its used heap (garbage included) from Fuseki's
 * Prometheus metrics ({@code /$/metrics}), and its resident set size from {@code /proc/PID/status} when the server
 * is a process on this machine.
 */
final class ServerMemory {

    /** One sample, in MiB; NaN where the figure is not available. */
    record Sample(double seconds, double heapUsedMb, double rssMb, double rssAnonMb) {}

    private final HttpClient http;
    private final URI metrics;
    private final OptionalLong pid;
    private final long t0 = System.nanoTime();
    private final List<Sample> samples = new ArrayList<>();

    ServerMemory(HttpClient http, URI serverRoot, OptionalLong pid) {
        this.http = http;
        this.metrics = serverRoot.resolve("/$/metrics");
        this.pid = pid;
    }

    synchronized Sample sample() {
        Sample s = new Sample((System.nanoTime() - t0) / 1e9, heapUsedMb(metricsText()), statusMb("VmRSS:"),
                statusMb("RssAnon:"));
        samples.add(s);
        return s;
    }

    synchronized List<Sample> samples() {
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

    /** Sums the heap pools' {@code jvm_memory_used_bytes} lines. */
    private static double heapUsedMb(String metrics) {
        double bytes = 0;
        boolean found = false;
        for (String line : metrics.split("\n")) {
            if (!line.startsWith("jvm_memory_used_bytes{") || !line.contains("area=\"heap\"")) continue;
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
