package org.fuliankg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fuliankg.extract.SeedGoldOrganisationsTest.Score;
import org.fuliankg.pipeline.Pipeline;
import org.fuliankg.source.SourceReader;
import org.junit.jupiter.api.Test;

/** Scores organisations and officials on the hand-written texts in other styles ({@code unseen/unseen-gold.json}). */
class UnseenOrganisationsTest {

    @Test
    void organisationsAndOfficialsOnTextsInOtherStyles() throws Exception {
        Pipeline pipeline = new Pipeline();
        Score orgs = new Score(0, 0, 0);
        Score officials = new Score(0, 0, 0);
        for (Path file : texts()) {
            String name = file.getFileName().toString();
            DocumentFacts facts = pipeline.process(new SourceReader().read(file));
            var gold = GoldScores.gold("/unseen/unseen-gold.json", name);
            orgs = orgs.plus(SeedGoldOrganisationsTest.organisations(name, facts, gold));
            officials = officials.plus(SeedGoldOrganisationsTest.officials(name, facts, gold));
        }
        System.out.println("unseen organisations " + orgs);
        System.out.println("unseen officials " + officials);
        assertTrue(orgs.precision() >= 0.95 && orgs.recall() >= 0.95, orgs.toString());
        assertTrue(officials.precision() >= 0.95 && officials.recall() >= 0.95, officials.toString());
    }

    private static List<Path> texts() throws Exception {
        Path dir = Path.of(UnseenOrganisationsTest.class.getResource("/unseen").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
