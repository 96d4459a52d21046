package org.fuliankg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.fuliankg.rdf.FL;
import org.fuliankg.rdf.GraphValidator;
import org.fuliankg.rdf.Violation;
import org.junit.jupiter.api.Test;

class BatchValidatorTest {

    @Test
    void batchesOfDocumentsGiveTheResultsOfCheckingTheWholeGraph() throws IOException {
        DatasetGraph whole = DatasetGraphFactory.create();
        var validator = new BatchValidator(1); // every document in a batch of its own
        StreamRDF out = validator.watching(StreamRDFLib.dataset(whole));
        new CorpusBuilder(1).build(InputFiles.collect(List.of(Path.of("seeds"))), out);
        var broken = NodeFactory.createURI("https://example.org/broken-funding");
        out.quad(Quad.create(NodeFactory.createURI("https://example.org/graph"), broken, RDF.type.asNode(),
                FL.FundingFigure.asNode()));

        List<Violation> batched = validator.results();

        assertEquals(Set.copyOf(new GraphValidator().validate(DatasetFactory.wrap(whole))), Set.copyOf(batched));
        assertTrue(batched.stream().anyMatch(v -> v.isViolation() && v.focusNode().equals("<" + broken.getURI() + ">")),
                batched.toString());
    }
}
