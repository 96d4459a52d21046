package org.fuliankg.bench.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.fuliankg.generate.CorpusGenerator;
import org.fuliankg.rdf.GraphMapper;
import org.fuliankg.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench's store build reports the quads the store really holds. */
class ScaleRunTest {

    @Test
    void counts_every_quad_and_those_outside_the_reference_graph(@TempDir Path work) throws Exception {
        Path texts = work.resolve("texts");
        new CorpusGenerator(7).write(3, texts);
        ScaleResult result = ScaleRun.run(texts, work.resolve("data"), 1, false);

        DatasetGraph dsg = TdbStore.open(result.store(), 0);
        try {
            var reference = NodeFactory.createURI(new GraphMapper().referenceGraphName());
            long[] found = Txn.calculateRead(dsg, () -> {
                long all = 0;
                for (var quads = dsg.find(); quads.hasNext(); quads.next()) all++;
                return new long[] {all, all - dsg.getGraph(reference).size()};
            });
            assertEquals(found[0], result.triples());
            assertEquals(found[1], result.documentQuads());
            assertTrue(result.documentQuads() > 0 && result.documentQuads() < result.triples());
            assertTrue(result.extractSeconds() > 0 && result.extractSeconds() < result.buildSeconds(),
                    result.extractSeconds() + " of " + result.buildSeconds());
            assertEquals(ScaleRun.megabytes(result.store()), result.storeMb(), 1e-9);
            assertTrue(result.storeMb() > 1, "TDB2's files take space: " + result.storeMb());
        } finally {
            TdbStore.close(dsg);
        }
    }
}
