package org.fuliankg.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.fuliankg.store.BuildVersion;
import org.fuliankg.store.StoreManifest;
import org.fuliankg.store.TdbStore;

/** Keeps the TDB2 store in a data directory built from a corpus: rebuilt only when the inputs or the code change. */
public final class CorpusStore {

    /**
     * @param store   the store directory to serve
     * @param rebuilt whether it was built just now
     * @param report  what the build did; null when the store was reused
     */
    public record Result(Path store, boolean rebuilt, BuildReport report) {}

    private CorpusStore() {}

    /**
     * Reuses the current store of {@code dataDir} when it was built by this code from files with the same
     * content, otherwise builds a new one.
     *
     * @throws IOException or a runtime exception when the build fails; the previous store then stays current
     */
    public static Result update(Path dataDir, List<Path> files, int threads) throws IOException {
        var manifest = StoreManifest.of(BuildVersion.current(), files);
        var report = new AtomicReference<BuildReport>();
        var builder = new CorpusBuilder(threads);
        TdbStore.Update update = new TdbStore(dataDir).update(manifest, stream -> report.set(builder.build(files, stream)));
        return new Result(update.store(), update.rebuilt(), report.get());
    }
}
