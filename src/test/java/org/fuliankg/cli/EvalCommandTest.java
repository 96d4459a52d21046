package org.fuliankg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.fuliankg.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

class EvalCommandTest {

    /** Runs the command line and returns what it printed; fails unless it exits with 0. */
    private static String run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertEquals(0, Main.run(args));
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheTableForTheGivenInputs() {
        String printed = run("eval", "src/test/resources/gold/seeds-gold.json", "seeds/003_60f0d1ff23c14434.txt");
        assertTrue(printed.startsWith("category"), printed);
        assertTrue(printed.contains("items               21     0     0  1.000  1.000  1.000"), printed);
        // the news page was not given: it is reported, not counted as misses
        assertTrue(printed.contains("not evaluated (no input): 000_f9ff3fdd4056e4a8.txt"), printed);
        assertTrue(!printed.contains("miss       000_"), printed);
        assertTrue(printed.contains("  role           right   12 of   12  100.0%"), printed);
    }

    @Test
    void aGoldFileBesideItsTextsIsNotReadAsAText() {
        String printed = run("eval", "src/test/resources/unseen/unseen-gold.json",
                "src/test/resources/unseen");
        assertTrue(!printed.contains("not evaluated"), printed);
        assertTrue(printed.contains("items                0     0     0      -      -      -"), printed);
    }

    @Test
    void aDocumentWhoseExtractionFailsCountsAsFindingNothing() {
        // a budget of one nanosecond per document, which no reading of an article (11,000 characters) can meet
        String before = System.getProperty(Pipeline.BUDGET_PROPERTY);
        PrintStream originalErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String printed;
        try {
            System.setProperty(Pipeline.BUDGET_PROPERTY, "0.000000001");
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            printed = run("eval", "src/test/resources/gold/seeds-gold.json", "seeds/003_60f0d1ff23c14434.txt");
        } finally {
            System.setErr(originalErr);
            if (before == null) System.clearProperty(Pipeline.BUDGET_PROPERTY);
            else System.setProperty(Pipeline.BUDGET_PROPERTY, before);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("extraction failed on seeds/003_60f0d1ff23c14434.txt"),
                err.toString(StandardCharsets.UTF_8));
        // its gold facts are misses, not left out as an input not given
        assertTrue(printed.contains("miss       003_60f0d1ff23c14434.txt"), printed);
        assertTrue(!printed.contains("not evaluated (no input): 003_"), printed);
    }
}
