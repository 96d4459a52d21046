package org.fuliankg.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.fuliankg.eval.Category;
import org.fuliankg.eval.EvalReport;
import org.fuliankg.eval.Evaluation;
import org.fuliankg.eval.GoldFile;
import org.fuliankg.extract.DocumentFacts;
import org.fuliankg.pipeline.Pipeline;
import org.fuliankg.source.SourceReader;
import org.fuliankg.source.UnreadableSourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedCorpusTest {

    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesTheSameBytes() throws IOException {
        List<Path> first = new CorpusGenerator(42).write(30, dir.resolve("a"));
        List<Path> second = new CorpusGenerator(42).write(30, dir.resolve("b"));
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)), first.get(i).toString());
        }
        assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(CorpusGenerator.GOLD_FILE)),
                Files.readAllBytes(dir.resolve("b").resolve(CorpusGenerator.GOLD_FILE)));
        List<Path> other = new CorpusGenerator(43).write(1, dir.resolve("c"));
        assertFalse(Files.readString(other.get(0)).equals(Files.readString(first.get(0))), "another seed, another text");
    }

    @Test
    void articleTextDoesNotDependOnHowManyAreWritten() throws IOException {
        List<Path> few = new CorpusGenerator(3).write(2, dir.resolve("few"));
        List<Path> more = new CorpusGenerator(3).write(5, dir.resolve("more"));
        assertEquals(Files.readString(few.get(1)), Files.readString(more.get(1)));
    }

    /** Every gold surface is the text at its code point offsets; some pages are traditional. */
    @Test
    void goldSpansPointIntoTheText() throws IOException {
        new CorpusGenerator(11).write(60, dir);
        JsonObject gold = JSON.read(dir.resolve(CorpusGenerator.GOLD_FILE).toString());
        int traditional = 0;
        int spans = 0;
        for (JsonValue d : gold.getArray("documents").toList()) {
            JsonObject doc = d.getAsObject();
            String text = Files.readString(dir.resolve(doc.getString("file")));
            int[] cps = text.codePoints().toArray();
            if (doc.getString("script").equals("traditional")) traditional++;
            for (String key : List.of("officials", "reporters", "fundings")) {
                for (JsonValue r : doc.getArray(key).toList()) {
                    JsonObject o = r.getAsObject();
                    int start = o.getNumber("offset").intValue();
                    int end = o.getNumber("end").intValue();
                    assertEquals(o.getString("surface"), new String(cps, start, end - start), doc.getString("file"));
                    spans++;
                }
            }
        }
        assertTrue(spans > 300, "spans checked: " + spans);
        assertTrue(traditional >= 2 && traditional <= 15, "traditional pages: " + traditional);
    }

    /**
     * The pipeline finds what the generator wrote. Measured on these 50 articles (seed 1): officials F1 0.95,
     * fundings F1 0.94 (misses: see the bench report: 获得救助资金 read as donated, a quoted loan
     * programme before the sum, "A元至B元" ranges), reporters, organisations and programmes about 1.0.
     */
    @Test
    void extractionRecallOnFiftyArticles() throws IOException, UnreadableSourceException {
        List<Path> files = new CorpusGenerator(1).write(50, dir);
        Pipeline pipeline = new Pipeline();
        SourceReader reader = new SourceReader();
        List<DocumentFacts> predicted = new ArrayList<>();
        for (Path f : files) predicted.add(pipeline.process(reader.read(f)));
        EvalReport report = Evaluation.score(GoldFile.read(dir.resolve(CorpusGenerator.GOLD_FILE)), predicted);
        System.out.print(report.table());
        assertTrue(report.unmatchedGold().isEmpty());
        assertTrue(report.score(Category.OFFICIALS).f1() >= 0.9, report.table());
        assertTrue(report.score(Category.FUNDINGS).f1() >= 0.85, report.table());
        assertTrue(report.score(Category.REPORTERS).f1() >= 0.95, report.table());
        assertTrue(report.score(Category.ORGANISATIONS).f1() >= 0.9, report.table());
        assertTrue(report.score(Category.PROGRAMMES).f1() >= 0.9, report.table());
    }
}
