package org.fuliankg.bench;

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
final class ChildJvm {

    private ChildJvm() {}

    static ScaleResult scale(Path texts, Path dataDir, int threads, boolean rebuilds) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        // the same heap settings as this JVM, so the figures are those of the command a user runs
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-X") || a.startsWith("-D")).toList());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.fuliankg.cli.Main",
                "bench", "scale", texts.toString(), dataDir.toString(), "--threads", Integer.toString(threads)));
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
