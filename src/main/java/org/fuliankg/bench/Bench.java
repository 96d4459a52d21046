package org.fuliankg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.fuliankg.bench.growth.Growth;
import org.fuliankg.bench.growth.GrowthProjection;
import org.fuliankg.bench.process.ChildJvm;
import org.fuliankg.bench.process.ScaleResult;
import org.fuliankg.bench.process.ScaleRun;
import org.fuliankg.bench.process.SparkLocalRun;
import org.fuliankg.generate.CorpusGenerator;
import org.fuliankg.source.UnreadableSourceException;

/**
 * One benchmark run on this machine: extraction throughput and thread speed-up in this JVM, then for three corpus
 * sizes a fresh JVM each building the served store (time, triples, size, peak memory; rebuilds on the largest) and
 * the first run of every query over it (the growth table), then SPARQL latency under load on the largest store. Generated articles only (seed 1), so runs compare.
 *
 * @param work     scratch directory, emptied first
 * @param queryDir the canned queries ({@code queries/})
 */
public record Bench(boolean quick, int threads, Path work, Path queryDir, int clients, double querySeconds) {

    private static final long SEED = 1;
    /** serve's default query time limit: where the growth projection has a query fail. */
    private static final double SERVE_TIMEOUT_MS = 30_000;

    public BenchReport run(PrintStream out) throws IOException, InterruptedException, UnreadableSourceException {
        long start = System.nanoTime();
        Steps progress = new Steps(out, start);
        BenchReport.Machine machine = machine();
        delete(work);
        CorpusGenerator generator = new CorpusGenerator(SEED);
        // 100 articles are ~0.2 M characters (seconds a round); 1,800 are ~4 M, over 30 s for the one-thread builder
        int throughputArticles = quick ? 100 : 1800;
        int small = quick ? 200 : 1000;
        int middle = quick ? 600 : 3000; // the growth table's third size: fits need three
        int large = quick ? 2000 : 10000;

        progress.say("bench: extraction throughput on " + throughputArticles + " articles");
        List<Path> sample = generator.write(throughputArticles, work.resolve("throughput"));
        // two rounds, the best of each kept: in one round the pipeline's code was still being compiled (round 2 was
        // 8-20% faster) while HanLP alone, measured after it, was not
        ExtractionThroughput.Result extraction = ExtractionThroughput.measure(sample, 2);

        ScaleResult smallResult = scale(generator, small, false, progress);
        // a pass that only warms this JVM's code (a cold JIT made the smallest store's first runs the slowest);
        // each measured pass still opens its store fresh, its caches cold
        progress.say("bench: every query once on the " + small + "-article store to warm this JVM (not measured)");
        QueryLoad.firstRuns(smallResult.store(), queryDir);
        Growth.Point smallPoint = firstRuns(smallResult, progress);
        progress.say("bench: the Spark job in local[2] on the " + small + " articles");
        SparkLocalRun.Result spark = SparkLocalRun.time(work.resolve("texts-" + small), work.resolve("shards-" + small));
        Growth.Point middlePoint = firstRuns(scale(generator, middle, false, progress), progress);
        ScaleResult largeResult = scale(generator, large, true, progress);

        progress.say("bench: SPARQL load, " + clients + " clients for " + querySeconds + " s");
        QueryLoad.Result queries = QueryLoad.run(largeResult.store(), queryDir, clients, querySeconds);
        progress.say("bench: reconciliation, a batch of " + ReconcileTiming.NAMES + " names");
        ReconcileTiming.Result reconcile = ReconcileTiming.run(largeResult.store());
        Map<String, Double> largeFirst = new LinkedHashMap<>();
        queries.firstMillis().forEach((q, ms) -> largeFirst.put(q, queries.rows().get(q) < 0 ? Double.NaN : ms));
        var growth = new Growth(List.of(smallPoint, middlePoint, new Growth.Point(largeResult, largeFirst)));
        var limits = new GrowthProjection.Limits(largeResult.maxHeapMb(), machine.memoryMb(),
                Files.getFileStore(work).getUsableSpace() / (1024.0 * 1024.0), SERVE_TIMEOUT_MS);
        return new BenchReport(quick, threads, machine, extraction, smallResult, largeResult, queries, spark,
                ScaleRun.seconds(start), reconcile, new GrowthProjection(growth, limits));
    }

    /**
     * Only the bench's SPARQL part on a store already built ({@code bench queries}): every query of {@code queryDir}
     * once uncached and once kept, then under load as {@link #run} does it on its largest store, printed as its table.
     */
    public static void queryLoad(Path store, Path queryDir, int clients, double seconds, PrintStream out)
            throws IOException, InterruptedException {
        QueryLoad.Result queries = QueryLoad.run(store, queryDir, clients, seconds);
        out.printf(Locale.ROOT, "SPARQL on %s, %d clients, %.0f s; errors: %d%n", store, clients, seconds, queries.errors());
        BenchReport.printQueries(out, queries);
    }

    /** The first run of every canned query on a fresh server over a size's store: its row of the growth table. */
    private Growth.Point firstRuns(ScaleResult scale, Steps progress) throws IOException, InterruptedException {
        progress.say("bench: first run of every query on the " + scale.articles() + "-article store");
        return new Growth.Point(scale, QueryLoad.firstRuns(scale.store(), queryDir));
    }

    private ScaleResult scale(CorpusGenerator generator, int articles, boolean rebuilds, Steps progress)
            throws IOException {
        progress.say("bench: " + articles + " articles, text -> store in a fresh JVM" + (rebuilds ? ", then rebuilds" : ""));
        Path texts = work.resolve("texts-" + articles);
        generator.write(articles, texts);
        return ChildJvm.scale(texts, work.resolve("data-" + articles), threads, rebuilds);
    }

    /** Says each step with the time since the bench started, so a slow step shows. */
    private record Steps(PrintStream out, long startNanos) {
        void say(String step) {
            long s = (System.nanoTime() - startNanos) / 1_000_000_000;
            out.printf(Locale.ROOT, "[%d:%02d] %s%n", s / 60, s % 60, step);
        }
    }

    private static BenchReport.Machine machine() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new BenchReport.Machine(Runtime.getRuntime().availableProcessors(),
                os.getTotalMemorySize() / (1024 * 1024), System.getProperty("java.version"), os.getSystemLoadAverage());
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
