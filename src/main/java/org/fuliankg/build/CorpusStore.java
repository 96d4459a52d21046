package org.fuliankg.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.fuliankg.store.BuildVersion;
import org.fuliankg.store.StoreManifest;
import org.fuliankg.store.TdbStore;

/**
 * Keeps the TDB2 store in a data directory built from a corpus: reused while the inputs and the code are the same;
 * when a few documents changed, only they are extracted again.
 */
public final class CorpusStore {

    /**
     * @param store   the store directory to serve
     * @param rebuilt whether it was built (or updated) just now
     * @param report  what the build did; null when the store was reused
     */
    public record Result(Path store, boolean rebuilt, BuildReport report) {}

    private CorpusStore() {}

    public static Result update(Path dataDir, List<Path> files, int threads) throws IOException {
        return update(dataDir, files, threads, BuildProgress.NONE);
    }

    /**
     * Reuses the current store of {@code dataDir} when it was built by this code from files with the same
     * content, otherwise updates or rebuilds it (see {@link TdbStore#update(StoreManifest, TdbStore.Documents)}).
     *
     * @param progress told of every document extracted
     * @throws IOException or a runtime exception when the build fails; the previous store then stays current
     */
    public static Result update(Path dataDir, List<Path> files, int threads, BuildProgress progress) throws IOException {
        var manifest = StoreManifest.of(BuildVersion.current(), files);
        Map<String, Path> byName = new HashMap<>();
        for (Path file : files) byName.put(file.toString(), file);
        var builder = new CorpusBuilder(threads, progress);
        var report = new AtomicReference<BuildReport>();
        TdbStore.Update update = new TdbStore(dataDir).update(manifest, (work, out) -> {
            List<Path> extract = work.inputs().stream().map(byName::get).toList();
            if (work.full()) {
                report.set(builder.build(extract, out));
            } else {
                Map<String, Path> kept = new HashMap<>();
                work.keptGraphs().forEach((graph, path) -> kept.put(graph, byName.get(path)));
                report.set(withKept(builder.add(extract, kept, out), kept));
            }
            Map<String, String> graphs = new HashMap<>();
            report.get().graphs().forEach((file, graph) -> graphs.put(file.toString(), graph));
            return graphs;
        });
        return new Result(update.store(), update.rebuilt(), update.rebuilt() ? report.get() : null);
    }

    /** The report of the whole store: the documents just extracted and those kept from the previous store. */
    private static BuildReport withKept(BuildReport added, Map<String, Path> kept) {
        Map<Path, String> graphs = new HashMap<>(added.graphs());
        kept.forEach((graph, file) -> graphs.put(file, graph));
        return new BuildReport(graphs, added.skipped(), kept.size());
    }
}
