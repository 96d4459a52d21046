package org.fuliankg.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.fuliankg.store.TdbStore;
import org.fuliankg.store.version.BuildVersion;
import org.fuliankg.store.version.StoreManifest;

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
        return update(dataDir, Corpus.ofFiles(files), threads, progress);
    }

    /** Like {@link #update(Path, List, int, BuildProgress)}, for a corpus whose files are named in it. */
    public static Result update(Path dataDir, Corpus corpus, int threads, BuildProgress progress) throws IOException {
        var manifest = StoreManifest.of(BuildVersion.current(), corpus.paths());
        Map<String, InputFile> byPath = new HashMap<>();
        for (InputFile file : corpus.inputs()) byPath.put(file.path().toString(), file);
        var builder = new CorpusBuilder(threads, progress);
        var report = new AtomicReference<BuildReport>();
        TdbStore.Update update = new TdbStore(dataDir).update(manifest, (work, out) -> {
            List<InputFile> extract = work.inputs().stream().map(byPath::get).toList();
            if (work.full()) {
                report.set(builder.build(new Corpus(extract), out));
            } else {
                Map<String, Path> kept = new HashMap<>();
                work.keptGraphs().forEach((graph, path) -> kept.put(graph, byPath.get(path).path()));
                report.set(withKept(builder.add(extract, kept, out), kept));
            }
            Map<String, List<String>> graphs = new HashMap<>();
            report.get().graphs().forEach((file, made) -> graphs.put(file.toString(), made));
            return graphs;
        });
        return new Result(update.store(), update.rebuilt(),
                update.rebuilt() ? report.get().withDerived(update.derived()) : null);
    }

    /** The report of the whole store: the documents just extracted and those kept from the previous store. */
    private static BuildReport withKept(BuildReport added, Map<String, Path> kept) {
        Map<Path, List<String>> graphs = new HashMap<>();
        added.graphs().forEach((file, made) -> graphs.put(file, new ArrayList<>(made)));
        kept.forEach((graph, file) -> graphs.computeIfAbsent(file, f -> new ArrayList<>()).add(graph));
        return new BuildReport(graphs, added.skipped(), kept.size(), added.passedOver());
    }
}
