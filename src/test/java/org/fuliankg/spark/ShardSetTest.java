package org.fuliankg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.fuliankg.store.version.StoreManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shards written by hand: what the loader makes of graphs two partitions both made, and of incomplete output. */
class ShardSetTest {

    private static final String G = "http://example.org/graph/one";
    private static final String REF = "http://example.org/reference";

    @TempDir
    Path dir;

    @Test
    void aGraphTwoShardsMadeBelongsToTheEarlierShardAsInBuild() throws IOException {
        writeShardSet();
        ShardSet set = ShardSet.open(dir);

        DatasetGraph loaded = DatasetGraphFactory.createTxnMem();
        StreamRDF out = StreamRDFLib.dataset(loaded);
        out.start();
        Map<String, List<String>> graphs = set.send(out);
        out.finish();

        var graph = loaded.getGraph(NodeFactory.createURI(G));
        assertEquals(1, graph.size());
        assertTrue(graph.contains(node("a"), node("p"), node("first")), "the quads of the first shard's document");
        assertEquals(1, loaded.getGraph(NodeFactory.createURI(REF)).size());
        assertEquals(Map.of("/in/a.txt", List.of(G)), graphs);
        assertEquals(List.of(Path.of("/in/b.txt")), set.skipped().stream().map(s -> s.path()).toList());
        assertTrue(set.skipped().get(0).reason().contains("already used by /in/a.txt"), set.skipped().get(0).reason());
        assertEquals(List.of("/in/a.txt", "/in/b.txt"), set.manifest().inputs().stream().map(i -> i.path()).toList());
        assertEquals(List.of(), set.manifest().inputs().get(1).graphs());
        assertEquals(List.of(Path.of("/in")), set.inputs());
    }

    @Test
    void shardsWithoutTheSuccessMarkAreRefused() throws IOException {
        writeShardSet();
        Files.delete(dir.resolve(ShardLayout.SUCCESS));
        var refused = assertThrows(IOException.class, () -> ShardSet.open(dir));
        assertTrue(refused.getMessage().contains("not the shards of a finished Spark build"), refused.getMessage());
    }

    @Test
    void aMissingShardIsNamed() throws IOException {
        writeShardSet();
        Files.delete(dir.resolve(ShardLayout.shard(0)));
        var refused = assertThrows(IOException.class, () -> ShardSet.open(dir));
        assertTrue(refused.getMessage().contains(ShardLayout.shard(0)), refused.getMessage());
    }

    /** Shard 0: a.txt made G; shard 1: b.txt made G too. */
    private void writeShardSet() throws IOException {
        quads(ShardLayout.REFERENCE_DATA, Quad.create(NodeFactory.createURI(REF), node("r"), node("p"), node("o")));
        quads(ShardLayout.shard(0), Quad.create(NodeFactory.createURI(G), node("a"), node("p"), node("first")));
        quads(ShardLayout.shard(1), Quad.create(NodeFactory.createURI(G), node("b"), node("p"), node("second")));
        new StoreManifest("v1", List.of(new StoreManifest.Input("/in/a.txt", "aa", List.of(G)))).write(dir.resolve(ShardLayout.manifest(0)));
        new StoreManifest("v1", List.of(new StoreManifest.Input("/in/b.txt", "bb", List.of(G)))).write(dir.resolve(ShardLayout.manifest(1)));
        Files.writeString(dir.resolve(ShardLayout.SKIPPED), "");
        Files.writeString(dir.resolve(ShardLayout.SUCCESS), "/in\n");
    }

    private void quads(String file, Quad quad) throws IOException {
        ShardWriter.writeQuads(dir.resolve(file), out -> {
            out.quad(quad);
            return null;
        });
    }

    private static org.apache.jena.graph.Node node(String name) {
        return NodeFactory.createURI("http://example.org/" + name);
    }
}
