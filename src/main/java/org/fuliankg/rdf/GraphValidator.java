package org.fuliankg.rdf;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Checks graphs against ontology/shapes.ttl. The data checked is the union of every graph given plus the reference
 * data, because document graphs point at concepts, regions and parent federations described there.
 */
public final class GraphValidator {

    private final Shapes shapes = Shapes.parse(Ontology.load("shapes.ttl").getGraph());
    private final Model referenceData;

    public GraphValidator() {
        this(new GraphMapper().referenceData());
    }

    /** For callers that already built the reference data. */
    public GraphValidator(Model referenceData) {
        this.referenceData = referenceData;
    }

    /** Validates the default graph and every named graph of {@code dataset}, taken together. */
    public List<Violation> validate(Dataset dataset) {
        Model union = ModelFactory.createDefaultModel().add(dataset.getDefaultModel());
        dataset.listModelNames().forEachRemaining(name -> union.add(dataset.getNamedModel(name)));
        return validate(union);
    }

    /** Validates one model (e.g. one document graph). */
    public List<Violation> validate(Model data) {
        // a fresh set of triples: duplicates across graphs must count once for cardinalities
        Model union = ModelFactory.createDefaultModel().add(referenceData).add(data);
        ValidationReport report = ShaclValidator.get().validate(shapes, union.getGraph());
        return report.getEntries().stream().map(GraphValidator::violation)
                .sorted(Comparator.comparing(Violation::focusNode).thenComparing(Violation::message))
                .toList();
    }

    /** True when no result has severity Violation (warnings allowed). */
    public static boolean conforms(List<Violation> results) {
        return results.stream().noneMatch(Violation::isViolation);
    }

    private static Violation violation(ReportEntry e) {
        return new Violation(text(e.focusNode()), e.resultPath() == null ? null : e.resultPath().toString(),
                e.value() == null ? null : text(e.value()), e.message(), e.severity().level().getLocalName());
    }

    private static String text(Node node) {
        return FmtUtils.stringForNode(node);
    }
}
