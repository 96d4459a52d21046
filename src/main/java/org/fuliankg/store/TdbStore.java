package org.fuliankg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.base.LoaderOps;
import org.apache.jena.tdb2.sys.TDBInternal;
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
 * A build stages its quads in a TriG file, bulk-loads them into a fresh store directory and switches
 * {@code current} to it (an atomic rename) only once the store and its manifest are complete: a crashed or failed
 * build never touches the store being served.
 */
public final class TdbStore {

    static {
        JenaSystem.init(); // before the first TDB2 class
    }

    private static final Logger log = LoggerFactory.getLogger(TdbStore.class);
    private static final String CURRENT = "current";
    private static final String MANIFEST = "manifest.tsv";
    private static final String STORE_PREFIX = "store-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path dataDir;

    public TdbStore(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Whether {@code dir} is a data directory with a current store (as opposed to an RDF file or a bare TDB2). */
    public static boolean isDataDir(Path dir) {
        return Files.isRegularFile(dir.resolve(CURRENT));
    }

    /** The result of {@link #update}: the store to serve and whether it was built just now. */
    public record Update(Path store, boolean rebuilt) {}

    /**
     * Makes the current store match {@code wanted}: reuses it when its manifest is equal, otherwise builds a new
     * store with {@code content} (which sends the quads) and switches to it.
     *
     * @throws IOException or any exception from {@code content}: the previous store then stays current
     */
    public Update update(StoreManifest wanted, Consumer<StreamRDF> content) throws IOException {
        Optional<Path> current = current();
        if (current.isPresent() && wanted.equals(manifestOf(current.get()))) {
            return new Update(current.get(), false);
        }
        return new Update(build(wanted, content), true);
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

    private Path build(StoreManifest manifest, Consumer<StreamRDF> content) throws IOException {
        Files.createDirectories(dataDir);
        Path store = freshStoreDir();
        Path staged = dataDir.resolve(store.getFileName() + ".trig");
        log.info("building store {}", store);
        try {
            stage(staged, content);
            load(store, staged);
            manifest.write(store.resolve(MANIFEST));
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(store);
            throw e;
        } finally {
            Files.deleteIfExists(staged);
        }
        switchTo(store);
        removeOtherStores(store);
        return store;
    }

    /**
     * Writes the content to a file first: extraction (which may fail on any document) is over before the bulk
     * loader starts, and a loader aborted half-way would leave its worker threads running.
     */
    private static void stage(Path staged, Consumer<StreamRDF> content) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(staged))) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS, null);
            writer.start();
            content.accept(writer);
            writer.finish();
        }
    }

    private static void load(Path store, Path staged) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        try {
            // A null monitor would throw and leave loader threads that keep the JVM alive.
            DataLoader loader = LoaderFactory.createLoader(dsg, LoaderOps.outputToLog());
            loader.startBulk();
            loader.load(staged.toString());
            loader.finishBulk();
        } finally {
            TDBInternal.expel(dsg); // release files and caches: the store is reopened (or deleted) by path
        }
    }

    /**
     * Opens a store for reading. Its default graph is the union of the named graphs (one per document), which is
     * what a query without {@code GRAPH} means to researchers; queries longer than {@code timeoutMillis} are
     * cancelled (0: no limit).
     */
    public static DatasetGraph open(Path store, long timeoutMillis) {
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        } catch (AlreadyLocked e) {
            throw new IllegalStateException("the store " + store + " is in use by another process, probably a running "
                    + "'fulian-kg serve': query its endpoint, or stop it first (" + e.getMessage() + ")", e);
        }
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        if (timeoutMillis > 0) dsg.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
        return dsg;
    }

    /** A new, empty store directory; never one another build (say, a second 'serve' starting) also uses. */
    private Path freshStoreDir() throws IOException {
        String name = STORE_PREFIX + LocalDateTime.now().format(STAMP);
        for (int n = 1; ; n++) {
            try {
                return Files.createDirectory(dataDir.resolve(n == 1 ? name : name + "-" + n));
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
     * Removes superseded stores and leftovers of crashed builds (store directories and staged files), except a
     * store another live process still serves: it goes at a later build.
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
            long pid = Long.parseLong(Files.readString(store.resolve("tdb.lock"), StandardCharsets.US_ASCII).strip());
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
