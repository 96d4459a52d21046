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
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.fuliankg.store.StoreManifest;
import org.fuliankg.store.TdbStore;
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

    /** What the data directory holds besides the {@code current} pointer. */
    private List<Path> storeDirs() throws IOException {
        try (Stream<Path> entries = Files.list(data)) {
            return entries.filter(p -> !p.getFileName().toString().equals("current")).toList();
        }
    }
}
