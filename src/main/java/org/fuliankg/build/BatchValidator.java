package org.fuliankg.build;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.fuliankg.rdf.GraphMapper;
import org.fuliankg.rdf.GraphValidator;
import org.fuliankg.rdf.Violation;

/**
 * Checks the document graphs of a build against the SHACL shapes while they stream past, a batch of whole
 * documents at a time (with the reference data), so that checking a large corpus never holds its whole graph.
 * A constraint spanning documents of different batches (say, two documents giving one organisation different
 * names) is not seen; every document's own facts and their links to the reference data are.
 */
public final class BatchValidator {

    /** Quads checked together: enough documents that the reference data is not re-checked too often. */
    static final int BATCH_QUADS = 200_000;

    private final GraphValidator validator = new GraphValidator();
    private final Node referenceGraph;
    private final int batchQuads;
    private final Set<Violation> results = new LinkedHashSet<>(); // a violation in the reference data recurs per batch
    private Model batch = ModelFactory.createDefaultModel();
    private long batchSize;
    private Node lastGraph;

    public BatchValidator() {
        this(BATCH_QUADS);
    }

    BatchValidator(int batchQuads) {
        this.batchQuads = batchQuads;
        this.referenceGraph = NodeFactory.createURI(new GraphMapper().referenceGraphName());
    }

    /** {@code out}, with every quad also passing through this validator. */
    public StreamRDF watching(StreamRDF out) {
        return new StreamRDFWrapper(out) {
            @Override
            public void quad(Quad quad) {
                super.quad(quad);
                add(quad);
            }
        };
    }

    private void add(Quad quad) {
        if (quad.getGraph().equals(referenceGraph)) return; // the validator brings its own copy
        if (!quad.getGraph().equals(lastGraph) && batchSize >= batchQuads) checkBatch();
        lastGraph = quad.getGraph();
        batch.getGraph().add(quad.asTriple());
        batchSize++;
    }

    /** Checks what is left and returns every result, ordered by node. */
    public List<Violation> results() {
        if (batchSize > 0) checkBatch();
        return results.stream()
                .sorted(Comparator.comparing(Violation::focusNode).thenComparing(Violation::toString))
                .toList();
    }

    private void checkBatch() {
        results.addAll(validator.validate(batch));
        batch = ModelFactory.createDefaultModel();
        batchSize = 0;
    }
}
