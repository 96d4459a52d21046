package org.fuliankg.serve.reconcile.facts;

import java.util.List;
import java.util.Set;

/**
 * What the service knows of one entity, read from the graph: enough to score a candidate, describe it and fill
 * the data extension's columns.
 *
 * @param names         the name first (skos:prefLabel or foaf:name), then written variants (skos:altLabel …)
 * @param federation    a women's federation (listed before other organisations of equal score)
 * @param places        the division of an organisation, or those of a person's organisations
 * @param levels        the level of an organisation, or those of a person's organisations
 * @param parents       federations directly above an organisation
 * @param posts         a person's posts: position and organisation
 * @param concepts      an organisation's type or a programme's kind
 */
public record EntityFacts(String id, List<String> names, Set<EntityType> types, boolean federation, List<Place> places,
                   List<Concept> levels, List<Named> parents, List<Post> posts, List<Concept> concepts) {

    /** An entity named by its IRI. */
    public record Named(String id, String name) {}

    /** A division with its code, and the names and codes of the divisions that contain it. */
    public record Place(String id, String name, String code, List<String> enclosingNames, List<String> enclosingCodes) {}

    /** A concept of a fixed scheme (level, programme kind, organisation type): its notation and labels. */
    public record Concept(String id, String notation, List<String> labels) {
        public String shown() {
            return labels.isEmpty() ? notation : labels.get(0);
        }
    }

    public record Post(String position, Named organisation) {}

    public String name() {
        return names.isEmpty() ? id : names.get(0);
    }

    public List<Named> organisations() {
        return posts.stream().map(Post::organisation).distinct().toList();
    }
}
