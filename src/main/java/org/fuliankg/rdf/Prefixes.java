package org.fuliankg.rdf;

import java.util.Map;
import org.apache.jena.shared.PrefixMapping;

/** The prefixes written into every graph and used by the queries. */
public final class Prefixes {

    public static final Map<String, String> ALL = Map.ofEntries(
            Map.entry("fl", Iris.ONTOLOGY),
            Map.entry("fkg", Iris.BASE),
            Map.entry("org", "http://www.w3.org/ns/org#"),
            Map.entry("foaf", "http://xmlns.com/foaf/0.1/"),
            Map.entry("schema", "https://schema.org/"),
            Map.entry("prov", FL.PROV),
            Map.entry("oa", "http://www.w3.org/ns/oa#"),
            Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
            Map.entry("dcterms", "http://purl.org/dc/terms/"),
            Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
            Map.entry("time", FL.TIME),
            Map.entry("wd", "http://www.wikidata.org/entity/"));

    private Prefixes() {}

    public static <T extends PrefixMapping> T apply(T mapping) {
        mapping.setNsPrefixes(ALL);
        return mapping;
    }
}
