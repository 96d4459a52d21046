package org.fuliankg.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fuliankg.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * The extraction targets of the project, scored with {@code eval}'s scorer: F1 ≥ 0.97 in every category on the
 * seeds, and the targets for unseen news (officials ≥ 0.95, organisations and programmes ≥ 0.90, fundings ≥ 0.85)
 * on the held-out texts, which were written apart from the extractors.
 */
class ExtractionTargetsTest {

    private final Pipeline pipeline = new Pipeline();

    @Test
    void seedsReachF1OfAtLeast097InEveryCategory() throws IOException {
        EvalReport report = score(Path.of("src/test/resources/gold/seeds-gold.json"), Path.of("seeds"));
        for (Category category : List.of(Category.OFFICIALS, Category.REPORTERS, Category.ORGANISATIONS,
                Category.PROGRAMMES, Category.FUNDINGS, Category.ITEMS)) {
            assertTrue(report.score(category).f1() >= 0.97, category + "\n" + report.table() + report.details());
        }
    }

    @Test
    void heldOutTextsReachTheUnseenNewsTargets() throws IOException {
        EvalReport report = score(Path.of("src/test/resources/heldout/heldout-gold.json"),
                Path.of("src/test/resources/heldout"));
        Map<Category, Double> targets = Map.of(Category.OFFICIALS, 0.95, Category.ORGANISATIONS, 0.90,
                Category.PROGRAMMES, 0.90, Category.FUNDINGS, 0.85);
        targets.forEach((category, target) -> assertTrue(report.score(category).f1() >= target,
                category + " below " + target + "\n" + report.table() + report.details()));
    }

    private EvalReport score(Path gold, Path dir) throws IOException {
        return Evaluation.score(GoldFile.read(gold), FixtureTexts.extract(pipeline, dir));
    }
}
