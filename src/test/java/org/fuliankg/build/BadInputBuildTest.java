package org.fuliankg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFParser;
import org.fuliankg.store.RdfFileOutput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus (binary files, other encodings, odd names) mixed with good news texts, two of them with the
 * same file name: every file is either built or skipped with a reason, and the output stays loadable.
 */
class BadInputBuildTest {

    private static final Path BAD_INPUT = Path.of("src/test/resources/badinput");

    @TempDir
    Path tmp;

    private List<Path> files;

    @BeforeEach
    void mixCorpus() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        try (Stream<Path> bad = Files.list(BAD_INPUT)) {
            for (Path file : bad.toList()) {
                if (Files.size(file) < 20_000) Files.copy(file, corpus.resolve(file.getFileName().toString()));
            }
        }
        for (String site : List.of("site-a", "site-b")) {
            Files.copy(Path.of("seeds/000_f9ff3fdd4056e4a8.txt"),
                    Files.createDirectories(corpus.resolve(site)).resolve("index.txt"));
        }
        files = InputFiles.collect(List.of(corpus));
    }

    @Test
    void everyFileIsBuiltOrSkippedAndTheStoreLoads() throws IOException {
        var result = CorpusStore.update(tmp.resolve("data"), files, 2);
        assertEquals(files.size(), result.report().documents() + result.report().skipped().size());
        assertTrue(result.report().skipped().stream().anyMatch(s -> s.path().toString().endsWith(".bin")),
                result.report().skipped().toString());
        assertTrue(result.report().documents() >= 2, result.report().summary());
    }

    @Test
    void theTrigOutputParses() throws IOException {
        Path out = tmp.resolve("kg.trig");
        var report = new AtomicReference<BuildReport>();
        RdfFileOutput.write(out, stream -> report.set(new CorpusBuilder(2).build(files, stream)));
        assertEquals(files.size(), report.get().documents() + report.get().skipped().size());
        RDFParser.source(out).toDatasetGraph(); // throws on any unparseable IRI or literal
    }
}
