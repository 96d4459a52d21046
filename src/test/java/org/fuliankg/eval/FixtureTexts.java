package org.fuliankg.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fuliankg.extract.DocumentFacts;
import org.fuliankg.pipeline.Pipeline;
import org.fuliankg.source.SourceReader;
import org.fuliankg.source.UnreadableSourceException;

/** The facts of every {@code .txt} fixture of a folder, in name order; a fixture that cannot be read fails the test. */
final class FixtureTexts {

    private FixtureTexts() {}

    static List<DocumentFacts> extract(Pipeline pipeline, Path dir) throws IOException {
        List<DocumentFacts> facts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                try {
                    facts.add(pipeline.process(new SourceReader().read(file)));
                } catch (UnreadableSourceException e) {
                    throw new AssertionError(e.getMessage(), e);
                }
            }
        }
        return facts;
    }
}
