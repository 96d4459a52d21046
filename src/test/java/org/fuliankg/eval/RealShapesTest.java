package org.fuliankg.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fuliankg.extract.DocumentFacts;
import org.fuliankg.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * The shapes seen on real news pages, rewritten as fixtures of our own (invented names, places and figures; see
 * {@code real-shapes/README.md} for the page each shape came from): precision and recall both ≥ 0.97 in every
 * category, over all of them together. Each folder under {@code real-shapes/} holds its texts and a
 * {@code gold.json} in the seed-gold format; file names are unique across folders.
 */
class RealShapesTest {

    private static final Path ROOT = Path.of("src/test/resources/real-shapes");
    private static final double TARGET = 0.97;

    private final Pipeline pipeline = new Pipeline();

    @Test
    void everyCategoryReachesPrecisionAndRecallOf097() throws IOException {
        Map<String, GoldDocument> gold = new LinkedHashMap<>();
        List<DocumentFacts> predicted = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(ROOT)) {
            for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve("gold.json"))).sorted().toList()) {
                gold.putAll(GoldFile.read(dir.resolve("gold.json")).documents());
                predicted.addAll(FixtureTexts.extract(pipeline, dir));
            }
        }
        EvalReport report = Evaluation.score(new GoldFile(gold), predicted);
        for (Category category : Category.values()) {
            CategoryScore score = report.score(category);
            assertTrue(score.precision() >= TARGET && score.recall() >= TARGET,
                    category + " below " + TARGET + "\n" + report.table() + report.details());
        }
    }
}
