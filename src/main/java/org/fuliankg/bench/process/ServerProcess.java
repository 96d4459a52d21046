package org.fuliankg.bench.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code fulian-kg serve} on a data directory, started as its own process ({@link ChildJvm#fulianKg}) so
 * that its memory can be measured apart from the load test's clients. Its messages go to this process's stderr.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Pattern ENDPOINT = Pattern.compile("(https?://\\S+/sparql)\\b");

    private final Process process;
    private final URI sparql;

    private ServerProcess(Process process, URI sparql) {
        this.process = process;
        this.sparql = sparql;
    }

    /**
     * Starts serving {@code inputs} from {@code data} (building the store first when it does not match them) with
     * the canned queries of {@code queries} on a free loopback port, and waits until it prints its endpoint.
     */
    public static ServerProcess start(Path data, List<Path> inputs, Path queries, int threads, int timeoutSeconds,
                                      long maxRows) throws IOException, InterruptedException {
        List<String> command = ChildJvm.fulianKg("serve", "--data", data.toString(), "--port", "0",
                "--threads", Integer.toString(threads), "--timeout", Integer.toString(timeoutSeconds),
                "--max-rows", Long.toString(maxRows), "--queries", queries.toString());
        inputs.forEach(input -> command.add(input.toString()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        CompletableFuture<URI> endpoint = CompletableFuture.supplyAsync(() -> endpointOf(process));
        try {
            return new ServerProcess(process, endpoint.get(30, TimeUnit.MINUTES));
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IOException("serve did not start: " + e.getMessage(), e);
        }
    }

    /** Reads the server's output until the line with its endpoint, then drains the rest in the background. */
    private static URI endpointOf(Process process) {
        var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            for (String line; (line = out.readLine()) != null; ) {
                Matcher m = ENDPOINT.matcher(line);
                if (m.find()) {
                    Thread drain = new Thread(() -> out.lines().forEach(ignored -> { }), "serve-output");
                    drain.setDaemon(true);
                    drain.start();
                    return URI.create(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("serve exited without serving (exit code "
                + process.onExit().join().exitValue() + ")");
    }

    public URI sparql() {
        return sparql;
    }

    public long pid() {
        return process.pid();
    }

    /** Stops the server as Ctrl-C does. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly();
    }
}
