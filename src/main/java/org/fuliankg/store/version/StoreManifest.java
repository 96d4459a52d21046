package org.fuliankg.store.version;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a store was built from: the build version, the SHA-256 of every input file and the named graph each input
 * produced. A store whose inputs and version equal the current ones is reused; when only some inputs changed, the
 * graphs recorded here say which ones to replace.
 *
 * <p>Stored as UTF-8 text: a {@code manifest-format} and a {@code build-version} line, then one
 * {@code sha256 TAB graphs TAB path} line per input: the graphs it made separated by spaces (a web archive makes
 * one per page), or {@code -} for an input that made none (it was skipped).
 */
public record StoreManifest(String buildVersion, List<Input> inputs) {

    private static final String FORMAT_LINE = "manifest-format\t3";
    private static final String VERSION_KEY = "build-version\t";
    private static final String UNREADABLE = "unreadable";
    private static final String NO_GRAPH = "-";
    /** The version of a manifest that must match nothing: damaged, or written before graphs were recorded. */
    private static final String UNUSABLE = "(unusable manifest)";

    /**
     * One input file, the hash of its bytes, and the IRIs of the named graphs it produced (none when it was skipped,
     * or before it is built).
     */
    public record Input(String path, String sha256, List<String> graphs) {
        public Input {
            graphs = List.copyOf(graphs);
        }

        public boolean hasGraph() {
            return !graphs.isEmpty();
        }

        /** Same file with the same content. */
        boolean sameContent(Input other) {
            return path.equals(other.path) && sha256.equals(other.sha256);
        }
    }

    public StoreManifest {
        inputs = List.copyOf(inputs);
    }

    /**
     * The manifest for building {@code files} with this build of the code (no graphs yet). A file that cannot be
     * read gets the hash {@value #UNREADABLE}: the build reports and skips it, and the store is rebuilt once it can
     * be read.
     */
    public static StoreManifest of(String buildVersion, List<Path> files) {
        List<Input> inputs = new ArrayList<>();
        for (Path file : files) inputs.add(new Input(file.toString(), sha256(file), List.of()));
        return new StoreManifest(buildVersion, inputs);
    }

    /** Whether a store built from {@code other} was built by the same code from the same files. */
    public boolean sameInputs(StoreManifest other) {
        if (!buildVersion.equals(other.buildVersion) || inputs.size() != other.inputs.size()) return false;
        for (int i = 0; i < inputs.size(); i++) {
            if (!inputs.get(i).sameContent(other.inputs.get(i))) return false;
        }
        return true;
    }

    /** This manifest with the graphs each input produced ({@code graphs}: input path → graph IRIs; absent: none). */
    public StoreManifest withGraphs(Map<String, List<String>> graphs) {
        return new StoreManifest(buildVersion, inputs.stream()
                .map(in -> new Input(in.path(), in.sha256(), graphs.getOrDefault(in.path(), List.of()).stream().sorted().toList()))
                .toList());
    }

    public void write(Path file) throws IOException {
        var text = new StringBuilder("# fulian-kg store manifest: the store is rebuilt when this changes\n");
        text.append(FORMAT_LINE).append('\n');
        text.append(VERSION_KEY).append(buildVersion).append('\n');
        for (Input input : inputs) {
            text.append(input.sha256()).append('\t').append(input.hasGraph() ? String.join(" ", input.graphs()) : NO_GRAPH)
                    .append('\t').append(input.path()).append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /**
     * Reads a manifest written by {@link #write}; a damaged file, or one of an older format that records no
     * graphs, reads as a manifest that matches nothing (its store is then rebuilt in full).
     */
    public static StoreManifest read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (!lines.contains(FORMAT_LINE)) return new StoreManifest(UNUSABLE, List.of());
        String version = "";
        List<Input> inputs = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("#") || line.isEmpty() || line.equals(FORMAT_LINE)) continue;
            if (line.startsWith(VERSION_KEY)) {
                version = line.substring(VERSION_KEY.length());
                continue;
            }
            String[] fields = line.split("\t", 3); // the path comes last: it may hold a tab
            if (fields.length < 3) return new StoreManifest(UNUSABLE, List.of());
            inputs.add(new Input(fields[2], fields[0], fields[1].equals(NO_GRAPH) ? List.of() : List.of(fields[1].split(" "))));
        }
        return new StoreManifest(version, inputs);
    }

    private static String sha256(Path file) {
        try {
            return Sha256.of(file);
        } catch (IOException e) {
            return UNREADABLE;
        }
    }
}
