package org.fuliankg.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.fuliankg.build.BuildProgress;
import org.fuliankg.build.BuildReport;
import org.fuliankg.build.Corpus;
import org.fuliankg.build.CorpusBuilder;
import org.fuliankg.build.CorpusStore;
import org.fuliankg.build.InputFiles;
import org.fuliankg.build.SkippedInput;
import org.fuliankg.cli.Main;
import org.fuliankg.generate.CorpusGenerator;
import org.fuliankg.rdf.Iris;
import org.fuliankg.rdf.table.ResearchTables;
import org.fuliankg.store.TdbStore;
import org.fuliankg.store.table.SummaryTables;
import org.fuliankg.store.version.StoreManifest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in {@code local[2]} on the seeds, generated articles, an empty file and a copy of a seed under the
 * same name in another directory, against {@code build} of the same corpus in this JVM.
 */
class SparkBuildTest {

    private static final int GENERATED = 12;

    @TempDir
    static Path tmp;

    private static JavaSparkContext spark;
    private static Path corpus;
    private static Corpus files;
    private static Path shards;
    private static SparkBuild.Summary summary;
    private static BuildReport built;
    private static DatasetGraph build;

    @BeforeAll
    static void runJobAndBuild() throws IOException {
        corpus = tmp.resolve("corpus");
        Path seeds = Files.createDirectories(corpus.resolve("seeds"));
        for (Path seed : InputFiles.collect(List.of(Path.of("seeds")))) Files.copy(seed, seeds.resolve(seed.getFileName()));
        Path generated = corpus.resolve("generated");
        new CorpusGenerator(7).write(GENERATED, generated);
        Files.delete(generated.resolve(CorpusGenerator.GOLD_FILE));
        Files.writeString(generated.resolve("zz-empty.txt"), "");
        // first in path order, so in the first shard, while the seed it copies is in the last; its graph is its own
        // (a-copy/…), as documents are named by their path in the corpus
        Path copy = Files.createDirectories(corpus.resolve("a-copy"));
        Path seed = Files.list(seeds).sorted().findFirst().orElseThrow();
        Files.copy(seed, copy.resolve(seed.getFileName()));
        files = InputFiles.corpus(List.of(corpus)); // named as 'build CORPUS' and 'serve CORPUS' name them

        build = DatasetGraphFactory.createTxnMem();
        StreamRDF out = StreamRDFLib.dataset(build);
        out.start();
        built = new CorpusBuilder(2).build(files, out);
        out.finish();

        spark = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("SparkBuildTest")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
        shards = tmp.resolve("shards");
        summary = SparkBuild.run(spark, List.of(corpus), shards, 4);
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) spark.close();
    }

    @Test
    void theUnionOfTheShardsIsWhatBuildWrites() throws IOException {
        assertEquals(4, summary.shards());
        DatasetGraph union = DatasetGraphFactory.createTxnMem();
        StreamRDF out = StreamRDFLib.dataset(union);
        out.start();
        ShardSet.open(shards).send(out);
        out.finish();

        assertEquals(graphNames(build), graphNames(union));
        assertTrue(build.getDefaultGraph().isEmpty() && union.getDefaultGraph().isEmpty());
        for (Node graph : graphNames(build)) {
            assertTrue(build.getGraph(graph).isIsomorphicWith(union.getGraph(graph)), "graph " + graph + " differs");
        }
        assertEquals(build.stream().count(), union.stream().count());
        assertTrue(graphNames(build).size() > GENERATED, "the documents and the reference data are in the graph");
    }

    @Test
    void inputsBuildSkipsAreSkippedToo() throws IOException {
        Set<Path> skippedByBuild = paths(built.skipped());
        assertEquals(1, skippedByBuild.size(), "the empty file: " + skippedByBuild);
        assertEquals(skippedByBuild, paths(ShardSet.open(shards).skipped()));
        assertEquals(built.documents(), ShardSet.open(shards).manifest().inputs().stream().filter(StoreManifest.Input::hasGraph).count());
    }

    @Test
    void loadMakesTheStoreServeReuses() throws IOException {
        Path data = tmp.resolve("data");
        assertEquals(3, Main.run("load", shards.toString(), "--data", data.toString()), "3: inputs were skipped");

        // what 'serve CORPUS --data DATA' does
        CorpusStore.Result served = CorpusStore.update(data, files, 1, BuildProgress.NONE);
        assertFalse(served.rebuilt(), "serve reuses the loaded store without extracting again");
        DatasetGraph store = TdbStore.open(served.store(), 0);
        try {
            // the store also holds what is recomputed from all documents after every load: person links, the ledger
            Set<Node> afterLoad = new HashSet<>(Set.of(NodeFactory.createURI(Iris.PERSON_LINKS_GRAPH),
                    NodeFactory.createURI(ResearchTables.graphs().get(ResearchTables.graphs().size() - 1))));
            SummaryTables.graphs().forEach(g -> afterLoad.add(NodeFactory.createURI(g))); // and the summaries
            long quads = Txn.calculateRead(store, () -> store.stream().filter(q -> !afterLoad.contains(q.getGraph())).count());
            assertEquals(build.stream().count(), quads);
        } finally {
            TdbStore.close(store);
        }
    }

    @Test
    void theJobRefusesADirectoryThatHoldsShards() {
        var refused = assertThrows(IOException.class, () -> SparkBuild.run(spark, List.of(corpus), shards, 2));
        assertTrue(refused.getMessage().contains("not empty"), refused.getMessage());
    }

    private static Set<Node> graphNames(DatasetGraph dataset) {
        Set<Node> names = new HashSet<>();
        dataset.listGraphNodes().forEachRemaining(names::add);
        return names;
    }

    private static Set<Path> paths(List<SkippedInput> skipped) {
        List<Path> paths = new ArrayList<>();
        skipped.forEach(s -> paths.add(s.path()));
        return new HashSet<>(paths);
    }
}
