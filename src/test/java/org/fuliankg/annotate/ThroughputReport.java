package org.fuliankg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import org.fuliankg.normalise.GoldNoise;
import org.fuliankg.normalise.NormalisedText;
import org.fuliankg.normalise.TextNormaliser;
import org.fuliankg.source.SourceDocument;
import org.junit.jupiter.api.Test;

/**
 * Prints how many characters per CPU second normalisation and annotation handle on the seeds, one thread, warm.
 * A measurement, not a timed assertion: it only checks that repeated runs give the same result.
 */
class ThroughputReport {
    private static final int ROUNDS = 5;

    @Test
    void measureOnTheSeeds() {
        List<String> seeds = List.of(GoldNoise.seedText("000_f9ff3fdd4056e4a8.txt"),
                GoldNoise.seedText("003_60f0d1ff23c14434.txt"));
        TextNormaliser normaliser = new TextNormaliser();
        Annotator annotator = new Annotator();
        int sentences = run(seeds, normaliser, annotator); // warm-up: dictionaries, JIT
        // CPU time of this thread, not wall time: the figure should not depend on what else the machine runs
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long chars = 0;
        long normaliseNanos = 0;
        long annotateNanos = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (String seed : seeds) {
                long t0 = cpu.getCurrentThreadCpuTime();
                NormalisedText n = normaliser.normalise(seed);
                long t1 = cpu.getCurrentThreadCpuTime();
                annotator.annotate(source(seed), n);
                annotateNanos += cpu.getCurrentThreadCpuTime() - t1;
                normaliseNanos += t1 - t0;
                chars += seed.length();
            }
        }
        System.out.printf("throughput on the seeds (%d chars, one thread, warm, per CPU second): normalise %.0f chars/s, "
                        + "annotate %.0f chars/s%n", chars, chars / (normaliseNanos / 1e9), chars / (annotateNanos / 1e9));
        assertEquals(sentences, run(seeds, normaliser, annotator));
    }

    private static int run(List<String> seeds, TextNormaliser normaliser, Annotator annotator) {
        int sentences = 0;
        for (String seed : seeds) sentences += annotator.annotate(source(seed), normaliser.normalise(seed)).sentences().size();
        return sentences;
    }

    private static SourceDocument source(String text) {
        return new SourceDocument("seed", Path.of("seed"), text, "UTF-8", "0");
    }
}
