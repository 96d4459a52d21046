package org.fuliankg.spark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.fuliankg.build.SkippedInput;
import org.fuliankg.store.version.StoreManifest;

/**
 * The shards of a finished {@link SparkBuild}, read back as the quads and manifest of one build.
 *
 * <p>A task sees only its own partition, so two documents of different partitions may make the same graph (a
 * graph a single build gives to the first file in path order and refuses to the later ones). Partitions hold
 * consecutive inputs, so the graph belongs to the earliest shard that has it; later shards' quads of that graph are
 * left out and their input is reported as skipped, as {@code build} does.
 */
public final class ShardSet {

    private final Path dir;
    private final List<Path> shards;
    /** Per shard: graphs an earlier shard already has. */
    private final List<Set<String>> leftOut;
    private final StoreManifest manifest;
    private final List<Path> inputs;
    private final List<SkippedInput> skipped;

    private ShardSet(Path dir, List<Path> shards, List<Set<String>> leftOut, StoreManifest manifest, List<Path> inputs,
                     List<SkippedInput> skipped) {
        this.dir = dir;
        this.shards = shards;
        this.leftOut = leftOut;
        this.manifest = manifest;
        this.inputs = inputs;
        this.skipped = skipped;
    }

    /**
     * Reads the manifests of the shards in {@code dir}.
     *
     * @throws IOException naming the file and reason when {@code dir} is not the complete output of a job
     */
    public static ShardSet open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new NoSuchFileException(dir.toString(), null, "no such directory");
        Path success = dir.resolve(ShardLayout.SUCCESS);
        if (!Files.isRegularFile(success)) {
            throw new IOException(dir + ": no " + ShardLayout.SUCCESS + " file: not the shards of a finished Spark "
                    + "build (the job failed, is still running, or wrote elsewhere)");
        }
        requireFile(dir.resolve(ShardLayout.REFERENCE_DATA));
        List<Path> shards = shardsIn(dir);
        String version = null;
        List<StoreManifest.Input> all = new ArrayList<>();
        List<Set<String>> leftOut = new ArrayList<>();
        List<SkippedInput> skipped = new ArrayList<>(skippedBy(dir.resolve(ShardLayout.SKIPPED)));
        Map<String, String> owners = new HashMap<>();
        for (int index = 0; index < shards.size(); index++) {
            Path file = dir.resolve(ShardLayout.manifest(index));
            requireFile(file);
            StoreManifest part = StoreManifest.read(file);
            if (version == null) version = part.buildVersion();
            if (!version.equals(part.buildVersion())) {
                throw new IOException(file + ": made by build '" + part.buildVersion() + "', shard 0 by '" + version
                        + "': shards of different runs are mixed");
            }
            Set<String> taken = new HashSet<>();
            for (StoreManifest.Input input : part.inputs()) {
                String graph = input.graphs().stream().filter(owners::containsKey).findFirst().orElse(null);
                if (graph == null) {
                    input.graphs().forEach(g -> owners.put(g, input.path()));
                    all.add(input);
                    continue;
                }
                taken.addAll(input.graphs());
                all.add(new StoreManifest.Input(input.path(), input.sha256(), List.of()));
                skipped.add(new SkippedInput(Path.of(input.path()),
                        "its graph <" + graph + "> is already used by " + owners.get(graph)));
            }
            leftOut.add(taken);
        }
        List<Path> inputs = Files.readAllLines(success, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).map(Path::of).toList();
        return new ShardSet(dir, shards, leftOut, new StoreManifest(version, all), inputs, List.copyOf(skipped));
    }

    /** What a store of these shards is built from: the job's build version, every input, the graph it made. */
    public StoreManifest manifest() {
        return manifest;
    }

    /** The inputs the job was given (absolute): {@code serve} given the same reuses a store of these shards. */
    public List<Path> inputs() {
        return inputs;
    }

    /** Inputs that made no graph: those the job skipped, then those whose graph an earlier shard has. */
    public List<SkippedInput> skipped() {
        return skipped;
    }

    /**
     * Sends the reference data and then every shard's quads, in build order, to {@code out}; the caller calls its
     * {@code start()} and {@code finish()}.
     *
     * @return input path → the graphs it made, for every input that made one
     */
    public Map<String, List<String>> send(StreamRDF out) {
        parse(dir.resolve(ShardLayout.REFERENCE_DATA), Set.of(), out);
        for (int index = 0; index < shards.size(); index++) parse(shards.get(index), leftOut.get(index), out);
        Map<String, List<String>> graphs = new HashMap<>();
        for (StoreManifest.Input input : manifest.inputs()) {
            if (input.hasGraph()) graphs.put(input.path(), input.graphs());
        }
        return graphs;
    }

    private static void parse(Path shard, Set<String> leftOut, StreamRDF out) {
        // the parser starts and finishes its destination; the caller's stream spans all shards
        StreamRDF into = new StreamRDFWrapper(out) {
            @Override
            public void start() {}

            @Override
            public void finish() {}

            @Override
            public void quad(Quad quad) {
                if (leftOut.isEmpty() || !leftOut.contains(quad.getGraph().getURI())) super.quad(quad);
            }
        };
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(shard)), 1 << 16)) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(into);
        } catch (IOException | RiotException e) {
            throw new IllegalStateException(shard + ": not a readable shard of gzipped N-Quads: " + e.getMessage(), e);
        }
    }

    /** The shards 0 … n-1, all of them: a gap means a lost file. */
    private static List<Path> shardsIn(Path dir) throws IOException {
        Set<Integer> indexes = new LinkedHashSet<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.map(p -> ShardLayout.shardIndex(p.getFileName().toString()))
                    .filter(OptionalInt::isPresent)
                    .forEach(i -> indexes.add(i.getAsInt()));
        }
        List<Path> shards = new ArrayList<>();
        for (int index = 0; index < indexes.size(); index++) {
            Path shard = dir.resolve(ShardLayout.shard(index));
            requireFile(shard);
            shards.add(shard);
        }
        if (shards.isEmpty()) throw new IOException(dir + ": no shards (" + ShardLayout.shard(0) + " …)");
        return shards;
    }

    private static List<SkippedInput> skippedBy(Path file) throws IOException {
        requireFile(file);
        List<SkippedInput> skipped = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.lastIndexOf('\t'); // the reason has no tab; a path might
            if (tab > 0) skipped.add(new SkippedInput(Path.of(line.substring(0, tab)), line.substring(tab + 1)));
        }
        return skipped;
    }

    private static void requireFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new NoSuchFileException(file.toString(), null, "missing from the shards");
    }
}
