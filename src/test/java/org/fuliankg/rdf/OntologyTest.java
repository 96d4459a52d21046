package org.fuliankg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.fuliankg.domain.money.FundingRole;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.people.PostEvent;
import org.fuliankg.domain.programme.ProgrammeKind;
import org.fuliankg.domain.money.Qualifier;
import org.junit.jupiter.api.Test;

class OntologyTest {

    private final Model ontology = Ontology.model();

    @Test
    void everyOwnTermHasChineseAndEnglishLabelAndComment() {
        List<String> missing = new ArrayList<>();
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
                SKOS.ConceptScheme, OWL.Ontology)) {
            for (Resource term : ontology.listSubjectsWithProperty(RDF.type, type).toList()) {
                for (Property p : List.of(RDFS.label, RDFS.comment)) {
                    for (String lang : List.of("zh", "en")) {
                        if (!hasLang(term, p, lang)) missing.add(term + " " + p + "@" + lang);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyExtractorCodeHasAConceptWithThatNotation() {
        List<Resource> concepts = new ArrayList<>();
        for (OrgLevel v : OrgLevel.values()) concepts.add(Ontology.level(v));
        for (OrgType v : OrgType.values()) concepts.add(Ontology.organisationType(v));
        for (Qualifier v : Qualifier.values()) concepts.add(Ontology.qualifier(v));
        for (FundingRole v : FundingRole.values()) concepts.add(Ontology.fundingRole(v));
        for (ProgrammeKind v : ProgrammeKind.values()) concepts.add(Ontology.programmeKind(v));
        for (PostEvent v : PostEvent.values()) concepts.add(Ontology.postEvent(v));
        for (Resource concept : concepts) {
            String code = concept.getURI().substring(concept.getURI().lastIndexOf('/') + 1);
            assertTrue(ontology.contains(concept, SKOS.notation, code), concept.getURI());
            assertTrue(hasLang(concept, SKOS.prefLabel, "zh") && hasLang(concept, SKOS.prefLabel, "en"), concept.getURI());
        }
    }

    @Test
    void theCommittedDocumentationIsGeneratedFromTheCurrentOntology() throws Exception {
        String committed = Files.readString(Path.of("ontology/README.md"), StandardCharsets.UTF_8);
        assertEquals(new OntologyDocs(ontology).markdown(), committed,
                "run OntologyDocs ontology/fulian.ttl ontology/README.md");
        assertTrue(committed.contains("| `fl:FundingFigure` | 资金数字 | funding figure |"));
        assertTrue(committed.contains("```mermaid"));
    }

    private boolean hasLang(Resource term, Property p, String lang) {
        return ontology.listObjectsOfProperty(term, p)
                .filterKeep(o -> o.isLiteral() && o.asLiteral().getLanguage().equals(lang)).hasNext();
    }
}
