package org.fuliankg.pipeline;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.time.Duration;
import org.fuliankg.source.SourceDocument;

/**
 * Runs the whole extraction pipeline on mutated text for a bounded time (coverage-guided by Jazzer, starting from
 * the inputs in ExtractorFuzzTestInputs/). Any exception or a document that takes longer than the per-document
 * bound fails the test; Jazzer keeps the failing input under src/test/resources for replay.
 */
class ExtractorFuzzTest {

    private static final Pipeline PIPELINE = new Pipeline();

    @FuzzTest(maxDuration = "45s")
    void pipelineSurvivesAnyText(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        var source = new SourceDocument("fuzz.txt", Path.of("fuzz.txt"), text, "UTF-8", "0");
        var facts = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> PIPELINE.process(source));
        assertNotNull(facts);
        facts.fundings().forEach(f -> assertNotNull(f.amount()));
    }
}
