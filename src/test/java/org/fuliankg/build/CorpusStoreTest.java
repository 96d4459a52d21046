package org.fuliankg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.fuliankg.generate.CorpusGenerator;
import org.fuliankg.store.IndexedLabels;
import org.fuliankg.store.TdbStore;
import org.fuliankg.store.version.StoreManifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persistent store: built once, reused while the inputs are unchanged, never broken by a failed build. */
class CorpusStoreTest {

    @TempDir
    Path tmp;

    private Path data;
    private Path input;

    @BeforeEach
    void writeInput() throws IOException {
        data = tmp.resolve("data");
        Path inputs = Files.createDirectories(tmp.resolve("inputs"));
        // A short text keeps the builds quick: these tests are about the store, not extraction.
        input = Files.writeString(inputs.resolve("news.txt"), "成都市妇联召开执委会议。\n会议由市妇联主席主持。\n",
                StandardCharsets.UTF_8);
    }

    @Test
    void firstStartBuildsATdb2StoreAndASecondStartReusesIt() throws IOException {
        var first = CorpusStore.update(data, List.of(input), 1);
        assertTrue(first.rebuilt());
        assertEquals(1, first.report().documents());
        assertTrue(Files.isDirectory(first.store().resolve("Data-0001")), "TDB2 database in " + first.store());
        assertEquals(List.of(input.toString()),
                TdbStore.manifestOf(first.store()).inputs().stream().map(StoreManifest.Input::path).toList());

        var second = CorpusStore.update(data, List.of(input), 1);
        assertFalse(second.rebuilt());
        assertEquals(first.store(), second.store());
    }

    @Test
    void changedInputRebuildsIntoANewStoreAndRemovesTheOldOne() throws IOException {
        var first = CorpusStore.update(data, List.of(input), 1);
        Files.writeString(input, "\n新的一段。\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        var second = CorpusStore.update(data, List.of(input), 1);
        assertTrue(second.rebuilt());
        assertNotEquals(first.store(), second.store());
        assertEquals(second.store(), new TdbStore(data).current().orElseThrow());
        assertEquals(List.of(second.store()), storeDirs());
    }

    @Test
    void aStoreStillOpenInAnotherProcessIsKeptWhenReplaced() throws IOException {
        Path first = CorpusStore.update(data, List.of(input), 1).store();
        // A live process whose id is in the store's lock file, as TDB2 writes it for a running 'serve'.
        Process otherServer = new ProcessBuilder("sleep", "60").start();
        try {
            Files.writeString(first.resolve("tdb.lock"), otherServer.pid() + "\n");
            Files.writeString(input, "\n新的一段。\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

            Path second = CorpusStore.update(data, List.of(input), 1).store();

            assertEquals(second, new TdbStore(data).current().orElseThrow());
            assertTrue(Files.isDirectory(first.resolve("Data-0001")), "store in use was removed");
        } finally {
            otherServer.destroy();
        }
    }

    @Test
    void unreadableInputIsSkippedAndDoesNotForceRebuilds() throws IOException {
        Path broken = Files.createSymbolicLink(input.resolveSibling("broken.txt"), tmp.resolve("nowhere"));
        List<Path> files = InputFiles.collect(List.of(input.getParent()));
        assertEquals(List.of(broken, input), files);

        var first = CorpusStore.update(data, files, 1);
        assertEquals(1, first.report().documents());
        assertEquals(broken, first.report().skipped().get(0).path());
        assertFalse(CorpusStore.update(data, files, 1).rebuilt());
    }

    @Test
    void failedBuildLeavesThePreviousStoreCurrentAndNoLeftovers() throws IOException {
        Path previous = CorpusStore.update(data, List.of(input), 1).store();
        var changed = new StoreManifest("another version", List.of());
        var quad = Quad.create(NodeFactory.createURI("urn:x:g"), NodeFactory.createURI("urn:x:s"),
                NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("half-built"));

        var failure = assertThrows(IllegalStateException.class, () -> new TdbStore(data).update(changed, stream -> {
            stream.quad(quad);
            throw new IllegalStateException("extraction crashed");
        }));

        assertEquals("extraction crashed", failure.getMessage());
        assertEquals(previous, new TdbStore(data).current().orElseThrow());
        assertEquals(List.of(previous), storeDirs());
        assertFalse(CorpusStore.update(data, List.of(input), 1).rebuilt(), "previous store is still the one to reuse");
    }

    @Test
    void incrementalRebuildOfChangedRemovedAndAddedDocumentsEqualsAFullBuild() throws IOException {
        Path corpus = tmp.resolve("corpus");
        List<Path> before = articles(corpus, 10);
        Path first = CorpusStore.update(data, before, 2).store();

        new CorpusGenerator(7).overwrite(3, corpus);       // changed
        Files.delete(corpus.resolve(CorpusGenerator.fileName(5)));   // removed
        new CorpusGenerator(8).overwrite(11, corpus);      // added
        List<Path> after = InputFiles.collect(List.of(corpus));
        var incremental = CorpusStore.update(data, after, 2);

        assertTrue(incremental.rebuilt());
        assertEquals(8, incremental.report().kept(), incremental.report().summary());
        assertEquals(10, incremental.report().documents());
        assertNotEquals(first, incremental.store());
        assertEquals(List.of(incremental.store()), storeDirs());
        var full = CorpusStore.update(tmp.resolve("full"), after, 2);
        assertEquals(0, full.report().kept());
        assertSameQuads(full.store(), incremental.store());
        assertEquals(IndexedLabels.of(full.store()), IndexedLabels.of(incremental.store()),
                "the full-text index the rebuild updated holds what a full build's holds");
        assertEquals(TdbStore.manifestOf(full.store()), TdbStore.manifestOf(incremental.store()));
        assertFalse(CorpusStore.update(data, after, 2).rebuilt(), "the updated store is reused");
    }

    @Test
    void failedIncrementalBuildLeavesTheCurrentStoreUntouched() throws IOException {
        List<Path> files = articles(tmp.resolve("corpus"), 4);
        Path previous = CorpusStore.update(data, files, 2).store();
        List<Quad> quadsBefore = quads(previous);
        StoreManifest have = TdbStore.manifestOf(previous);
        var oneChanged = new ArrayList<>(have.inputs());
        oneChanged.set(0, new StoreManifest.Input(have.inputs().get(0).path(), "0".repeat(64), List.of()));
        var wanted = new StoreManifest(have.buildVersion(), oneChanged);
        var quad = Quad.create(NodeFactory.createURI("urn:x:g"), NodeFactory.createURI("urn:x:s"),
                NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("half-built"));

        var failure = assertThrows(IllegalStateException.class, () -> new TdbStore(data).update(wanted, (work, out) -> {
            assertFalse(work.full(), "few inputs changed: an incremental build");
            assertEquals(List.of(have.inputs().get(0).path()), work.inputs());
            out.quad(quad);
            throw new IllegalStateException("extraction crashed");
        }));

        assertEquals("extraction crashed", failure.getMessage());
        assertEquals(previous, new TdbStore(data).current().orElseThrow());
        assertEquals(List.of(previous), storeDirs());
        assertEquals(quadsBefore, quads(previous));
        assertFalse(CorpusStore.update(data, files, 2).rebuilt(), "previous store is still the one to reuse");
    }

    @Test
    void manyChangedDocumentsRebuildInFull() throws IOException {
        Path corpus = tmp.resolve("corpus");
        List<Path> files = articles(corpus, 4);
        CorpusStore.update(data, files, 2);
        for (int i = 1; i <= 3; i++) new CorpusGenerator(9).overwrite(i, corpus);

        var rebuilt = CorpusStore.update(data, files, 2);

        assertEquals(0, rebuilt.report().kept());
        assertEquals(4, rebuilt.report().documents());
    }

    /** Same-named files in different folders of one input are named by their paths in it: each has its graph. */
    @Test
    void sameNamedFilesInDifferentFoldersEachGetTheirGraph() throws IOException {
        Path corpus = tmp.resolve("corpus");
        articles(corpus.resolve("b"), 2);
        Files.copy(corpus.resolve("b").resolve(CorpusGenerator.fileName(1)),
                Files.createDirectories(corpus.resolve("c")).resolve(CorpusGenerator.fileName(1)));

        var built = CorpusStore.update(data, InputFiles.corpus(List.of(corpus)), 2, BuildProgress.NONE);

        assertTrue(built.report().complete(), built.report().skipped().toString());
        assertEquals(3, built.report().documents());
        assertTrue(built.report().graphs().values().stream().flatMap(List::stream)
                .anyMatch(g -> g.endsWith("/graph/c/" + CorpusGenerator.fileName(1))), built.report().graphs().toString());
        assertFalse(CorpusStore.update(data, InputFiles.corpus(List.of(corpus)), 2, BuildProgress.NONE).rebuilt());
    }

    /**
     * Two inputs that give a file the same name make the same graph: the first in path order gets it. Incremental
     * builds keep that rule, also when the owner goes away or a new file comes before it.
     */
    @Test
    void sameNamedFilesGetTheGraphAsInAFullBuild() throws IOException {
        Path corpus = tmp.resolve("corpus");
        articles(corpus.resolve("b"), 4);
        Path dup = Files.copy(corpus.resolve("b").resolve(CorpusGenerator.fileName(1)),
                Files.createDirectories(corpus.resolve("c")).resolve(CorpusGenerator.fileName(1)));
        var first = CorpusStore.update(data, InputFiles.collect(List.of(corpus)), 2);
        assertEquals(dup, first.report().skipped().get(0).path());

        Files.delete(corpus.resolve("b").resolve(CorpusGenerator.fileName(1))); // the owner goes: c/ gets the graph
        List<Path> ownerGone = InputFiles.collect(List.of(corpus));
        var second = CorpusStore.update(data, ownerGone, 2);
        assertEquals(3, second.report().kept());
        assertTrue(second.report().complete(), second.report().skipped().toString());
        assertSameQuads(CorpusStore.update(tmp.resolve("full"), ownerGone, 2).store(), second.store());

        Path earlier = Files.copy(dup, Files.createDirectories(corpus.resolve("a")).resolve(dup.getFileName()));
        List<Path> newFirst = InputFiles.collect(List.of(corpus));
        var third = CorpusStore.update(data, newFirst, 2);
        assertEquals(0, third.report().kept(), "a full build: the new file takes the graph of a kept one");
        assertEquals(dup, third.report().skipped().get(0).path());
        assertEquals(earlier, third.report().graphs().keySet().stream().filter(p -> p.endsWith(dup.getFileName()))
                .findFirst().orElseThrow());
    }

    private static List<Path> articles(Path dir, int count) throws IOException {
        new CorpusGenerator(1).write(count, dir);
        Files.delete(dir.resolve(CorpusGenerator.GOLD_FILE));
        return InputFiles.collect(List.of(dir));
    }

    private static void assertSameQuads(Path expectedStore, Path actualStore) {
        List<Quad> expected = quads(expectedStore);
        List<Quad> actual = quads(actualStore);
        assertTrue(expected.size() > 100, "a real graph: " + expected.size() + " quads");
        assertEquals(expected.size(), actual.size());
        Set<Quad> missing = new HashSet<>(expected);
        actual.forEach(missing::remove);
        Set<Quad> extra = new HashSet<>(actual);
        expected.forEach(extra::remove);
        assertEquals(Set.of(), missing, "quads of the full build missing, and extra: " + extra);
    }

    /** Every quad of a store (the mapper makes no blank nodes, so quads compare as they are). */
    private static List<Quad> quads(Path store) {
        DatasetGraph dsg = TdbStore.open(store, 0);
        try {
            return Txn.calculateRead(dsg, () -> {
                List<Quad> all = new ArrayList<>();
                dsg.find().forEachRemaining(all::add);
                all.forEach(q -> assertFalse(q.getSubject().isBlank() || q.getObject().isBlank(), "blank node " + q));
                all.sort(Comparator.comparing(Quad::toString));
                return all;
            });
        } finally {
            TdbStore.close(dsg);
        }
    }

    /** What the data directory holds besides the {@code current} pointer. */
    private List<Path> storeDirs() throws IOException {
        try (Stream<Path> entries = Files.list(data)) {
            return entries.filter(p -> !p.getFileName().toString().equals("current")).toList();
        }
    }
}
