package org.fuliankg.bench.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.fuliankg.build.CorpusStore;
import org.fuliankg.generate.CorpusGenerator;
import org.fuliankg.rdf.GraphMapper;
import org.fuliankg.store.TdbStore;

/**
 * Runs in a fresh JVM per corpus size (see {@link ChildJvm}), so that its memory peak is its own: builds the store
 * of a directory of generated articles, counts its quads, and optionally times two more updates: with nothing
 * changed, then with every hundredth article rewritten.
 */
public final class ScaleRun {

    /** The seed rewritten articles take their new text from. */
    private static final long CHANGED_SEED = 1_000_003;

    private ScaleRun() {}

    public static ScaleResult run(Path texts, Path dataDir, int threads, boolean rebuilds) throws IOException {
        List<Path> files = articles(texts);
        double buildSeconds;
        double peakRss;
        double peakRssAnon;
        double peakHeap;
        double peakLiveHeap;
        CorpusStore.Result built;
        // the last document through ends the stage a Spark job spreads over executors (extract, map, stage);
        // the rest (TDB2's bulk load, person links, full-text index) runs on one machine either way
        long[] extracted = new long[1];
        long t0 = System.nanoTime();
        try (MemorySampler memory = new MemorySampler()) {
            built = CorpusStore.update(dataDir, files, threads, (done, total) -> {
                if (done == total) extracted[0] = System.nanoTime();
            });
            buildSeconds = seconds(t0);
            peakRss = memory.peakRssMb();
            peakRssAnon = memory.peakRssAnonMb();
            peakHeap = memory.peakHeapMb();
            peakLiveHeap = memory.peakLiveHeapMb();
        }
        long[] quads = countQuads(built.store());
        double storeMb = megabytes(built.store());
        double unchanged = -1;
        double changed = -1;
        boolean rebuiltOnChange = false;
        Path store = built.store();
        if (rebuilds) {
            long t1 = System.nanoTime();
            CorpusStore.update(dataDir, files, threads);
            unchanged = seconds(t1);
            CorpusGenerator otherText = new CorpusGenerator(CHANGED_SEED);
            for (int i = 1; i <= files.size(); i += 100) otherText.overwrite(i, texts);
            long t2 = System.nanoTime();
            CorpusStore.Result again = CorpusStore.update(dataDir, files, threads);
            changed = seconds(t2);
            rebuiltOnChange = again.rebuilt() && again.report().kept() == 0; // no document kept: a full rebuild
            store = again.store();
        }
        return new ScaleResult(files.size(), built.report().documents(), chars(files), buildSeconds, quads[0], quads[1],
                peakRss, peakRssAnon, peakHeap, peakLiveHeap,
                unchanged, changed, rebuiltOnChange, store,
                extracted[0] == 0 ? buildSeconds : (extracted[0] - t0) / 1e9, storeMb,
                Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0));
    }

    /** The generated article files of a directory, in name order (the gold file is not an article). */
    static List<Path> articles(Path texts) throws IOException {
        try (Stream<Path> s = Files.list(texts)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** The bytes of a store's files (TDB2 and the full-text index), in MiB: what it takes on disk. */
    static double megabytes(Path store) throws IOException {
        try (Stream<Path> paths = Files.walk(store)) {
            long bytes = 0;
            for (Path p : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) bytes += Files.size(p);
            return bytes / (1024.0 * 1024.0);
        }
    }

    /** Characters (code points) of the articles, as generated (UTF-8). */
    static long chars(List<Path> files) throws IOException {
        long chars = 0;
        for (Path f : files) {
            String text = Files.readString(f);
            chars += text.codePointCount(0, text.length());
        }
        return chars;
    }

    /**
     * All quads of the store, and those of the document graphs (all but the reference graph). Counted by SPARQL,
     * which leaves the nodes undecoded: iterating the quads themselves took 52 s on the 10,000-article store, this 4 s.
     */
    private static long[] countQuads(Path store) {
        String reference = new GraphMapper().referenceGraphName();
        DatasetGraph dsg = TdbStore.open(store, 0);
        try {
            return Txn.calculateRead(dsg, () -> {
                long all = count(dsg, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
                return new long[] {all, all - count(dsg, "SELECT (COUNT(*) AS ?n) { GRAPH <" + reference + "> { ?s ?p ?o } }")};
            });
        } finally {
            TdbStore.close(dsg);
        }
    }

    private static long count(DatasetGraph dsg, String countQuery) {
        try (QueryExec exec = QueryExec.dataset(dsg).query(countQuery).build()) {
            return ((Number) exec.select().next().get("n").getLiteralValue()).longValue();
        }
    }

    public static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
