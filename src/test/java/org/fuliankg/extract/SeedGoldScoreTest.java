package org.fuliankg.extract;

import static org.fuliankg.extract.GoldScores.scoreFundings;
import static org.fuliankg.extract.GoldScores.scoreProgrammes;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.fuliankg.extract.GoldScores.Score;
import org.fuliankg.pipeline.Pipeline;
import org.fuliankg.source.SourceReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the real pipeline over both seeds and scores fundings and programmes against {@code gold/seeds-gold.json}. */
class SeedGoldScoreTest {

    private static final List<String> SEEDS = List.of("000_f9ff3fdd4056e4a8.txt", "003_60f0d1ff23c14434.txt");
    private static final List<DocumentFacts> FACTS = new ArrayList<>();

    @BeforeAll
    static void runPipeline() throws Exception {
        Pipeline pipeline = new Pipeline();
        for (String seed : SEEDS) {
            FACTS.add(pipeline.process(new SourceReader().read(Path.of("seeds", seed))));
        }
    }

    private static JsonObject gold(String file) throws Exception {
        return GoldScores.gold("/gold/seeds-gold.json", file);
    }

    @Test
    void fundingsReachTheGold() throws Exception {
        Score total = new Score(0, 0, 0, 0);
        for (int d = 0; d < SEEDS.size(); d++) {
            total = total.plus(scoreFundings(FACTS.get(d), gold(SEEDS.get(d)).get("fundings").getAsArray()));
        }
        System.out.println("fundings " + total);
        assertTrue(total.f1() >= 0.97, "funding F1 " + total);
    }

    @Test
    void programmesReachTheGold() throws Exception {
        Score total = new Score(0, 0, 0, 0);
        for (int d = 0; d < SEEDS.size(); d++) {
            total = total.plus(scoreProgrammes(FACTS.get(d), gold(SEEDS.get(d)).get("programs").getAsArray()));
        }
        System.out.println("programmes " + total);
        assertTrue(total.f1() >= 0.97, "programme F1 " + total);
    }

}
