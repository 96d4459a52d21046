package org.fuliankg.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.fuliankg.generate.CorpusGenerator;
import org.fuliankg.rdf.table.ResearchTables;
import org.fuliankg.store.table.SummaryTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * kill -9 in the middle of a build, in a real process: the store being served is untouched, the leftovers harm
 * nothing, and the next build completes and switches to the new corpus.
 */
class KilledBuildTest {

    private static final Duration START = Duration.ofMinutes(3);

    @TempDir
    Path tmp;

    @Test
    void aBuildKilledHalfWayLeavesTheServedStoreAndTheNextBuildCompletes() throws Exception {
        Path data = tmp.resolve("data");
        Path logs = tmp.resolve("logs");
        Path small = tmp.resolve("small");
        Path large = tmp.resolve("large");
        Corpora.generate(1, 3, small);
        // Enough articles that the build takes several seconds: the kill lands while it extracts or loads.
        Corpora.generate(2, 60, large);

        String before;
        String store;
        try (var first = ServeProcess.start(data, small, logs)) {
            first.awaitReady(START);
            before = first.query(DataDirLayout.GRAPH_SIZES);
            store = DataDirLayout.current(data);
        }
        assertEquals(List.of(store), DataDirLayout.others(data));

        var killed = ServeProcess.start(data, large, logs);
        awaitBuildUnderWay(data, store, killed);
        killed.kill();
        assertFalse(killed.ready(), "killed before serving");
        List<String> leftovers = DataDirLayout.others(data);
        assertTrue(leftovers.size() > 1, "the killed build left its store or staged file: " + leftovers);
        assertEquals(store, DataDirLayout.current(data), "current untouched");

        try (var restarted = ServeProcess.start(data, small, logs)) {
            restarted.awaitReady(START);
            assertTrue(restarted.stderr().contains("reusing store"), restarted.stderr());
            assertEquals(before, restarted.query(DataDirLayout.GRAPH_SIZES), "same answers despite the leftovers");
        }

        try (var rebuilt = ServeProcess.start(data, large, logs)) {
            rebuilt.awaitReady(START);
            assertTrue(rebuilt.stderr().contains("60 documents"), rebuilt.stderr());
            String after = rebuilt.query(DataDirLayout.GRAPH_SIZES);
            assertNotEquals(store, DataDirLayout.current(data));
            assertEquals(61 + ResearchTables.graphs().size() + SummaryTables.graphs().size(), after.strip().split("\n").length - 1,
                "60 documents, the reference graph and the research tables: " + after);
            assertTrue(after.contains(CorpusGenerator.fileName(60).replaceFirst("\\.txt$", "")), after);
            assertEquals(List.of(DataDirLayout.current(data)), DataDirLayout.others(data), "leftovers removed");
        }
    }

    /**
     * Waits until the build has started writing next to the served store (a new store directory or staged file):
     * the kill then lands at the start of extracting 60 articles, which takes far longer than the 20 ms between
     * looks on any machine (a fixed wait further into the build would race a fast machine's build to its end).
     */
    private static void awaitBuildUnderWay(Path data, String served, ServeProcess build) throws Exception {
        long deadline = System.nanoTime() + START.toNanos();
        while (DataDirLayout.others(data).stream().allMatch(served::equals)) {
            if (build.ready() || System.nanoTime() > deadline) throw new IllegalStateException(build.stderr());
            Thread.sleep(20);
        }
    }
}
