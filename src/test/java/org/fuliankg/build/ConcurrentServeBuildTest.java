package org.fuliankg.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.fuliankg.rdf.table.ResearchTables;
import org.fuliankg.store.table.SummaryTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A running {@code serve} keeps answering from the store it opened while another process builds a new store into
 * the same data directory and switches {@code current} to it: no query fails and every answer stays the same.
 */
class ConcurrentServeBuildTest {

    private static final Duration START = Duration.ofMinutes(3);

    @TempDir
    Path tmp;

    @Test
    void servingContinuesUnchangedWhileAnotherProcessRebuildsTheDataDirectory() throws Exception {
        Path data = tmp.resolve("data");
        Path logs = tmp.resolve("logs");
        Path small = Corpora.generate(1, 3, tmp.resolve("small"));
        Path large = Corpora.generate(2, 30, tmp.resolve("large"));

        try (var serving = ServeProcess.start(data, small, logs)) {
            serving.awaitReady(START);
            String store = DataDirLayout.current(data);
            String answer = serving.query(DataDirLayout.GRAPH_SIZES);

            List<String> problems = new CopyOnWriteArrayList<>();
            AtomicInteger answered = new AtomicInteger();
            AtomicBoolean stop = new AtomicBoolean();
            Thread client = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        String now = serving.query(DataDirLayout.GRAPH_SIZES);
                        if (!now.equals(answer)) problems.add("answer changed: " + now);
                        answered.incrementAndGet();
                    } catch (Exception e) {
                        problems.add(e.toString());
                    }
                }
            }, "client");
            client.start();
            try (var building = ServeProcess.start(data, large, logs)) {
                building.awaitReady(START); // built, switched and serving the new store
                int beforeSwitch = answered.get();
                while (answered.get() < beforeSwitch + 20) Thread.sleep(50); // and some more after the switch
                stop.set(true);
                client.join();

                assertEquals(List.of(), problems, answered.get() + " queries");
                assertNotEquals(store, DataDirLayout.current(data), "the build switched current");
                String rebuilt = building.query(DataDirLayout.GRAPH_SIZES);
                assertEquals(31 + ResearchTables.graphs().size() + SummaryTables.graphs().size(),
                        rebuilt.strip().split("\n").length - 1,
                        "30 documents, the reference graph and the research tables");
            } finally {
                stop.set(true);
            }
            assertTrue(DataDirLayout.others(data).contains(store), "the store still served is kept");
            assertEquals(answer, serving.query(DataDirLayout.GRAPH_SIZES));
        }
    }
}
