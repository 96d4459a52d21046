package org.fuliankg.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of a shard directory, written by {@link SparkBuild} and read by {@link ShardSet}:
 *
 * <pre>
 * shards/
 *   reference-data.nq.gz      the shared reference data graph, once (written by the driver)
 *   part-00000.nq.gz          the named graphs of one partition's documents, in input order
 *   part-00000.manifest.tsv   its inputs: SHA-256, the graph each made ('-': none), path (a StoreManifest)
 *   …
 *   skipped.tsv               inputs that made no graph, and why: path TAB reason
 *   _SUCCESS                  written last, when every shard is complete: the job's inputs, one per line
 * </pre>
 *
 * Partitions are consecutive runs of the inputs in build order, so the shards in index order hold the documents
 * in the order {@code build} writes them.
 */
final class ShardLayout {

    static final String REFERENCE_DATA = "reference-data.nq.gz";
    static final String SKIPPED = "skipped.tsv";
    static final String SUCCESS = "_SUCCESS";
    private static final Pattern SHARD = Pattern.compile("part-(\\d{5,})\\.nq\\.gz");

    private ShardLayout() {}

    static String shard(int index) {
        return String.format("part-%05d.nq.gz", index);
    }

    static String manifest(int index) {
        return String.format("part-%05d.manifest.tsv", index);
    }

    /** The index of a shard file's name; empty for any other file. */
    static OptionalInt shardIndex(String fileName) {
        Matcher m = SHARD.matcher(fileName);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** A name beside {@code target} no other task attempt uses: retried and speculative attempts may overlap. */
    static Path temporary(Path target) {
        return target.resolveSibling(target.getFileName() + ".tmp-" + UUID.randomUUID());
    }

    /**
     * Renames a complete temporary file to its final name, replacing what an earlier attempt of the same task left
     * (attempts write the same content): a reader never sees a half-written file under a final name.
     */
    static void moveIntoPlace(Path temporary, Path target) throws IOException {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
