package org.fuliankg;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.fuliankg.build.CorpusStore;
import org.fuliankg.build.InputFiles;
import org.fuliankg.store.TdbStore;

/**
 * The two seed texts built into a TDB2 store with its full-text index, opened once for the test classes that
 * query the whole product. The store lives under target/ and, like any data directory, is reused while the code
 * and the seeds are unchanged.
 */
public final class SeedStore {

    private static final Path DATA_DIR = Path.of("target/test-seed-store");
    private static DatasetGraph dataset;

    private SeedStore() {}

    /** The data directory of the seeds' store, built (see {@link #dataset()}). */
    public static Path dataDir() throws IOException {
        dataset();
        return DATA_DIR;
    }

    /** The seeds' store, opened as {@code serve} opens it (union default graph, text:query). */
    public static synchronized DatasetGraph dataset() throws IOException {
        if (dataset == null) {
            var result = CorpusStore.update(DATA_DIR, InputFiles.collect(List.of(Path.of("seeds"))), 2);
            if (result.report() != null && !result.report().skipped().isEmpty()) {
                throw new IllegalStateException("seeds skipped: " + result.report().skipped());
            }
            dataset = TdbStore.open(result.store(), 60_000);
        }
        return dataset;
    }
}
