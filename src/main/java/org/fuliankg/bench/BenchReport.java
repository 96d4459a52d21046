package org.fuliankg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.fuliankg.bench.growth.Growth;
import org.fuliankg.bench.growth.GrowthProjection;
import org.fuliankg.bench.process.ScaleResult;
import org.fuliankg.bench.process.SparkLocalRun;

/** The bench's figures: a table for people, JSON for tools (keys documented in the bench command's help). */
public record BenchReport(boolean quick, int threads, Machine machine, ExtractionThroughput.Result extraction,
                   ScaleResult small, ScaleResult large, QueryLoad.Result queries,
                          SparkLocalRun.Result spark, double seconds, ReconcileTiming.Result reconcile,
                          GrowthProjection growth) {

    /** The contract queries that list every fact of a kind: reported as rows per second of their first run. */
    static final List<String> CONTRACT_DUMPS = List.of("officials.rq", "fundings.rq", "organisations.rq", "programmes.rq");

    /** @param loadAverage the system load average when the bench started: other work slows every figure */
    record Machine(int cores, long memoryMb, String java, double loadAverage) {}

    public void printTable(PrintStream out) {
        out.printf(Locale.ROOT, "machine: %d cores, %d MB, Java %s, load average %.2f at start%s%n", machine.cores(),
                machine.memoryMb(), machine.java(), machine.loadAverage(), quick ? " (quick run)" : "");
        row(out, "throughput sample", "%d chars", extraction.chars());
        row(out, "pipeline (normalise+annotate+extract), 1 thread", "%.0f chars/s", extraction.pipelineCharsPerSecond());
        row(out, "HanLP segmentation + NER alone, 1 thread, same sentences", "%.0f chars/s",
                extraction.hanlpCharsPerSecond());
        row(out, "pipeline / HanLP NER (target >= 0.5)", "%.2f", ratio());
        row(out, "the same in the thread's CPU time", "%.2f (%.0f / %.0f chars per CPU second)", cpuRatio(),
                extraction.pipelineCpuCharsPerSecond(), extraction.hanlpCpuCharsPerSecond());
        row(out, "builder 1 thread / 2 threads (extract + map)", "%.1f s / %.1f s (%.0f / %.0f chars/s)",
                extraction.oneThreadSeconds(), extraction.twoThreadSeconds(),
                extraction.chars() / extraction.oneThreadSeconds(), extraction.chars() / extraction.twoThreadSeconds());
        row(out, "speed-up with 2 threads (target >= 1.8)", "%.2f", extraction.speedup());
        for (ScaleResult s : List.of(small, large)) {
            row(out, s.articles() + " articles: characters", "%d", s.chars());
            row(out, s.articles() + " articles: text -> served store (" + threads + " threads)", "%.1f s, %.0f chars/s",
                    s.buildSeconds(), s.charsPerSecond());
            row(out, s.articles() + " articles: triples, triples/s end to end", "%d, %.0f/s", s.triples(), s.triplesPerSecond());
            row(out, s.articles() + " articles: document quads per 1,000 chars", "%.1f", s.quadsPerThousandChars());
            row(out, s.articles() + " articles: peak RSS / RssAnon / heap used / heap live", "%.0f / %.0f / %.0f / %.0f MB",
                    s.peakRssMb(), s.peakRssAnonMb(), s.peakHeapMb(), s.peakLiveHeapMb());
        }
        row(out, "Spark job, local[2], " + small.articles() + " articles", "%s",
                spark.seconds() == null ? "not run: " + spark.reason() : String.format(Locale.ROOT, "%.1f s", spark.seconds()));
        row(out, "peak RSS large / small", "%.2f", large.peakRssMb() / small.peakRssMb());
        row(out, "peak RssAnon large / small (target <= 1.2)", "%.2f", large.peakRssAnonMb() / small.peakRssAnonMb());
        row(out, "rebuild, nothing changed (target <= 5% of build)", "%.2f s (%.1f%%)", large.rebuildUnchangedSeconds(),
                100 * large.rebuildUnchangedSeconds() / large.buildSeconds());
        row(out, "rebuild, 1% of documents changed" + (large.rebuiltOnChange() ? " (full rebuild)" : ""), "%.1f s (%.0f%%)",
                large.rebuildChangedSeconds(), 100 * large.rebuildChangedSeconds() / large.buildSeconds());
        out.printf(Locale.ROOT, "SPARQL on the %d-article store, %d clients, %.0f s (target p50 <= 50 ms, 0 errors); "
                + "errors: %d; %s not run (needs the internet)%n", large.articles(), queries.clients(), queries.seconds(),
                queries.errors(), QueryLoad.SKIPPED);
        printQueries(out, queries);
        queries.dumps().forEach((q, rate) -> row(out, "  streamed dump /kg/table/" + q.replace(".rq", ".csv")
                + " (target >= 100,000 rows/s)", "%d rows, %.1f s, %.0f rows/s", rate.rows(), rate.seconds(),
                rate.rowsPerSecond()));
        row(out, "reconcile a batch of " + reconcile.names() + " names, first / again (target <= 1 s)", "%.0f / %.0f ms",
                reconcile.firstMillis(), reconcile.secondMillis());
        growth.print(out);
        row(out, "whole bench (target < 15 min)", "%.1f min", seconds / 60);
    }

    /** The SPARQL table of {@code queries}: per query its requests, p50, p99, first and cached run, rows. */
    static void printQueries(PrintStream out, QueryLoad.Result queries) {
        out.printf(Locale.ROOT, "  %-36s %8s %9s %9s %10s %10s %8s %10s%n", "query", "requests", "p50 ms", "p99 ms",
                "first ms", "cached ms", "rows", "rows/s");
        for (String q : queries.latencies().keySet()) {
            out.printf(Locale.ROOT, "  %-36s %8d %9.1f %9.1f %10.1f %10.1f %8d %10.0f%n", q, queries.latencies().get(q).size(),
                    queries.percentile(q, 50), queries.percentile(q, 99), queries.firstMillis().get(q),
                    queries.cachedMillis().get(q), queries.rows().get(q), queries.firstRowsPerSecond(q));
        }
        out.println("  (first: one request, uncached, on the fresh server; cached: the same again; p50/p99 under load,"
                + " answers kept after the first; clients accept gzip, timed to the last byte decompressed)");
        queries.identityLatencies().forEach((q, times) -> out.printf(Locale.ROOT,
                "  %s came gzipped; clients not accepting gzip (the server decompresses): %d requests, p50 %.1f ms, "
                        + "p99 %.1f ms%n", q, times.size(), queries.identityPercentile(q, 50),
                queries.identityPercentile(q, 99)));
        queries.revalidatedLatencies().forEach((q, times) -> out.printf(Locale.ROOT,
                "  %s, clients holding the answer asking by GET with its ETag (304, no body): %d requests, p50 %.1f ms, "
                        + "p99 %.1f ms%n", q, times.size(), queries.revalidatedPercentile(q, 50),
                queries.revalidatedPercentile(q, 99)));
        queries.notUnderLoad().forEach((q, why) -> out.printf(Locale.ROOT, "  not under load: %s, %s%n", q, why));
    }

    private static void row(PrintStream out, String what, String format, Object... values) {
        out.printf(Locale.ROOT, "%-58s %s%n", what, String.format(Locale.ROOT, format, values));
    }

    private double ratio() {
        return extraction.pipelineCharsPerSecond() / extraction.hanlpCharsPerSecond();
    }

    private double cpuRatio() {
        return extraction.pipelineCpuCharsPerSecond() / extraction.hanlpCpuCharsPerSecond();
    }

    public void writeJson(Path file) throws IOException {
        JsonObject o = new JsonObject();
        o.put("quick", quick);
        JsonArray sizes = new JsonArray();
        sizes.add(small.articles());
        sizes.add(large.articles());
        o.put("sizes", sizes);
        o.put("threads", threads);
        o.put("throughput_chars", extraction.chars());
        o.put("pipeline_chars_per_s", Math.round(extraction.pipelineCharsPerSecond()));
        o.put("hanlp_ner_chars_per_s", Math.round(extraction.hanlpCharsPerSecond()));
        o.put("pipeline_vs_hanlp_ratio", round(ratio()));
        o.put("pipeline_vs_hanlp_cpu_ratio", round(cpuRatio()));
        o.put("build_1_thread_seconds", round(extraction.oneThreadSeconds()));
        o.put("build_2_threads_seconds", round(extraction.twoThreadSeconds()));
        o.put("speedup_2_threads", round(extraction.speedup()));
        o.put("quads_per_1000_chars", round(large.quadsPerThousandChars()));
        // the Spark job on the small corpus in local[2]; null (with the reason) when Spark's jars are not listed
        if (spark.seconds() == null) {
            o.put("spark_local_seconds", JsonNull.instance);
            o.put("spark_local_reason", spark.reason());
        } else {
            o.put("spark_local_seconds", round(spark.seconds()));
        }
        // the _1000/_10000 keys hold the small and large sizes, whatever they were ("sizes" says which)
        putScale(o, "1000", small);
        putScale(o, "10000", large);
        JsonObject p50 = new JsonObject();
        JsonObject p99 = new JsonObject();
        JsonObject requests = new JsonObject();
        JsonObject first = new JsonObject();
        JsonObject cached = new JsonObject();
        JsonObject rows = new JsonObject();
        JsonObject contractRowsPerSecond = new JsonObject();
        for (String q : queries.latencies().keySet()) {
            rows.put(q, queries.rows().get(q));
            if (CONTRACT_DUMPS.contains(q)) contractRowsPerSecond.put(q, round(queries.firstRowsPerSecond(q)));
            p50.put(q, round(queries.percentile(q, 50)));
            p99.put(q, round(queries.percentile(q, 99)));
            requests.put(q, queries.latencies().get(q).size());
            first.put(q, round(queries.firstMillis().get(q)));
            cached.put(q, round(queries.cachedMillis().get(q)));
        }
        o.put("query_p50_ms", p50);
        // the queries whose answer came gzipped, measured again with clients that do not accept gzip
        JsonObject identityP50 = new JsonObject();
        queries.identityLatencies().keySet().forEach(q -> identityP50.put(q, round(queries.identityPercentile(q, 50))));
        o.put("query_p50_identity_ms", identityP50);
        JsonObject revalidatedP50 = new JsonObject();
        queries.revalidatedLatencies().keySet().forEach(q -> revalidatedP50.put(q, round(queries.revalidatedPercentile(q, 50))));
        o.put("query_p50_revalidated_ms", revalidatedP50);
        o.put("query_p99_ms", p99);
        o.put("query_requests", requests);
        o.put("query_first_ms", first);
        o.put("query_cached_ms", cached);
        o.put("query_rows", rows);
        o.put("contract_rows_per_s", contractRowsPerSecond);
        JsonObject dumpRowsPerSecond = new JsonObject(); // the same tables streamed from /kg/table/NAME.csv
        queries.dumps().forEach((q, rate) -> dumpRowsPerSecond.put(q, round(rate.rowsPerSecond())));
        o.put("dump_rows_per_s", dumpRowsPerSecond);
        JsonObject notUnderLoad = new JsonObject();
        queries.notUnderLoad().forEach(notUnderLoad::put);
        o.put("query_not_under_load", notUnderLoad);
        o.put("bench_seconds", round(seconds));
        // the growth table (one row per size), how each measure grew, and the fits read at 100,000 and 1,000,000
        o.put("growth", growth.growth().json());
        o.put("growth_fit", Growth.fitsJson(growth.growth().fits()));
        o.put("growth_projection", growth.json());
        // a reconciliation batch of 50 names on the large store, on a fresh server and again
        o.put("reconcile_batch50_ms", round(reconcile.firstMillis()));
        o.put("reconcile_batch50_again_ms", round(reconcile.secondMillis()));
        o.put("query_errors", queries.errors());
        o.put("query_clients", queries.clients());
        o.put("query_seconds", round(queries.seconds()));
        o.put("query_skipped", QueryLoad.SKIPPED + ": needs the internet");
        o.put("rebuild_unchanged_seconds", round(large.rebuildUnchangedSeconds()));
        o.put("rebuild_1pct_seconds", round(large.rebuildChangedSeconds()));
        o.put("rebuild_1pct_was_full_rebuild", large.rebuiltOnChange());
        JsonObject m = new JsonObject();
        m.put("cores", machine.cores());
        m.put("memory_mb", machine.memoryMb());
        m.put("java", machine.java());
        m.put("load_average_at_start", round(machine.loadAverage()));
        o.put("machine", m);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            JSON.write(out, o);
        }
    }

    private static void putScale(JsonObject o, String key, ScaleResult s) {
        o.put("articles_" + key, s.articles());
        o.put("chars_" + key, s.chars());
        o.put("chars_per_s_" + key, Math.round(s.charsPerSecond()));
        o.put("document_quads_" + key, s.documentQuads());
        o.put("rss_anon_mb_" + key, round(s.peakRssAnonMb()));
        o.put("build_seconds_" + key, round(s.buildSeconds()));
        o.put("triples_" + key, s.triples());
        o.put("triples_per_s_" + key, Math.round(s.triplesPerSecond()));
        o.put("peak_rss_mb_" + key, round(s.peakRssMb()));
        o.put("peak_heap_mb_" + key, round(s.peakHeapMb()));
        o.put("peak_live_heap_mb_" + key, round(s.peakLiveHeapMb()));
    }

    /** Two decimals are more than these measurements can tell apart; null when there is no figure. */
    private static JsonValue round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return JsonNull.instance;
        return JsonNumber.value(BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_UP));
    }
}
