package org.fuliankg.bench.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code fulian-kg bench scale} in a new JVM with this JVM's class path and options, and reads the
 * {@link ScaleResult} it prints as its last line.
 */
public final class ChildJvm {

    /** The JVM options the {@code fulian-kg} launcher script uses unless told otherwise. */
    private static final List<String> LAUNCHER_DEFAULTS = List.of("-Xmx1g", "-XX:+UseG1GC", "-XX:G1PeriodicGCInterval=30000");

    private ChildJvm() {}

    /**
     * The heap settings of this JVM, so the figures are those of the command a user runs; when this JVM was started
     * without a heap limit (plain {@code java -jar}), the launcher script's defaults, as the JVM's own default (a
     * quarter of the machine's memory) lets the heap, and so the peak RSS, grow with the corpus.
     */
    static List<String> jvmOptions(List<String> parentOptions) {
        List<String> options = new ArrayList<>(parentOptions.stream()
                .filter(a -> a.startsWith("-X") || a.startsWith("-D")).toList());
        if (options.stream().noneMatch(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxRAMPercentage"))) {
            options.addAll(0, LAUNCHER_DEFAULTS);
        }
        return options;
    }

    /** The command line running {@code fulian-kg ARGS} in a new JVM: this JVM's java, class path and options. */
    static List<String> fulianKg(String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.fuliankg.cli.Main"));
        command.addAll(List.of(args));
        return command;
    }

    public static ScaleResult scale(Path texts, Path dataDir, int threads, boolean rebuilds) throws IOException {
        List<String> command = fulianKg("bench", "scale", texts.toString(), dataDir.toString(),
                "--threads", Integer.toString(threads));
        if (rebuilds) command.add("--rebuilds");
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String last = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (!line.isBlank()) last = line;
            }
        }
        try {
            int exit = process.waitFor();
            if (exit != 0 || last == null) throw new IOException("bench scale exited with " + exit + " for " + texts);
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return ScaleResult.fromJson(last);
    }
}
