package org.fuliankg.serve.reconcile.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.fuliankg.rdf.FL;
import org.fuliankg.rdf.Iris;
import org.fuliankg.serve.reconcile.facts.EntityFacts.Concept;
import org.fuliankg.serve.reconcile.facts.EntityFacts.Named;
import org.fuliankg.serve.reconcile.facts.EntityFacts.Place;
import org.fuliankg.serve.reconcile.facts.EntityFacts.Post;

/**
 * Reads {@link EntityFacts} from the union of the store's graphs by precise lookups (subject or object bound),
 * never by scanning: one reader per request, inside its read transaction, remembering what it read.
 *
 * <p>What the reference data holds (federations of the hierarchy, divisions, positions, concepts) is read there
 * first: every document graph repeats the labels of what it mentions, so 主席's label stands in thousands of graphs
 * of a large store, and reading them through the union graph costs a quad per graph.
 */
public final class FactReader {

    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final String ORG = "http://www.w3.org/ns/org#";
    public static final Node PREF_LABEL = uri(SKOS + "prefLabel");
    public static final Node ALT_LABEL = uri(SKOS + "altLabel");
    public static final Node FOAF_NAME = uri("http://xmlns.com/foaf/0.1/name");
    private static final Node HIDDEN_LABEL = uri(SKOS + "hiddenLabel");
    private static final Node NOTATION = uri(SKOS + "notation");
    private static final Node HELD_BY = uri(ORG + "heldBy");
    private static final Node ROLE = uri(ORG + "role");
    private static final Node POST_IN = uri(ORG + "postIn");
    private static final Node SUB_ORGANISATION_OF = uri(ORG + "subOrganizationOf");
    private static final Node CONTAINED_IN = uri("https://schema.org/containedInPlace");
    private static final Node CHAIR = uri(Iris.position("主席"));
    /** A chair mentioned in hundreds of articles holds hundreds of post statements; a few say all they can. */
    private static final int MAX_POSTS = 200;
    private static final int MAX_ORGANISATION_POSTS = 2_000;
    private static final int MAX_ENCLOSING = 6;
    private static final int SCAN_MARGIN = 100;

    private final Graph graph;
    private final Graph reference;
    private final Map<Node, Place> places = new HashMap<>();
    private final Map<Node, String> labels = new HashMap<>();

    public FactReader(DatasetGraph dataset) {
        this.graph = dataset.getUnionGraph();
        this.reference = dataset.getGraph(uri(Iris.REFERENCE_GRAPH));
    }

    public static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** The service's types of a node (empty for anything else: documents, posts, regions …). */
    public Set<EntityType> types(Node node) {
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        for (EntityType type : EntityType.values()) {
            if (graph.contains(node, RDF.Nodes.type, type.node())) types.add(type);
        }
        return types;
    }

    /** Subjects with this exact literal as name or label, in the given predicates. */
    public List<Node> subjectsNamed(Node literal, Node... predicates) {
        List<Node> found = new ArrayList<>();
        for (Node predicate : predicates) found.addAll(subjects(predicate, literal, 50));
        return found;
    }

    /** The first IRI of a person's cross-document cluster (person-links: owl:sameAs to it), else the node. */
    public Node canonical(Node node) {
        List<Node> same = objects(node, OWL.sameAs.asNode(), 1);
        return same.isEmpty() ? node : same.get(0);
    }

    /** Null when the node has none of the service's types. */
    public EntityFacts read(Node node) {
        Set<EntityType> types = types(node);
        if (types.isEmpty()) return null;
        List<Post> posts = types.contains(EntityType.PERSON) ? posts(node) : List.of();
        List<Node> bodies = posts.isEmpty() ? List.of(node) : posts.stream().map(p -> uri(p.organisation().id())).distinct().toList();
        List<Place> placesOf = new ArrayList<>();
        List<Concept> levels = new ArrayList<>();
        for (Node body : bodies) {
            objects(body, FL.region.asNode(), 3).forEach(r -> placesOf.add(place(r)));
            objects(body, FL.level.asNode(), 3).forEach(l -> levels.add(concept(l)));
        }
        List<Named> parents = objects(node, SUB_ORGANISATION_OF, 10).stream().map(this::named).toList();
        List<Concept> concepts = new ArrayList<>();
        for (Node p : List.of(FL.organisationType.asNode(), FL.programmeKind.asNode())) {
            objects(node, p, 5).forEach(c -> concepts.add(concept(c)));
        }
        return new EntityFacts(node.getURI(), names(node), types, federation(node),
                placesOf.stream().distinct().toList(), levels.stream().distinct().toList(), parents, posts, concepts);
    }

    /** The name (see {@link #label}), then the written variants and OCR slips (skos:altLabel, skos:hiddenLabel). */
    public List<String> names(Node node) {
        Set<String> names = new LinkedHashSet<>();
        names.add(label(node));
        for (Node p : List.of(ALT_LABEL, HIDDEN_LABEL)) {
            objects(node, p, 50).forEach(l -> names.add(l.getLiteralLexicalForm()));
        }
        return List.copyOf(names);
    }

    public boolean federation(Node node) {
        return graph.contains(node, RDF.Nodes.type, FL.WomensFederation.asNode());
    }

    /** Persons the texts name as an organisation's chair (主席, not 副主席), in IRI order. */
    public List<Named> chairs(String organisation) {
        Set<Node> persons = new TreeSet<>(Comparator.comparing(Node::getURI));
        for (Node post : subjects(POST_IN, uri(organisation), MAX_ORGANISATION_POSTS)) {
            if (graph.contains(post, ROLE, CHAIR)) persons.addAll(objects(post, HELD_BY, 1));
        }
        return persons.stream().map(p -> named(canonical(p))).distinct().toList();
    }

    /** The posts of a person and of the IRIs linked to it as the same person, distinct. */
    private List<Post> posts(Node person) {
        Set<Post> posts = new LinkedHashSet<>();
        List<Node> members = new ArrayList<>(List.of(person));
        members.addAll(subjects(OWL.sameAs.asNode(), person, 50));
        for (Node member : members) {
            for (Node post : subjects(HELD_BY, member, MAX_POSTS)) {
                List<Node> roles = objects(post, ROLE, 1);
                List<Node> bodies = objects(post, POST_IN, 1);
                if (roles.isEmpty() || bodies.isEmpty()) continue;
                posts.add(new Post(label(roles.get(0)), named(bodies.get(0))));
            }
        }
        return List.copyOf(posts);
    }

    Named named(Node node) {
        return new Named(node.getURI(), label(node));
    }

    private Place place(Node region) {
        return places.computeIfAbsent(region, r -> {
            List<String> names = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            Node above = r;
            for (int i = 0; i < MAX_ENCLOSING; i++) {
                List<Node> next = objects(above, CONTAINED_IN, 1);
                if (next.isEmpty()) break;
                above = next.get(0);
                names.add(label(above));
                codes.add(code(above));
            }
            return new Place(r.getURI(), label(r), code(r), names, codes);
        });
    }

    private String code(Node region) {
        List<Node> codes = objects(region, FL.divisionCode.asNode(), 1);
        return codes.isEmpty() ? "" : codes.get(0).getLiteralLexicalForm();
    }

    private Concept concept(Node concept) {
        List<Node> notation = objects(concept, NOTATION, 1);
        List<String> conceptLabels = objects(concept, PREF_LABEL, 5).stream()
                .sorted(Comparator.comparing((Node l) -> !l.getLiteralLanguage().equals("zh")))
                .map(Node::getLiteralLexicalForm).toList();
        return new Concept(concept.getURI(), notation.isEmpty() ? "" : notation.get(0).getLiteralLexicalForm(),
                conceptLabels);
    }

    /** The Chinese skos:prefLabel, else any prefLabel, else foaf:name, else the IRI. */
    public String label(Node node) {
        return labels.computeIfAbsent(node, n -> {
            List<Node> prefLabels = objects(n, PREF_LABEL, 2);
            for (Node l : prefLabels) {
                if (l.getLiteralLanguage().equals("zh")) return l.getLiteralLexicalForm();
            }
            if (!prefLabels.isEmpty()) return prefLabels.get(0).getLiteralLexicalForm();
            List<Node> names = objects(n, FOAF_NAME, 1);
            return names.isEmpty() ? n.getURI() : names.get(0).getLiteralLexicalForm();
        });
    }

    /** From the reference data if it has any, else from all graphs. */
    List<Node> objects(Node subject, Node predicate, int max) {
        List<Node> known = distinct(reference.find(subject, predicate, Node.ANY), Triple::getObject, max);
        return known.isEmpty() ? distinct(graph.find(subject, predicate, Node.ANY), Triple::getObject, max) : known;
    }

    private List<Node> subjects(Node predicate, Node object, int max) {
        return distinct(graph.find(Node.ANY, predicate, object), Triple::getSubject, max);
    }

    /**
     * At most {@code max} distinct values, from at most {@code max} + {@value #SCAN_MARGIN} statements: a value
     * repeated in every graph that mentions its subject would otherwise be read once per graph.
     */
    private static List<Node> distinct(ExtendedIterator<Triple> triples, Function<Triple, Node> part,
                                       int max) {
        Set<Node> found = new LinkedHashSet<>();
        try {
            for (int read = 0; triples.hasNext() && found.size() < max && read < max + SCAN_MARGIN; read++) {
                found.add(part.apply(triples.next()));
            }
        } finally {
            triples.close();
        }
        return List.copyOf(found);
    }
}
