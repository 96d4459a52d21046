package org.fuliankg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.fuliankg.rdf.PersonLinks;
import org.fuliankg.rdf.table.ResearchTables;
import org.fuliankg.rdf.table.StoredTable;
import org.fuliankg.store.table.SummaryTables;
import org.fuliankg.store.table.TouchedParts;
import org.fuliankg.store.version.StoreManifest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A data directory holding persistent TDB2 stores of the graph.
 *
 * <pre>
 * data/
 *   current                 name of the store being served, e.g. store-20260101-120000-000
 *   store-20260101-120000-000/
 *     manifest.tsv          what the store was built from ({@link StoreManifest})
 *     Data-0001/ …          TDB2 database
 * </pre>
 *
 * A full build stages its quads in a file ({@link BulkLoad}), bulk-loads them into a fresh store directory and switches
 * {@code current} to it (an atomic rename) only once the store and its manifest are complete: a crashed or failed
 * build never touches the store being served. An incremental build (few inputs changed) works the same way on a
 * copy of the current store, replacing the named graphs of the changed inputs in one transaction.
 */
public final class TdbStore {

    static {
        JenaSystem.init(); // before the first TDB2 class
    }

    private static final Logger log = LoggerFactory.getLogger(TdbStore.class);
    private static final String CURRENT = "current";
    private static final String MANIFEST = "manifest.tsv";
    private static final String STORE_PREFIX = "store-";
    private static final String LOCK_FILE = "tdb.lock";
    /** Marks the build version of stores made from plain RDF content, which record no graph per input. */
    private static final String GRAPHS_UNKNOWN = " (graphs per input unknown)";
    /**
     * Above this share of inputs to extract again, a full build (bulk load into an empty store) is faster than
     * changing a copy of the current store in a transaction.
     */
    private static final double FULL_BUILD_SHARE = 0.5;
    /** The share of the heap TDB2's node caches may take, and what a cached node takes. */
    static final double NODE_CACHE_SHARE = 0.10;
    static final int NODE_BYTES = 230;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path dataDir;

    public TdbStore(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Whether {@code dir} is a data directory with a current store (as opposed to an RDF file or a bare TDB2). */
    public static boolean isDataDir(Path dir) {
        return Files.isRegularFile(dir.resolve(CURRENT));
    }

    /**
     * The result of {@link #update}: the store to serve, whether it was built just now, and what the build computed
     * of the derived data (null when it was not built).
     */
    public record Update(Path store, boolean rebuilt, Derived derived) {
        Update(Path store, Derived derived) {
            this(store, true, derived);
        }
    }

    /**
     * What a build computed of the derived tables. A full build computes all; an incremental rebuild drops and writes
     * the per-document rows of its changed documents only ({@code documentRows}: dropped plus written), recomputes
     * only the summary rows of the parts they touch ({@code summaryRowsRecomputed} of {@code summaryRows}), and
     * recomputes the ledger whole but writes only the rows that changed ({@code ledgerRowsChanged} of
     * {@code ledgerRows}: those the changed documents touch).
     *
     * @param full                  a full build: every row computed ({@code documentRows} then 0: not counted)
     * @param summaryRowsChanged    summary rows written (added, removed or with a cell changed)
     */
    public record Derived(boolean full, int documentRows, int summaryRows, int summaryRowsRecomputed,
                          int summaryRowsChanged, int ledgerRows, int ledgerRowsChanged) {}

    /**
     * What a build must send: the quads of {@code inputs} (paths as in the manifest, in its order), plus the shared
     * reference data when {@code full}. On an incremental build ({@code full} false) the store already holds the
     * reference data and {@code keptGraphs} (graph IRI → path of the unchanged input that made it).
     */
    public record Work(boolean full, List<String> inputs, Map<String, String> keptGraphs) {}

    /** Sends the quads of a build's documents and says which graph each input made. */
    @FunctionalInterface
    public interface Documents {
        /**
         * Sends the quads {@code work} asks for to {@code out}.
         *
         * @return input path → IRIs of the named graphs it made; an input left out made none (it was skipped). On an
         *         incremental build the kept inputs may be named too (with their kept graphs): only those of
         *         {@code work.inputs()} are taken as written
         * @throws FullBuildNeeded when an incremental build cannot give the same store as a full one
         */
        Map<String, List<String>> write(Work work, StreamRDF out);
    }

    /** Thrown by {@link Documents#write} on an incremental build that must be a full one instead. */
    public static final class FullBuildNeeded extends RuntimeException {
        public FullBuildNeeded(String why) {
            super(why);
        }
    }

    /**
     * Makes the current store match {@code wanted}: reuses it when it was built by the same code from the same
     * inputs; replaces only the graphs of changed, added and removed inputs in a copy of it when few changed;
     * otherwise builds a new store from all inputs. Either way the new store becomes current only when complete.
     *
     * @throws IOException or any exception from {@code documents}: the previous store then stays current, untouched
     */
    public Update update(StoreManifest wanted, Documents documents) throws IOException {
        Optional<Path> current = current();
        if (current.isEmpty()) return buildFull(wanted, documents);
        StoreManifest have = manifestOf(current.get());
        if (wanted.sameInputs(have)) return new Update(current.get(), false, null);
        if (have.buildVersion().equals(wanted.buildVersion())) {
            Map<String, StoreManifest.Input> previous = new HashMap<>();
            for (StoreManifest.Input input : have.inputs()) previous.put(input.path(), input);
            // inputs that made a graph from the same content keep it; all others (also those skipped before: a
            // graph they collided with may be gone) are extracted again
            List<String> redo = wanted.inputs().stream()
                    .filter(in -> !keeps(previous.get(in.path()), in))
                    .map(StoreManifest.Input::path)
                    .toList();
            if (redo.size() <= FULL_BUILD_SHARE * wanted.inputs().size()) {
                try {
                    return buildIncrementally(current.get(), have, wanted, redo, documents);
                } catch (FullBuildNeeded e) {
                    log.info("incremental build not possible ({}): building in full", e.getMessage());
                }
            }
        }
        return buildFull(wanted, documents);
    }

    /**
     * Makes the current store hold exactly what {@code content} sends (all quads), rebuilding it whenever
     * {@code wanted} differs from the manifest of the current store. Such a store records no graph per input, so
     * an {@link #update(StoreManifest, Documents)} on it rebuilds in full.
     */
    public Update update(StoreManifest wanted, Consumer<StreamRDF> content) throws IOException {
        var marked = new StoreManifest(wanted.buildVersion() + GRAPHS_UNKNOWN, wanted.inputs());
        return update(marked, (work, out) -> {
            if (!work.full()) throw new FullBuildNeeded("the store records no graph per input");
            content.accept(out);
            return Map.of();
        });
    }

    private static boolean keeps(StoreManifest.Input before, StoreManifest.Input now) {
        return before != null && before.hasGraph() && before.sha256().equals(now.sha256());
    }

    /** The store being served, if any. */
    public Optional<Path> current() throws IOException {
        Path pointer = dataDir.resolve(CURRENT);
        if (!Files.isRegularFile(pointer)) return Optional.empty();
        Path store = dataDir.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip());
        return Files.isDirectory(store) ? Optional.of(store) : Optional.empty();
    }

    /** The manifest a store was built from (empty manifest if it has none). */
    public static StoreManifest manifestOf(Path store) throws IOException {
        Path file = store.resolve(MANIFEST);
        return Files.isRegularFile(file) ? StoreManifest.read(file) : new StoreManifest("", List.of());
    }

    private Update buildFull(StoreManifest wanted, Documents documents) throws IOException {
        Path store = freshStoreDir();
        BulkLoad bulk = new BulkLoad(store);
        log.info("building store {}", store);
        Derived derived;
        try {
            var work = new Work(true, wanted.inputs().stream().map(StoreManifest.Input::path).toList(), Map.of());
            Map<String, List<String>> graphs = bulk.stage(out -> documents.write(work, out));
            bulk.load();
            wanted.withGraphs(graphs).write(store.resolve(MANIFEST));
            derived = afterLoad(store, null, null, 0);
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(store); // the staging file with it
            throw e;
        }
        switchTo(store);
        removeOtherStores(store);
        return new Update(store, derived);
    }

    /**
     * Copies the current store (which stays as it is: a serving process may be reading it) and, in one write
     * transaction on the copy, drops the graphs of changed and removed inputs and adds those of {@code redo}.
     */
    private Update buildIncrementally(Path current, StoreManifest have, StoreManifest wanted, List<String> redo,
                                      Documents documents) throws IOException {
        Set<String> redoSet = new HashSet<>(redo);
        Set<String> wantedPaths = new HashSet<>();
        wanted.inputs().forEach(in -> wantedPaths.add(in.path()));
        Map<String, String> kept = new HashMap<>();
        List<String> dropped = new ArrayList<>();
        for (StoreManifest.Input before : have.inputs()) {
            if (!before.hasGraph()) continue;
            boolean keep = wantedPaths.contains(before.path()) && !redoSet.contains(before.path());
            for (String graph : before.graphs()) {
                if (keep) kept.put(graph, before.path());
                else dropped.add(graph);
            }
        }
        Path store = freshStoreDir();
        log.info("updating store {} into {}: {} inputs to extract, {} graphs to drop", current, store, redo.size(),
                dropped.size());
        Derived derived;
        try {
            StageClock clock = new StageClock();
            copyStore(current, store);
            clock.mark("copy store");
            Map<String, List<String>> graphs = new HashMap<>();
            kept.forEach((graph, path) -> graphs.computeIfAbsent(path, p -> new ArrayList<>()).add(graph));
            TouchedParts touched = SummaryTables.touchedParts();
            Set<Node> labelled = new HashSet<>();
            Set<List<Node>> droppedRows = new HashSet<>(); // (table, row)
            Set<List<Node>> writtenRows = new HashSet<>();
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
            try {
                Txn.executeWrite(dsg, () -> {
                    for (String graph : dropped) {
                        // its rows are found from the graph: drop them first; the summaries' parts they touch with them
                        List<Quad> rows = ResearchTables.dropRows(dsg, graph);
                        touched.add(dsg, graph, rows);
                        rows.forEach(q -> droppedRows.add(List.of(q.getGraph(), q.getSubject())));
                        labelled.addAll(TextIndex.labelled(dsg, NodeFactory.createURI(graph)));
                        dsg.removeGraph(NodeFactory.createURI(graph));
                    }
                    clock.mark("drop old graphs and rows");
                    StreamRDF out = StreamRDFLib.dataset(dsg);
                    out.start();
                    Map<String, List<String>> written = documents.write(new Work(false, redo, Map.copyOf(kept)), out);
                    out.finish();
                    graphs.putAll(written);
                    clock.mark("read, extract and write changed documents");
                    // only the graphs just written: what documents.write returns names the kept inputs' graphs too
                    written.forEach((path, made) -> {
                        if (!redoSet.contains(path)) return;
                        made.forEach(g -> {
                            List<Quad> rows = ResearchTables.rowsOf(dsg, g);
                            touched.add(dsg, g, rows);
                            rows.forEach(q -> writtenRows.add(List.of(q.getGraph(), q.getSubject())));
                            labelled.addAll(TextIndex.labelled(dsg, NodeFactory.createURI(g)));
                        });
                    });
                    clock.mark("note what the new graphs touch");
                });
                clock.mark("commit");
            } finally {
                TDBInternal.expel(dsg);
            }
            wanted.withGraphs(graphs).write(store.resolve(MANIFEST));
            derived = afterLoad(store, touched, labelled, droppedRows.size() + writtenRows.size());
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(store);
            throw e;
        }
        switchTo(store);
        removeOtherStores(store);
        return new Update(store, derived);
    }

    /**
     * What must follow every change of a store's content, before it becomes current: the graph of cross-document
     * person merges (it depends on all documents), the research tables' ledger (it sums the funding rows of all
     * documents), the summary tables (whole after a full build, only the parts {@code touched} after an incremental
     * one; null: a full build), then the full-text index (whole after a full build; after an incremental one, the
     * labels of the subjects {@code labelled} by the dropped and written graphs), and last the contract dumps' files
     * ({@link TableFiles}).
     *
     * @param documentRows the per-document rows the build dropped and wrote (incremental builds)
     */
    private static Derived afterLoad(Path store, TouchedParts touched, Set<Node> labelled, int documentRows)
            throws IOException {
        Derived derived;
        StageClock clock = new StageClock();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        try {
            var persons = Txn.calculateWrite(dsg, () -> PersonLinks.rewrite(dsg));
            clock.mark("person links");
            log.info("persons: {} merged across documents, {} namesakes kept apart", persons.mergedPersons(),
                    persons.namesakesApart());
            StoredTable.Written ledger = Txn.calculateWrite(dsg, () -> {
                ResearchTables.deriveMissing(dsg);
                return ResearchTables.rewriteLedger(dsg);
            });
            clock.mark("ledger");
            log.info("research tables: {} ledger rows, {} written", ledger.computed(), ledger.changed());
            StoredTable.Written summaries = Txn.calculateWrite(dsg, () -> touched == null ? SummaryTables.rewrite(dsg)
                    : SummaryTables.update(dsg, touched));
            int summaryRows = Txn.calculateRead(dsg, () -> SummaryTables.rows(dsg));
            clock.mark("summary tables");
            log.info("summary tables: {} of {} rows {}, {} written", summaries.computed(), summaryRows,
                    touched == null ? "computed" : "of touched parts recomputed", summaries.changed());
            derived = new Derived(touched == null, documentRows, summaryRows, summaries.computed(),
                    summaries.changed(), ledger.computed(), ledger.changed());
        } finally {
            TDBInternal.expel(dsg);
        }
        if (labelled == null) TextIndex.build(store);
        else TextIndex.update(store, labelled);
        clock.mark("full-text index");
        TableFiles.write(store);
        clock.mark("contract dumps and stored answers");
        return derived;
    }

    /**
     * Times the stages of a build, logged at debug: wall time and the CPU time of the building thread (under load,
     * the CPU time is the steadier measure; the extraction's workers are not counted in it).
     */
    private static final class StageClock {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private long wall = System.nanoTime();
        private long cpu = THREADS.getCurrentThreadCpuTime();

        /** Logs the stage that ends now, since the previous one ended. */
        void mark(String stage) {
            long nowWall = System.nanoTime();
            long nowCpu = THREADS.getCurrentThreadCpuTime();
            log.debug("stage {}: {} ms, {} ms CPU", stage, (nowWall - wall) / 1_000_000, (nowCpu - cpu) / 1_000_000);
            wall = nowWall;
            cpu = nowCpu;
        }
    }

    /** Copies a TDB2 store file by file, without its lock files (the copy belongs to no process yet). */
    private static void copyStore(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) Files.createDirectories(target);
                else if (!source.getFileName().toString().equals(LOCK_FILE)) Files.copy(source, target);
            }
        }
    }

    /**
     * Opens a store for reading. Its default graph is the union of the named graphs (one per document), which is
     * what a query without {@code GRAPH} means to researchers; queries longer than {@code timeoutMillis} are
     * cancelled (0: no limit). Labels are searchable with {@code text:query} ({@link TextIndex}).
     */
    public static DatasetGraph open(Path store, long timeoutMillis) {
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(store.toString(), nodeCaches(Runtime.getRuntime().maxMemory()));
        } catch (AlreadyLocked e) {
            throw new IllegalStateException("the store " + store + " is in use by another process, probably a running "
                    + "'fulian-kg serve': query its endpoint, or stop it first (" + e.getMessage() + ")", e);
        }
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        if (timeoutMillis > 0) dsg.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
        return TextIndex.wrap(dsg, store);
    }

    /**
     * TDB2's caches of decoded nodes, sized by the heap: {@value #NODE_CACHE_SHARE} of it at ~{@value #NODE_BYTES}
     * bytes a node (a literal with its text, measured), and no more than TDB2's defaults (1,000,000 nodes by id,
     * 200,000 ids by node: some 230 MB once full, which an hour of research queries on 10,000 articles fills).
     * Cache sizes are a connection's own (TDB2's dynamic parameters): the store on disk is the same.
     */
    static StoreParams nodeCaches(long maxHeapBytes) {
        StoreParams defaults = StoreParams.getDftStoreParams();
        long fits = (long) (maxHeapBytes * NODE_CACHE_SHARE) / NODE_BYTES;
        int byId = (int) Math.min(defaults.getNodeId2NodeCacheSize(), fits);
        int byNode = Math.min(defaults.getNode2NodeIdCacheSize(), byId / 5);
        return StoreParams.builder().nodeId2NodeCacheSize(Math.max(1_000, byId))
                .node2NodeIdCacheSize(Math.max(1_000, byNode)).build();
    }

    /**
     * Releases a store opened with {@link #open}: its full-text index and its files and caches, so that it can be
     * opened again by path, by this or another process, or removed.
     */
    public static void close(DatasetGraph opened) {
        DatasetGraph tdb = opened;
        if (opened instanceof DatasetGraphText text) {
            text.getTextIndex().close();
            tdb = text.getWrapped();
        }
        TDBInternal.expel(tdb);
    }

    /**
     * A new store directory, never one another build (say, a second 'serve' starting) also uses. It is locked by
     * this process at once (TDB2's lock file, which TDB2 accepts from its own process), so that another build
     * does not take it for the leftover of a crash and remove it while it is being built.
     */
    private Path freshStoreDir() throws IOException {
        Files.createDirectories(dataDir);
        String name = STORE_PREFIX + LocalDateTime.now().format(STAMP);
        for (int n = 1; ; n++) {
            try {
                Path store = Files.createDirectory(dataDir.resolve(n == 1 ? name : name + "-" + n));
                Files.writeString(store.resolve(LOCK_FILE), ProcessHandle.current().pid() + "\n", StandardCharsets.US_ASCII);
                return store;
            } catch (FileAlreadyExistsException taken) {
                // try the next name
            }
        }
    }

    private void switchTo(Path store) throws IOException {
        Path next = dataDir.resolve(CURRENT + ".next");
        Files.writeString(next, store.getFileName() + "\n", StandardCharsets.UTF_8);
        Files.move(next, dataDir.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Removes superseded stores and leftovers of crashed builds, except a store another live process still serves
     * or builds: it goes at a later build.
     */
    private void removeOtherStores(Path keep) throws IOException {
        try (Stream<Path> entries = Files.list(dataDir)) {
            entries.filter(p -> p.getFileName().toString().startsWith(STORE_PREFIX))
                    .filter(p -> !p.equals(keep))
                    .filter(p -> !openInAnotherProcess(p))
                    .forEach(TdbStore::deleteQuietly);
        }
    }

    /** TDB2 writes the id of the process that opened a store into its {@code tdb.lock}. */
    private static boolean openInAnotherProcess(Path store) {
        try {
            long pid = Long.parseLong(Files.readString(store.resolve(LOCK_FILE), StandardCharsets.US_ASCII).strip());
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException noLock) {
            return false;
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            log.warn("could not remove {}: {}", dir, e.getMessage());
        }
    }
}
