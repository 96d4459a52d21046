package org.fuliankg.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fuliankg.generate.CorpusGenerator;

/** Generated news corpora for the tests that build stores in separate processes. */
final class Corpora {

    private Corpora() {}

    /** Writes {@code articles} generated articles into {@code dir}, without the gold file (it is no input). */
    static Path generate(long seed, int articles, Path dir) throws IOException {
        new CorpusGenerator(seed).write(articles, dir);
        Files.delete(dir.resolve(CorpusGenerator.GOLD_FILE));
        return dir;
    }
}
