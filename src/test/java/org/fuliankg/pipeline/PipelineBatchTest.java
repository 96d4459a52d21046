package org.fuliankg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.fuliankg.generate.CorpusGenerator;
import org.fuliankg.source.SourceDocument;
import org.fuliankg.source.SourceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents read in a batch give the facts they give one at a time, and each keeps a budget of its own. */
class PipelineBatchTest {

    @TempDir
    Path tmp;

    @Test
    void aBatchGivesEachDocumentTheFactsItGivesAlone() throws Exception {
        List<SourceDocument> docs = read(new CorpusGenerator(11).write(30, tmp));
        docs.add(new SourceReader().read(Path.of("seeds/003_60f0d1ff23c14434.txt")));

        List<Pipeline.Outcome> batch = new Pipeline().processAll(docs);

        assertEquals(docs.size(), batch.size());
        Pipeline alone = new Pipeline();
        for (int i = 0; i < docs.size(); i++) {
            assertEquals(docs.get(i), batch.get(i).source());
            assertNull(batch.get(i).failure());
            assertEquals(alone.process(docs.get(i)).toString(), batch.get(i).facts().toString(), docs.get(i).fileName());
        }
    }

    /**
     * Budgets in clock readings (one a second): each document may take twice the readings it takes alone. A long
     * document fails on its own; the one after it, waiting while the long one is extracted, is not charged for that.
     */
    @Test
    void aDocumentPastItsBudgetFailsAloneAndTheWaitIsNobodysCost() throws Exception {
        List<SourceDocument> docs = read(List.of(Path.of("seeds/000_f9ff3fdd4056e4a8.txt"),
                Path.of("seeds/003_60f0d1ff23c14434.txt")));
        long readings = 0;
        for (SourceDocument d : docs) {
            var counting = new AtomicLong();
            new Pipeline(Duration.ofDays(1), counting::incrementAndGet).process(d);
            readings = Math.max(readings, counting.get());
        }
        String longText = String.join("\n\n", read(new CorpusGenerator(7).write(150, tmp.resolve("parts"))).stream()
                .map(SourceDocument::text).toList());
        SourceDocument longOne = new SourceReader().read(Files.writeString(tmp.resolve("long.txt"), longText));
        var clock = new AtomicLong();
        Pipeline pipeline = new Pipeline(Duration.ofSeconds(2 * readings + 2), () -> clock.addAndGet(1_000_000_000L));

        List<Pipeline.Outcome> out = pipeline.processAll(List.of(docs.get(0), longOne, docs.get(1)));

        assertNull(out.get(0).failure());
        assertInstanceOf(DocumentTooSlowException.class, out.get(1).failure());
        assertNull(out.get(2).failure());
        assertEquals(new Pipeline().process(docs.get(1)).toString(), out.get(2).facts().toString());
    }

    private static List<SourceDocument> read(List<Path> files) throws Exception {
        List<SourceDocument> docs = new ArrayList<>();
        for (Path f : files) docs.add(new SourceReader().read(f));
        return docs;
    }
}
