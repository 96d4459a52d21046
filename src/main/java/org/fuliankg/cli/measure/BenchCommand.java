package org.fuliankg.cli.measure;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fuliankg.bench.Bench;
import org.fuliankg.bench.BenchReport;
import org.fuliankg.bench.process.ScaleRun;
import org.fuliankg.cli.console.Console;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures this machine on generated articles of realistic length (median ~1,200 characters, "
                + "up to 20,000): extraction throughput against HanLP alone, the speed-up of two threads, text -> "
                + "served store time, characters, quads, store size and peak memory for 1,000, 3,000 and 10,000 "
                + "articles (each in a fresh JVM) with every query's first run on each (the growth table, fitted and "
                + "projected to 100,000 and 1,000,000 articles: docs/growth.md), rebuild times (unchanged, 1%% changed) and SPARQL latency (first run uncached, then "
                + "cached, and p50/p99 under concurrent HTTP clients) of every canned query.",
                "Prints a table and writes JSON (keys: pipeline_chars_per_s, hanlp_ner_chars_per_s (the same sentences), "
                        + "pipeline_vs_hanlp_ratio, pipeline_vs_hanlp_cpu_ratio (the same in thread CPU time), speedup_2_threads, build_seconds_1000, build_seconds_10000, "
                        + "chars_1000, chars_10000, chars_per_s_10000, quads_per_1000_chars, triples_10000, "
                        + "peak_rss_mb_1000, peak_rss_mb_10000, rss_anon_mb_1000, rss_anon_mb_10000, query_first_ms, "
                        + "query_cached_ms, query_rows, contract_rows_per_s, dump_rows_per_s, query_p50_ms (clients accepting gzip, "
                        + "to the last byte decompressed), query_p50_identity_ms (the answers sent gzipped, again for "
                        + "clients not accepting gzip), query_p50_revalidated_ms (the same, for clients holding the answer and "
                        + "asking by GET with its ETag: a 304 without a body), query_p99_ms, query_errors, "
                        + "query_not_under_load (the contract dumps, and queries whose first run failed), bench_seconds, "
                        + "rebuild_unchanged_seconds, "
                        + "rebuild_1pct_seconds, reconcile_batch50_ms (a reconciliation batch of 50 names on the large "
                        + "store; reconcile_batch50_again_ms right after), spark_local_seconds (null: see the README), growth, growth_fit, growth_projection, machine, sizes …)."})
public final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    Console console;

    @Option(names = "--quick", description = "200, 600 and 2,000 articles and 5 s of queries; "
            + "the _1000/_10000 keys then hold the smallest and largest")
    boolean quick;

    @Option(names = "--threads", paramLabel = "N", description = "extraction threads for the store builds (default: cores)")
    Integer threads;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "8", description = "concurrent SPARQL clients (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--query-seconds", paramLabel = "S", description = "how long the clients query (default: 150, quick: 5)")
    Double querySeconds;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = Console.HOME + "/target/bench-work",
            description = "scratch directory, emptied first (default: ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = Console.HOME + "/queries",
            description = "the SPARQL queries to time (default: ${DEFAULT-VALUE})")
    Path queries;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = Console.HOME + "/target/bench.json",
            description = "JSON results (default: ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        Bench bench = new Bench(quick, threads != null ? threads : cores, work, queries, clients,
                querySeconds != null ? querySeconds : quick ? 5 : 150);
        BenchReport report = bench.run(console.err());
        report.printTable(console.out());
        report.writeJson(out);
        console.err().println("bench: wrote " + out);
        return 0;
    }

    /**
     * Only the SPARQL part of the bench, on a store already built (a TDB2 directory, e.g. {@code data/current}'s
     * target): to compare servers on one store without building three.
     */
    @Command(name = "queries", hidden = true)
    int queries(@Parameters(index = "0", paramLabel = "STORE") Path store,
                @Option(names = "--queries", paramLabel = "DIR", defaultValue = Console.HOME + "/queries") Path queryDir,
                @Option(names = "--clients", defaultValue = "8") int clients,
                @Option(names = "--query-seconds", defaultValue = "150") double seconds) throws Exception {
        Bench.queryLoad(store, queryDir, clients, seconds, console.out());
        return 0;
    }

    /**
     * Serves a store already built as it is (whatever code built it; {@code serve} would rebuild a store another jar
     * built), with serve's default limits and a 30 s time limit, until the process is stopped: to time one store
     * under two servers.
     */
    @Command(name = "serve-store", hidden = true)
    int serveStore(@Parameters(index = "0", paramLabel = "STORE") Path store,
                   @Option(names = "--queries", paramLabel = "DIR", defaultValue = Console.HOME + "/queries") Path queryDir,
                   @Option(names = "--port", defaultValue = "3030") int port) throws Exception {
        var dataset = org.fuliankg.store.TdbStore.open(store, 30_000);
        try (var server = org.fuliankg.serve.KgServer.start(dataset,
                org.fuliankg.serve.KgServer.Settings.readOnly("127.0.0.1", port), queryDir)) {
            console.out().println("serving " + store + " at " + server.datasetUrl());
            Thread.currentThread().join();
        }
        return 0;
    }

    /** Run by the bench in a fresh JVM per corpus size; prints one JSON line. */
    @Command(name = "scale", hidden = true)
    int scale(@Parameters(index = "0") Path texts, @Parameters(index = "1") Path dataDir,
              @Option(names = "--threads", required = true) int threads,
              @Option(names = "--rebuilds") boolean rebuilds) throws Exception {
        console.out().println(ScaleRun.run(texts, dataDir, threads, rebuilds).toJson());
        return 0;
    }
}
