package org.fuliankg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.fuliankg.pipeline.Pipeline;
import org.fuliankg.source.SourceReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GraphValidatorTest {

    private static GraphMapper mapper;
    private static GraphValidator validator;

    @BeforeAll
    static void setUp() {
        mapper = new GraphMapper();
        validator = new GraphValidator(mapper.referenceData());
    }

    @Test
    void theFixtureBuildHasNoResultsAtAll() {
        assertEquals(List.of(), validator.validate(FactsFixture.dataset()));
    }

    @Test
    void theSeedsBuildHasNoViolations() throws Exception {
        Dataset dataset = DatasetFactory.create();
        for (String seed : List.of("000_f9ff3fdd4056e4a8.txt", "003_60f0d1ff23c14434.txt")) {
            var facts = new Pipeline().process(new SourceReader().read(Path.of("seeds", seed)));
            dataset.addNamedModel(mapper.graphName(facts), mapper.map(facts));
        }
        List<Violation> results = validator.validate(dataset);
        assertTrue(GraphValidator.conforms(results), results.toString());
    }

    @Test
    void brokenFactsAreReportedWithTheirNode() {
        Model model = mapper.map(FactsFixture.interviews());
        Resource person = model.createResource(Iris.BASE + "person/510300-妇联/李红梅");
        person.removeAll(FOAF.name);
        Resource funding = model.listSubjectsWithProperty(RDF.type, FL.FundingFigure).next();
        funding.removeAll(SchemaDO.value).addProperty(SchemaDO.value, "一百万");
        Resource mention = model.listSubjectsWithProperty(RDF.type, FL.Mention).next();
        mention.removeAll(FL.evidence);

        List<Violation> results = validator.validate(model);
        assertFalse(GraphValidator.conforms(results));
        assertTrue(has(results, person, "foaf/0.1/name"), results.toString());
        assertTrue(has(results, funding, "schema.org/value"), results.toString());
        assertTrue(has(results, mention, "ontology#evidence"), results.toString());
    }

    @Test
    void aFederationOutsideTheHierarchyIsReported() {
        Model model = mapper.map(FactsFixture.interviews());
        model.createResource(Iris.BASE + "org/510322-妇联").removeAll(ORG.subOrganizationOf);
        Model withoutParents = mapper.referenceData();
        withoutParents.removeAll(null, ORG.subOrganizationOf, null);
        List<Violation> results = new GraphValidator(withoutParents).validate(model);
        assertTrue(results.stream().anyMatch(v -> v.isViolation() && v.focusNode().contains("510322")), results.toString());
    }

    private static boolean has(List<Violation> results, Resource node, String pathEnd) {
        return results.stream().anyMatch(v -> v.isViolation() && v.focusNode().equals("<" + node.getURI() + ">")
                && v.path() != null && v.path().endsWith(pathEnd + ">"));
    }
}
