package org.fuliankg.serve.reconcile.facts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.fuliankg.rdf.FL;

/**
 * The types a query can ask for, identified by their class IRIs; the short codes ({@code person},
 * {@code organisation}, {@code programme}) are accepted too, for hand-written queries.
 */
public enum EntityType {
    PERSON("person", "http://xmlns.com/foaf/0.1/Person", "人物 person", "an official named in the texts"),
    ORGANISATION("organisation", "http://www.w3.org/ns/org#Organization", "组织 organisation",
            "a women's federation (first) or another organisation"),
    PROGRAMME("programme", FL.Programme.getURI(), "项目 programme", "a programme, campaign or named fund");

    public final String code;
    public final String iri;
    public final String label;
    public final String description;

    EntityType(String code, String iri, String label, String description) {
        this.code = code;
        this.iri = iri;
        this.label = label;
        this.description = description;
    }

    Node node() {
        return NodeFactory.createURI(iri);
    }

    static Optional<EntityType> byId(String id) {
        String wanted = id.strip();
        return Arrays.stream(values())
                .filter(t -> t.iri.equals(wanted) || t.code.equals(wanted.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    public static EntityType require(String id) {
        return byId(id).orElseThrow(() -> new BadRequest("unknown type '" + id + "': use one of "
                + Arrays.stream(values()).map(t -> t.iri + " (" + t.code + ")").toList()));
    }
}
