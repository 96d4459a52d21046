package org.fuliankg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.apache.jena.riot.system.StreamRDFLib;
import org.fuliankg.build.BuildProgress;
import org.fuliankg.build.BuildReport;
import org.fuliankg.build.CorpusBuilder;
import org.fuliankg.generate.CorpusGenerator;
import org.fuliankg.source.SourceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No document may hold up extraction for long: past its time budget it fails, and a build skips it with why. */
class DocumentTimeBudgetTest {

    @TempDir
    Path tmp;

    @Test
    void aDocumentPastItsBudgetFailsWithAClearReason() throws Exception {
        Path longDocument = longDocument(40);
        var source = new SourceReader().read(longDocument);

        // a clock that advances 1 ms per reading: the budget is spent at the second check, on any machine
        var slow = assertThrows(DocumentTooSlowException.class,
                () -> new Pipeline(Duration.ofMillis(1), steps(Duration.ofMillis(1))).process(source));

        assertTrue(slow.getMessage().startsWith("extraction of long.txt exceeded 1 ms (during "), slow.getMessage());
    }

    @Test
    void theBudgetIsNotInTheWayOfOrdinaryDocuments() throws Exception {
        var source = new SourceReader().read(Path.of("seeds/003_60f0d1ff23c14434.txt"));

        assertFalse(new Pipeline(Duration.ofSeconds(60)).process(source).officials().isEmpty());
    }

    /**
     * Time is counted in clock readings (one "second" each), not measured: what exceeds the budget depends on the
     * work a document takes, never on the machine's speed or load.
     */
    @Test
    void aBuildSkipsTheSlowDocumentWithItsReasonAndBuildsTheRest() throws Exception {
        List<Path> seeds = List.of(Path.of("seeds/000_f9ff3fdd4056e4a8.txt"), Path.of("seeds/003_60f0d1ff23c14434.txt"));
        long seedReadings = 0;
        for (Path seed : seeds) {
            var counting = new AtomicLong();
            new Pipeline(Duration.ofDays(1), counting::incrementAndGet).process(new SourceReader().read(seed));
            seedReadings = Math.max(seedReadings, counting.get());
        }
        long budget = 2 * seedReadings; // twice what the longest seed takes; the long text takes far more
        Path longDocument = longDocument(150); // ~340,000 characters: far past twice the longest seed
        List<Path> files = List.of(seeds.get(0), longDocument, seeds.get(1));

        BuildReport report = new CorpusBuilder(1, BuildProgress.NONE,
                () -> new Pipeline(Duration.ofSeconds(budget), steps(Duration.ofSeconds(1))))
                .build(files, StreamRDFLib.sinkNull());

        assertEquals(2, report.documents(), report.summary());
        assertEquals(1, report.skipped().size(), report.summary());
        assertEquals(longDocument, report.skipped().get(0).path());
        assertTrue(report.skipped().get(0).reason().contains("exceeded " + budget + " s"), report.skipped().get(0).reason());
    }

    /** A clock that advances by {@code step} at every reading. */
    private static LongSupplier steps(Duration step) {
        var now = new AtomicLong();
        return () -> now.addAndGet(step.toNanos());
    }

    @Test
    void aBudgetMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Pipeline(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> withBudgetSeconds("soon", Pipeline::new));
    }

    /** One file of {@code articles} generated news articles, one after another. */
    private Path longDocument(int articles) throws IOException {
        List<Path> parts = new CorpusGenerator(7).write(articles, Files.createDirectories(tmp.resolve("parts")));
        List<String> texts = new ArrayList<>();
        for (Path part : parts) texts.add(Files.readString(part, StandardCharsets.UTF_8));
        return Files.writeString(tmp.resolve("long.txt"), String.join("\n\n", texts), StandardCharsets.UTF_8);
    }

    private static <T> T withBudgetSeconds(String seconds, java.util.function.Supplier<T> action) {
        String before = System.getProperty(Pipeline.BUDGET_PROPERTY);
        System.setProperty(Pipeline.BUDGET_PROPERTY, seconds);
        try {
            return action.get();
        } finally {
            if (before == null) System.clearProperty(Pipeline.BUDGET_PROPERTY);
            else System.setProperty(Pipeline.BUDGET_PROPERTY, before);
        }
    }
}
