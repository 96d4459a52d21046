package org.fuliankg.bench.growth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.fuliankg.bench.process.ScaleResult;

/**
 * The growth table: what a store of each measured size took and answers in, one row per size, smallest first, and
 * how each measure grows ({@link GrowthFit}).
 *
 * @param points the measured sizes, in increasing order of articles
 */
public record Growth(List<Point> points) {

    /** The measures of the build fitted, by their key in bench.json. */
    static final List<String> BUILD_MEASURES = List.of("build_seconds", "extract_seconds", "load_seconds",
            "store_mb", "quads", "peak_rss_mb", "peak_rss_anon_mb", "peak_live_heap_mb");

    /**
     * One size: its build (in a fresh JVM) and the first run of every canned query on a fresh server over it.
     *
     * @param queryFirstMs ms per query file; NaN when the query failed (e.g. timed out)
     */
    public record Point(ScaleResult scale, Map<String, Double> queryFirstMs) {

        /** The build's measures, keyed as in {@link #BUILD_MEASURES}. */
        Map<String, Double> measures() {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("build_seconds", scale.buildSeconds());
            m.put("extract_seconds", scale.extractSeconds());
            m.put("load_seconds", scale.buildSeconds() - scale.extractSeconds());
            m.put("store_mb", scale.storeMb());
            m.put("quads", (double) scale.triples());
            m.put("peak_rss_mb", scale.peakRssMb());
            m.put("peak_rss_anon_mb", scale.peakRssAnonMb());
            m.put("peak_live_heap_mb", scale.peakLiveHeapMb());
            return m;
        }

        JsonObject json() {
            JsonObject o = new JsonObject();
            o.put("articles", scale.articles());
            o.put("chars", scale.chars());
            measures().forEach((key, value) -> o.put(key, key.equals("quads") ? JsonNumber.value(scale.triples()) : round(value)));
            o.put("max_heap_mb", round(scale.maxHeapMb()));
            JsonObject queries = new JsonObject();
            queryFirstMs.forEach((q, ms) -> queries.put(q, round(ms)));
            o.put("query_first_ms", queries);
            return o;
        }
    }

    /** The query files measured at every size (those of the largest). */
    List<String> queries() {
        return List.copyOf(points.get(points.size() - 1).queryFirstMs().keySet());
    }

    /** The fit of each build measure, then of each query's first run ({@code query_first_ms/NAME}). */
    public Map<String, GrowthFit> fits() {
        Map<String, GrowthFit> fits = new LinkedHashMap<>();
        for (String measure : BUILD_MEASURES) {
            fits.put(measure, GrowthFit.of(series(p -> p.measures().get(measure))));
        }
        for (String q : queries()) {
            fits.put("query_first_ms/" + q, GrowthFit.of(series(p -> p.queryFirstMs().getOrDefault(q, Double.NaN))));
        }
        return fits;
    }

    private List<double[]> series(java.util.function.ToDoubleFunction<Point> measure) {
        List<double[]> xy = new ArrayList<>();
        for (Point p : points) xy.add(new double[] {p.scale().articles(), measure.applyAsDouble(p)});
        return xy;
    }

    public JsonArray json() {
        JsonArray rows = new JsonArray();
        points.forEach(p -> rows.add(p.json()));
        return rows;
    }

    public static JsonObject fitsJson(Map<String, GrowthFit> fits) {
        JsonObject o = new JsonObject();
        fits.forEach((measure, fit) -> {
            JsonObject f = new JsonObject();
            f.put("model", fit.model().name().toLowerCase(java.util.Locale.ROOT));
            f.put("formula", fit.model().formula());
            f.put("a", round(fit.a()));
            f.put("b", round(fit.b()));
            f.put("max_error", round(fit.maxError()));
            f.put("power_exponent", round(fit.exponent()));
            o.put(measure, f);
        });
        return o;
    }

    /** Four significant digits (a fit's slope per article is small); null when there is no figure. */
    static JsonValue round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return JsonNull.instance;
        return JsonNumber.value(new BigDecimal(x).round(new java.math.MathContext(4, RoundingMode.HALF_UP)));
    }
}
