package org.fuliankg.bench.growth;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Reads the growth fits forward: every measure at {@link #SIZES}, and where each limit of this machine is met —
 * on one machine, and on the Spark path, where extraction spreads over executors but TDB2's load and the serving
 * store stay on one machine. The method is described in docs/growth.md.
 *
 * @param growth the measured sizes
 * @param limits what this machine and the server allow
 */
public record GrowthProjection(Growth growth, Limits limits) {

    /** The sizes projected to. */
    static final List<Integer> SIZES = List.of(100_000, 1_000_000);

    /** A rebuild that no longer fits in a night. */
    static final double NIGHT_SECONDS = 8 * 3600;

    /**
     * @param buildHeapMb   the build JVM's heap limit
     * @param memoryMb      the machine's memory (TDB2 reads its files through the page cache)
     * @param diskFreeMb    free space where the stores are written
     * @param queryLimitMs  serve's default query time limit
     */
    public record Limits(double buildHeapMb, double memoryMb, double diskFreeMb, double queryLimitMs) {}

    /** A limit met: at how many articles (projected, or the size measured where it was met), what meets it, and what then. */
    record Limit(double articles, String what, String then) {}

    /**
     * Every limit met before {@value #LAST_SIZE} articles on one machine, the earliest first; one met at the
     * largest size measured (or a query that failed at a measured size) is given at that size.
     */
    List<Limit> oneMachine() {
        Map<String, GrowthFit> fits = growth.fits();
        double from = largest();
        List<Limit> met = new ArrayList<>();
        met.add(new Limit(fits.get("peak_live_heap_mb").sizeReaching(limits.buildHeapMb(), from),
                String.format(Locale.ROOT, "build: the live heap of TDB2's bulk load reaches the build's %.0f MB heap",
                        limits.buildHeapMb()),
                "a larger -Xmx for the build (FULIAN_KG_JAVA_OPTS), or load in parts (TDB2's loader into a store that has data)"));
        met.add(new Limit(fits.get("store_mb").sizeReaching(limits.memoryMb(), from),
                String.format(Locale.ROOT, "serve: the store outgrows the machine's %.0f GB of memory", limits.memoryMb() / 1024),
                "queries read TDB2's B+trees from disk, not the page cache: a serving machine with more memory, or sharded stores"));
        met.add(new Limit(fits.get("store_mb").sizeReaching(limits.diskFreeMb(), from),
                String.format(Locale.ROOT, "disk: the store fills the %.0f GB free (the build needs its staging file too)",
                        limits.diskFreeMb() / 1024),
                "a larger disk; a rebuild keeps the served store beside the new one, so twice the store"));
        met.add(new Limit(fits.get("build_seconds").sizeReaching(NIGHT_SECONDS, from),
                "build: a full build takes more than a night (8 h)",
                "the Spark path for extraction; incremental rebuilds stay small (only changed documents)"));
        for (String q : growth.queries()) {
            met.add(new Limit(Math.min(failedAt(q), fits.get("query_first_ms/" + q).sizeReaching(limits.queryLimitMs(), from)),
                    String.format(Locale.ROOT, "query: %s's first run passes serve's %.0f s limit", q.replace(".rq", ""),
                            limits.queryLimitMs() / 1000),
                    "a 503 instead of an answer: research tables computed at build time, or sharded stores"));
        }
        met.removeIf(l -> l.articles() > LAST_SIZE);
        met.sort(Comparator.comparingDouble(Limit::articles));
        return met;
    }

    /** The largest measured size, where projections start. */
    private double largest() {
        return growth.points().get(growth.points().size() - 1).scale().articles();
    }

    /** The smallest measured size at which the query's first run failed (past the bench's limit); infinity if none. */
    private double failedAt(String query) {
        return growth.points().stream().filter(p -> Double.isNaN(p.queryFirstMs().getOrDefault(query, Double.NaN)))
                .mapToDouble(p -> p.scale().articles()).min().orElse(Double.POSITIVE_INFINITY);
    }

    /** Limits further than this are not listed: two decades past the measured sizes is far enough to read. */
    private static final double LAST_SIZE = 1e7;

    /**
     * The Spark path at {@code articles}: executors for the extraction stage to take no longer than the load that
     * follows it on one machine, and that load's hours.
     */
    record SparkStage(int articles, double extractSeconds, double loadSeconds, int executors) {}

    SparkStage spark(int articles) {
        Map<String, GrowthFit> fits = growth.fits();
        double extract = fits.get("extract_seconds").projected(articles, largest());
        double load = fits.get("load_seconds").projected(articles, largest());
        return new SparkStage(articles, extract, load, (int) Math.max(1, Math.ceil(extract / load)));
    }

    /**
     * Articles per store for sharded serving: the size at which the first limit of serving (a query past the time
     * limit, or the store past the memory) is met; infinity when none is met.
     */
    double shardArticles() {
        return oneMachine().stream().filter(l -> l.what().startsWith("query") || l.what().startsWith("serve"))
                .mapToDouble(Limit::articles).findFirst()
                .orElse(Double.POSITIVE_INFINITY);
    }

    public void print(PrintStream out) {
        Map<String, GrowthFit> fits = growth.fits();
        out.println("growth (each size built in a fresh JVM; queries: first run on a fresh server):");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-40s", "measure"));
        growth.points().forEach(p -> head.append(String.format(Locale.ROOT, " %10d", p.scale().articles())));
        SIZES.forEach(n -> head.append(String.format(Locale.ROOT, " %12s", "→ " + n)));
        out.println(head + "   fit");
        for (String measure : fits.keySet()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-40s", measure.replace("query_first_ms/", "ms ")));
            for (Growth.Point p : growth.points()) {
                double v = measure.startsWith("query_first_ms/")
                        ? p.queryFirstMs().getOrDefault(measure.substring("query_first_ms/".length()), Double.NaN)
                        : p.measures().get(measure);
                row.append(String.format(Locale.ROOT, " %10.5g", v));
            }
            GrowthFit fit = fits.get(measure);
            SIZES.forEach(n -> row.append(String.format(Locale.ROOT, " %12.4g", fit.projected(n, largest()))));
            out.println(row + "   " + fit.describe());
        }
        out.println("  (a failed first run, e.g. past the bench's 60 s limit, is blank (NaN) and left out of its fit)");
        out.println("limits met, one machine (projected from the fits):");
        for (Limit l : oneMachine()) {
            out.printf(Locale.ROOT, "  at ~%,.0f articles: %s; then: %s%n", l.articles(), l.what(), l.then());
        }
        out.println("Spark path (extraction on executors like this machine, TDB2's load on one machine):");
        for (int n : SIZES) {
            SparkStage s = spark(n);
            out.printf(Locale.ROOT, "  %,d articles: extraction %.1f h on one machine, %d executors to bring it to the "
                    + "load's %.1f h; then the load bounds the build%n", n, s.extractSeconds() / 3600, s.executors(),
                    s.loadSeconds() / 3600);
        }
        double shard = shardArticles();
        if (Double.isFinite(shard)) {
            SIZES.forEach(n -> out.printf(Locale.ROOT, "  serving %,d articles: %d stores of ≤ %,.0f articles each "
                    + "(the first serving limit), queried together%n", n, (int) Math.ceil(n / Math.max(1, shard)), shard));
        }
    }

    public JsonObject json() {
        Map<String, GrowthFit> fits = growth.fits();
        JsonObject o = new JsonObject();
        for (int n : SIZES) {
            JsonObject at = new JsonObject();
            fits.forEach((measure, fit) -> at.put(measure, Growth.round(fit.projected(n, largest()))));
            SparkStage s = spark(n);
            at.put("spark_executors_to_match_load", s.executors());
            o.put(Integer.toString(n), at);
        }
        JsonArray met = new JsonArray();
        for (Limit l : oneMachine()) {
            JsonObject m = new JsonObject();
            m.put("articles", Growth.round(l.articles()));
            m.put("what", l.what());
            m.put("then", l.then());
            met.add(m);
        }
        o.put("limits_one_machine", met);
        o.put("shard_articles", Growth.round(shardArticles()));
        return o;
    }
}
