package org.fuliankg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;

class CorpusBuilderTest {

    @Test
    void parallelExtractionGivesTheSameGraphAsOneThread() throws IOException {
        List<Path> seeds = InputFiles.collect(List.of(Path.of("seeds")));
        DatasetGraph oneThread = build(seeds, 1);
        DatasetGraph twoThreads = build(seeds, 2);
        assertTrue(IsoMatcher.isomorphic(oneThread, twoThreads), "graphs differ between 1 and 2 threads");
    }

    private static DatasetGraph build(List<Path> files, int threads) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        BuildReport report = new CorpusBuilder(threads).build(files, StreamRDFLib.dataset(dataset));
        assertEquals(files.size(), report.documents());
        return dataset;
    }
}
