package org.fuliankg.bench.growth;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JsonObject;
import org.fuliankg.bench.process.ScaleResult;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The projection reads the fits to the limits of the machine in the order they are met, and writes the growth
 * table's rows as bench.json holds them. The sizes are made up so that each limit falls at a known size.
 */
class GrowthProjectionTest {

    /** Build and store grow in proportion; extraction is twice the load; the live heap grows by 0.05 MB an article. */
    private static Growth.Point point(int n, double slowMs, double failingMs) {
        var scale = new ScaleResult(n, n, 2000L * n, 0.03 * n, 1200L * n, 1190L * n, 500 + 0.1 * n, 400 + 0.02 * n,
                600, 100 + 0.05 * n, -1, -1, false, Path.of("store-" + n), 0.02 * n, 0.4 * n, 1024);
        Map<String, Double> first = new LinkedHashMap<>();
        first.put("fast.rq", 12.0);
        first.put("slow.rq", slowMs);
        first.put("failing.rq", failingMs);
        return new Growth.Point(scale, first);
    }

    private static GrowthProjection projection() {
        var growth = new Growth(List.of(point(1000, 1000, 5000), point(3000, 3000, 20000), point(10000, 10000, Double.NaN)));
        // 1,024 MB heap, 16 GB of memory, 100 GB of disk free, serve's 30 s
        return new GrowthProjection(growth, new GrowthProjection.Limits(1024, 16 * 1024, 100 * 1024, 30_000));
    }

    @Test
    void limits_come_in_the_order_they_are_met() {
        List<GrowthProjection.Limit> met = projection().oneMachine();
        // the failing query failed at 10,000 articles; the slow one (1 ms an article) passes 30 s at 30,000;
        // the store (0.4 MB an article) fills 16 GB of memory at ~41,000; the heap reaches 1,024 MB at ~18,500
        assertEquals(10_000, met.get(0).articles(), 1);
        assertTrue(met.get(0).what().contains("failing"), met.get(0).what());
        assertEquals(18_480, met.get(1).articles(), 10);
        assertTrue(met.get(1).what().contains("heap"), met.get(1).what());
        assertEquals(30_000, met.get(2).articles(), 10);
        assertTrue(met.get(2).what().contains("slow"), met.get(2).what());
        assertEquals(16 * 1024 / 0.4, met.get(3).articles(), 10);
        assertTrue(met.stream().noneMatch(l -> l.what().contains("fast")), "a flat query never meets the limit");
        assertEquals(10_000, projection().shardArticles(), 1);
    }

    @Test
    void the_spark_path_needs_executors_until_extraction_is_no_longer_than_the_load() {
        GrowthProjection.SparkStage s = projection().spark(1_000_000);
        assertEquals(20_000, s.extractSeconds(), 1);
        assertEquals(10_000, s.loadSeconds(), 1);
        assertEquals(2, s.executors());
    }

    @Test
    void the_growth_rows_and_projection_are_written_and_printed() {
        GrowthProjection p = projection();
        JsonObject row = p.growth().json().get(1).getAsObject();
        assertEquals(3000, row.getNumber("articles").intValue());
        assertEquals(3_600_000, row.getNumber("quads").longValue());
        assertEquals(1200, row.getNumber("store_mb").doubleValue(), 1e-9);
        assertEquals(3000, row.getObj("query_first_ms").getNumber("slow.rq").doubleValue(), 1e-9);
        assertTrue(p.growth().json().get(2).getAsObject().getObj("query_first_ms").get("failing.rq").isNull());
        JsonObject at = p.json().getObj("1000000");
        assertEquals(1_000_000, at.getNumber("query_first_ms/slow.rq").doubleValue(), 1);
        var text = new ByteArrayOutputStream();
        p.print(new PrintStream(text, true, StandardCharsets.UTF_8));
        String printed = text.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("at ~30,000 articles: query: slow's first run passes serve's 30 s limit"), printed);
        assertTrue(printed.contains("100 stores of ≤ 10,000 articles"), printed);
    }
}
