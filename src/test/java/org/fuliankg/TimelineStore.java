package org.fuliankg;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.fuliankg.build.CorpusStore;
import org.fuliankg.build.InputFiles;
import org.fuliankg.store.TdbStore;

/**
 * Three invented news items of different dates (src/test/resources/timeline/) built into a TDB2 store as
 * {@code serve} builds them: the same chair in two documents, her later post in the province above, and two
 * namesakes in federations of different provinces.
 */
public final class TimelineStore {

    public static final Path TEXTS = Path.of("src/test/resources/timeline");
    private static final Path DATA_DIR = Path.of("target/test-timeline-store");
    private static DatasetGraph dataset;

    private TimelineStore() {}

    public static synchronized DatasetGraph dataset() throws IOException {
        if (dataset == null) {
            var result = CorpusStore.update(DATA_DIR, InputFiles.collect(List.of(TEXTS)), 1);
            if (result.report() != null && !result.report().skipped().isEmpty()) {
                throw new IllegalStateException("timeline texts skipped: " + result.report().skipped());
            }
            dataset = TdbStore.open(result.store(), 60_000);
        }
        return dataset;
    }
}
