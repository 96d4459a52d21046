package org.fuliankg.serve.web.query;

import java.util.Map;

/** The project's prefixes, for Turtle output and the query editor. */
public final class Prefixes {

    public static final Map<String, String> PROJECT = Map.of(
            "fl", "https://w3id.org/fulian-kg/ontology#",
            "org", "http://www.w3.org/ns/org#",
            "foaf", "http://xmlns.com/foaf/0.1/",
            "schema", "https://schema.org/",
            "prov", "http://www.w3.org/ns/prov#",
            "oa", "http://www.w3.org/ns/oa#",
            "skos", "http://www.w3.org/2004/02/skos/core#",
            "dcterms", "http://purl.org/dc/terms/",
            "rdfs", "http://www.w3.org/2000/01/rdf-schema#",
            "owl", "http://www.w3.org/2002/07/owl#");

    private Prefixes() {}
}
