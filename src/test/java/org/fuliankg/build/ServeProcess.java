package org.fuliankg.build;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code fulian-kg serve} running as its own operating-system process, as a user starts it: the JVM running the
 * tests, with its class path, runs {@code org.fuliankg.cli.Main serve --port 0 …}. Its output goes to files, so
 * that a test can see what it printed even after killing it.
 */
final class ServeProcess implements AutoCloseable {

    private static final Pattern ENDPOINT = Pattern.compile("SPARQL endpoint \\(read-only\\): (\\S+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final Process process;
    private final Path stdout;
    private final Path stderr;
    private URI endpoint;

    private ServeProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts {@code serve --data DATA --port 0 --threads 1 INPUT…}; {@code logs} receives its output files. */
    static ServeProcess start(Path data, Path inputs, Path logs) throws IOException {
        Files.createDirectories(logs);
        String name = "serve-" + System.nanoTime();
        Path out = logs.resolve(name + ".out");
        Path err = logs.resolve(name + ".err");
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xmx768m", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "org.fuliankg.cli.Main",
                "serve", "--data", data.toString(), "--port", "0", "--threads", "1", inputs.toString()));
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new ServeProcess(process, out, err);
    }

    /** Waits until it serves (it prints its endpoint) and returns the SPARQL endpoint's URL. */
    URI awaitReady(Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (endpoint == null) {
            Matcher m = ENDPOINT.matcher(Files.readString(stdout, StandardCharsets.UTF_8));
            if (m.find()) {
                endpoint = URI.create(m.group(1));
            } else if (!process.isAlive()) {
                throw new IllegalStateException("serve exited with " + process.exitValue() + ": " + stderr());
            } else if (System.nanoTime() > deadline) {
                throw new IllegalStateException("serve not ready after " + limit + ": " + stderr());
            } else {
                Thread.sleep(100);
            }
        }
        return endpoint;
    }

    boolean ready() throws IOException {
        return ENDPOINT.matcher(Files.readString(stdout, StandardCharsets.UTF_8)).find();
    }

    String stderr() throws IOException {
        return Files.readString(stderr, StandardCharsets.UTF_8);
    }

    /** A SELECT's answer as CSV; fails on any status but 200. */
    String query(String sparql) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/sparql-query; charset=utf-8")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(sparql, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " from " + endpoint + ": " + response.body());
        }
        return response.body();
    }

    /** kill -9: the process gets no chance to clean up. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    long pid() {
        return process.pid();
    }

    /** Ctrl-C: a normal stop. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) kill();
    }
}
