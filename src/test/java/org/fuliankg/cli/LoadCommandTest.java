package org.fuliankg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loadtest} for a few seconds against a real server it starts: every kind of request sent and answered right. */
class LoadCommandTest {

    @TempDir
    Path tmp;

    @Test
    void aShortLoadTestSendsEveryKindAndTheServerAnswersAsExpected() throws Exception {
        Path input = Files.writeString(tmp.resolve("news.txt"),
                "成都市妇联召开执委会议。\n会议由市妇联主席主持。\n", StandardCharsets.UTF_8);
        Path json = tmp.resolve("loadtest.json");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();

        Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                // a smaller row limit: the too-large query is refused after 20,000 rows, long before the time limit on any machine
                "loadtest", "--seconds", "3", "--clients", "4", "--timeout", "10", "--max-rows", "20000", "--threads", "1",
                "--data", tmp.resolve("data").toString(), "--out", json.toString(), input.toString());

        String printed = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        JsonObject report = JSON.read(json.toString());
        JsonObject kinds = report.get("kinds").getAsObject();
        for (String kind : new String[] {"canned", "malformed", "timeout", "too-large"}) {
            assertTrue(kinds.hasKey(kind) && number(kinds.get(kind).getAsObject().get("requests")) > 0, kind + ": " + printed);
        }
        assertEquals(0, number(report.get("unexpected")), printed);
        assertEquals("ok", report.get("final_check").getAsString().value(), printed);
        var memory = report.get("server_memory").getAsArray();
        assertTrue(memory.size() >= 2, "sampled at start and end: " + memory);
        assertTrue(memory.get(0).getAsObject().get("rss_mb").isNumber(), "resident memory of the server: " + memory);
        assertTrue(memory.get(0).getAsObject().get("heap_used_mb").isNumber(), "heap of the server: " + memory);
    }

    private static long number(JsonValue value) {
        return value.getAsNumber().value().longValue();
    }
}
