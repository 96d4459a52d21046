package org.fuliankg.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.fuliankg.build.CorpusBuilder;
import org.fuliankg.build.InputFile;
import org.fuliankg.build.InputFiles;
import org.fuliankg.build.SkippedInput;
import org.fuliankg.store.version.BuildVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The build of a corpus as an Apache Spark job, for corpora beyond one machine: the driver lists the inputs as
 * {@code build} does and writes the reference data once; each task runs the pipeline over one partition (a run of
 * consecutive inputs) with one {@code Pipeline} and writes one shard of N-Quads ({@link ShardLayout}). The union
 * of the shards is what {@code build} writes; {@code fulian-kg load} puts it into a store {@code serve} reuses.
 *
 * <p>Inputs and output are read and written with plain file I/O: on a cluster they must be on a file system every
 * executor mounts at the same path (NFS and the like). Run with {@code spark-submit} (see the README).
 */
@Command(name = "SparkBuild", mixinStandardHelpOptions = true,
        description = {"Builds the knowledge graph of text files and directories as a Spark job: one shard of "
                + "N-Quads per partition in OUT, the shared reference data once. Load the shards with "
                + "'fulian-kg load OUT --data DIR'.",
                "Without spark.master (spark-submit's --master) it runs in local[*]."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure", "2:bad arguments", "3:built, but some input files were skipped"})
public final class SparkBuild implements Callable<Integer> {

    /** Documents per partition when not told: large enough that one Pipeline serves many documents. */
    static final int DOCUMENTS_PER_PARTITION = 1000;

    /** What a run did: documents with a graph, inputs skipped (with why), shards written. */
    public record Summary(int documents, List<SkippedInput> skipped, int shards) {
        public Summary {
            skipped = List.copyOf(skipped);
        }
    }

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Text files, or directories searched recursively (hidden files skipped), as for build")
    private List<Path> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT", required = true,
            description = "Directory for the shards; must not exist or be empty")
    private Path out;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions (= tasks = shards). Default: one per " + DOCUMENTS_PER_PARTITION
                    + " inputs, at least twice the default parallelism")
    private Integer partitions;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkBuild()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        if (partitions != null && partitions < 1) throw new IllegalArgumentException("--partitions must be at least 1");
        SparkConf conf = new SparkConf().setAppName("fulian-kg build");
        if (!conf.contains("spark.master")) {
            // on this machine only: the driver listens on loopback, not on the address the host name resolves to
            conf.setMaster("local[*]").setIfMissing("spark.driver.host", "127.0.0.1")
                    .setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        Summary summary;
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            summary = run(spark, inputs, out, partitions == null ? 0 : partitions);
        }
        summary.skipped().forEach(s -> System.err.println("skipped " + s));
        System.err.println("SparkBuild: " + summary.documents() + " documents in " + summary.shards() + " shards, "
                + summary.skipped().size() + " inputs skipped; load with: fulian-kg load " + out + " --data DIR");
        return summary.skipped().isEmpty() ? 0 : 3;
    }

    /**
     * Builds the shards of {@code inputs} into {@code out}.
     *
     * @param partitions how many; 0 picks (see {@link #DOCUMENTS_PER_PARTITION})
     * @throws IOException when {@code out} is not empty or an input does not exist; a failed task fails the job
     */
    public static Summary run(JavaSparkContext spark, List<Path> inputs, Path out, int partitions) throws IOException {
        // absolute: executors may run in other working directories
        List<Path> roots = inputs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        List<InputFile> files = InputFiles.corpus(roots).inputs();
        if (files.isEmpty()) throw new IOException("no input files in " + inputs);
        prepare(out);
        ShardWriter.writeQuads(out.resolve(ShardLayout.REFERENCE_DATA), quads -> {
            new CorpusBuilder(1).referenceData(quads);
            return null;
        });
        String version = BuildVersion.current(); // the driver's jar: the one 'serve' compares with
        String dir = out.toAbsolutePath().toString();
        int slices = partitions > 0 ? partitions : defaultPartitions(files.size(), spark.defaultParallelism());
        List<ShardWriter.Result> results = new ArrayList<>(spark
                // an input travels as "path<TAB>name": Path is not serialisable, and the name (its graph's) is the build's
                .parallelize(files.stream().map(f -> f.path() + "\t" + f.name()).toList(), slices)
                .mapPartitionsWithIndex((Integer index, Iterator<String> paths) -> List.of(
                        ShardWriter.write(index, inputsOf(paths), Path.of(dir), version)).iterator(), true)
                .collect());
        results.sort(Comparator.comparingInt(ShardWriter.Result::index));
        List<SkippedInput> skipped = results.stream().flatMap(r -> r.skipped().stream())
                .map(s -> new SkippedInput(Path.of(s.path()), s.reason()))
                .toList();
        int documents = results.stream().mapToInt(ShardWriter.Result::documents).sum();
        finish(out, roots, skipped);
        return new Summary(documents, skipped, results.size());
    }

    /** About {@link #DOCUMENTS_PER_PARTITION} inputs a partition, enough partitions to even out slow ones. */
    static int defaultPartitions(int files, int parallelism) {
        int bySize = (files + DOCUMENTS_PER_PARTITION - 1) / DOCUMENTS_PER_PARTITION;
        return Math.max(1, Math.min(files, Math.max(bySize, 2 * parallelism)));
    }

    private static List<InputFile> inputsOf(Iterator<String> inputs) {
        List<InputFile> files = new ArrayList<>();
        inputs.forEachRemaining(line -> {
            int tab = line.lastIndexOf('\t');
            files.add(new InputFile(Path.of(line.substring(0, tab)), line.substring(tab + 1)));
        });
        return files;
    }

    /** A new shard directory: shards of an earlier run mixed in would be loaded with the new ones. */
    private static void prepare(Path out) throws IOException {
        if (Files.isDirectory(out)) {
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(out + " is not empty: give the job a new directory for its shards");
                }
            }
        }
        Files.createDirectories(out);
    }

    /** The skipped list, then the mark that the shards are complete: the job's inputs. */
    private static void finish(Path out, List<Path> roots, List<SkippedInput> skipped) throws IOException {
        var lines = new StringBuilder();
        for (SkippedInput s : skipped) {
            lines.append(s.path()).append('\t').append(s.reason().replaceAll("[\t\r\n]+", " ")).append('\n');
        }
        Files.writeString(out.resolve(ShardLayout.SKIPPED), lines, StandardCharsets.UTF_8);
        var success = new StringBuilder();
        for (Path root : roots) success.append(root).append('\n');
        Files.writeString(out.resolve(ShardLayout.SUCCESS), success, StandardCharsets.UTF_8);
    }
}
