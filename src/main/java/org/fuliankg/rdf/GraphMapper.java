package org.fuliankg.rdf;

import org.apache.jena.rdf.model.Model;
import org.fuliankg.extract.DocumentFacts;
import org.fuliankg.resolve.OrganisationResolver;
import org.fuliankg.resolve.PersonResolver;

/**
 * Maps one document's facts to RDF: the content of that document's named graph. Entities get the same IRI in
 * every document and build (see {@link Iris}); shared reference data goes to its own graph.
 */
public final class GraphMapper {

    /** Base of every IRI we mint. */
    public static final String BASE = Iris.BASE;

    private final OrganisationResolver organisations = new OrganisationResolver();
    private final PersonResolver persons = new PersonResolver(organisations);

    /** The named graph that holds one document's facts. */
    public String graphName(DocumentFacts facts) {
        return Iris.graph(facts.source().provenance().name());
    }

    public Model map(DocumentFacts facts) {
        return new DocumentGraph(facts, organisations, persons).build();
    }

    /** The named graph of the shared reference data. */
    public String referenceGraphName() {
        return Iris.REFERENCE_GRAPH;
    }

    /** Ontology, concept schemes, regions, the federation hierarchy under 全国妇联 and Wikidata links. */
    public Model referenceData() {
        return new ReferenceData(organisations).model();
    }
}
