package org.fuliankg.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.fuliankg.extract.DocumentFacts;

/** Maps one document's facts to RDF: the content of that document's named graph. */
public final class GraphMapper {

    /** Base of every IRI we mint. */
    public static final String BASE = "https://w3id.org/fulian-kg/";

    /** The named graph that holds one document's facts. */
    public String graphName(DocumentFacts facts) {
        return BASE + "graph/" + facts.source().fileName();
    }

    public Model map(DocumentFacts facts) {
        return ModelFactory.createDefaultModel();
    }
}
