package org.fuliankg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fuliankg.extract.DocumentFacts;
import org.fuliankg.pipeline.Pipeline;
import org.fuliankg.source.SourceReader;
import org.junit.jupiter.api.Test;

/** The whole pipeline on both seeds, scored against their gold. Only items and reporters are asserted here:
 * the other categories belong to other extractors. */
class EvalSeedsTest {

    @Test
    void seedsReachTheItemAndReporterTargets() throws Exception {
        GoldFile gold = GoldFile.read(Path.of("src/test/resources/gold/seeds-gold.json"));
        Pipeline pipeline = new Pipeline();
        List<DocumentFacts> predicted = new ArrayList<>();
        for (String f : List.of("000_f9ff3fdd4056e4a8.txt", "003_60f0d1ff23c14434.txt")) {
            predicted.add(pipeline.process(new SourceReader().read(Path.of("seeds", f))));
        }
        EvalReport report = Evaluation.score(gold, predicted);

        assertEquals(List.of(Category.values()), List.copyOf(report.scores().keySet()));
        assertEquals(List.of(), report.unmatchedGold());
        CategoryScore items = report.score(Category.ITEMS);
        assertEquals(30, items.truePositives() + items.falseNegatives()); // 9 + 21 gold items
        assertTrue(items.f1() >= 0.9, report.table());
        CategoryScore reporters = report.score(Category.REPORTERS);
        assertEquals(11, reporters.truePositives() + reporters.falseNegatives());
        assertTrue(reporters.f1() >= 0.9, report.table());
        // every category's gold was read: officials 40 keys (39 required), fundings 17
        assertEquals(17, report.score(Category.FUNDINGS).truePositives() + report.score(Category.FUNDINGS).falseNegatives());
    }
}
