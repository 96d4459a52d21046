package org.fuliankg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restarting {@code serve} on unchanged inputs reuses the store it built and answers exactly as before. */
class RestartTest {

    /** Needs the internet. */
    private static final String ONLINE_QUERY = "wikidata-federated.rq";

    @TempDir
    Path tmp;

    @Test
    void aRestartReusesTheStoreAndAnswersTheCannedQueriesAsBefore() throws Exception {
        Path data = tmp.resolve("data");
        Path logs = tmp.resolve("logs");
        Path seeds = Path.of("seeds");

        Map<String, List<String>> before;
        String store;
        try (var first = ServeProcess.start(data, seeds, logs)) {
            first.awaitReady(Duration.ofMinutes(3));
            assertFalse(first.stderr().contains("reusing store"), first.stderr());
            before = cannedAnswers(first);
            store = DataDirLayout.current(data);
        }
        assertTrue(before.get("officials.rq").size() > 1, "officials.rq answers: " + before.get("officials.rq"));

        try (var second = ServeProcess.start(data, seeds, logs)) {
            second.awaitReady(Duration.ofMinutes(1));
            assertTrue(second.stderr().contains("reusing store"), second.stderr());
            assertEquals(store, DataDirLayout.current(data));
            assertEquals(before, cannedAnswers(second));
        }
    }

    /** Each file of queries/ (but the online one): its CSV rows, sorted, as the order of rows is not specified. */
    private static Map<String, List<String>> cannedAnswers(ServeProcess serve) throws Exception {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> queries = Files.list(Path.of("queries"))) {
            files = queries.filter(q -> q.toString().endsWith(".rq"))
                    .filter(q -> !q.getFileName().toString().equals(ONLINE_QUERY)).sorted().toList();
        }
        for (Path file : files) {
            List<String> rows = new ArrayList<>(List.of(serve.query(Files.readString(file, StandardCharsets.UTF_8))
                    .split("\r?\n")));
            rows.sort(null);
            answers.put(file.getFileName().toString(), rows);
        }
        return answers;
    }
}
