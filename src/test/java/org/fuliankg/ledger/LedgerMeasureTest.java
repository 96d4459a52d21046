package org.fuliankg.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.fuliankg.domain.money.FundingRole;
import org.junit.jupiter.api.Test;

/**
 * What a page says a measure covers is what the ledger query sums into it: one figure of each funding role, of one
 * programme, classified by {@code queries/funding-ledger.rq}, lands in the measure whose roles list that role, and
 * a role no measure lists is never summed.
 */
class LedgerMeasureTest {

    private static final String FL = "https://w3id.org/fulian-kg/ontology#";
    private static final String PROGRAMME = "https://w3id.org/fulian-kg/programme/测试项目";

    @Test
    void eachRoleIsSummedIntoTheMeasureWhoseExplanationListsIt() {
        Model model = ModelFactory.createDefaultModel();
        Resource programme = model.createResource(PROGRAMME).addProperty(SKOS.prefLabel, "测试项目", "zh");
        Map<String, String> expected = new TreeMap<>();
        int amount = 1000;
        for (FundingRole role : FundingRole.values()) {
            Resource roleConcept = model.createResource("https://w3id.org/fulian-kg/funding-role/" + role.code())
                    .addProperty(SKOS.notation, role.code());
            Resource exact = model.createResource("https://w3id.org/fulian-kg/qualifier/exact")
                    .addProperty(SKOS.notation, "exact");
            model.createResource("https://w3id.org/fulian-kg/doc/d.txt/funding/" + role.code())
                    .addProperty(RDF.type, model.createResource(FL + "FundingFigure"))
                    .addProperty(model.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom"),
                            model.createResource("https://w3id.org/fulian-kg/doc/d.txt"))
                    .addLiteral(model.createProperty("https://schema.org/value"), amount++) // no two repeat
                    .addProperty(model.createProperty(FL + "fundingRole"), roleConcept)
                    .addProperty(model.createProperty(FL + "qualifier"), exact)
                    .addProperty(model.createProperty(FL + "programme"), programme);
            expected.put(role.code(), java.util.Arrays.stream(LedgerMeasure.values())
                    .filter(m -> m.roles().contains(role)).map(LedgerMeasure::code).findFirst().orElse("not-summed"));
        }
        DatasetGraph dataset = DatasetFactory.create(model).asDatasetGraph();
        Map<String, String> actual = new TreeMap<>();
        new FundingLedger(dataset).figures(PROGRAMME).forEach(f ->
                actual.put(f.figure().substring(f.figure().lastIndexOf('/') + 1), f.measure()));
        assertEquals(expected, actual);
    }
}
