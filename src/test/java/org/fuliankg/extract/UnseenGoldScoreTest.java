package org.fuliankg.extract;

import static org.fuliankg.extract.GoldScores.scoreFundings;
import static org.fuliankg.extract.GoldScores.scoreProgrammes;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JsonObject;
import org.fuliankg.extract.GoldScores.Score;
import org.fuliankg.pipeline.Pipeline;
import org.fuliankg.source.SourceReader;
import org.junit.jupiter.api.Test;

/**
 * Scores fundings and programmes on the hand-written texts in other styles ({@code unseen/unseen-gold.json}):
 * traditional script, forum post, TV transcript, mirror-site junk, yearbook list …
 */
class UnseenGoldScoreTest {

    @Test
    void fundingsAndProgrammesOnTextsInOtherStyles() throws Exception {
        Pipeline pipeline = new Pipeline();
        Score fundings = new Score(0, 0, 0, 0);
        Score programmes = new Score(0, 0, 0, 0);
        for (Path file : texts()) {
            String name = file.getFileName().toString();
            System.out.println(name);
            DocumentFacts facts = pipeline.process(new SourceReader().read(file));
            JsonObject gold = GoldScores.gold("/unseen/unseen-gold.json", name);
            fundings = fundings.plus(scoreFundings(facts, gold.get("fundings").getAsArray()));
            programmes = programmes.plus(scoreProgrammes(facts, gold.get("programs").getAsArray()));
        }
        System.out.println("unseen fundings " + fundings);
        System.out.println("unseen programmes " + programmes);
        assertTrue(fundings.f1() >= 0.85, "funding F1 " + fundings);
        assertTrue(programmes.f1() >= 0.85, "programme F1 " + programmes);
    }

    private static List<Path> texts() throws URISyntaxException, java.io.IOException {
        Path dir = Path.of(UnseenGoldScoreTest.class.getResource("/unseen").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
