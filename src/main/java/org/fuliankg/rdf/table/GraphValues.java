package org.fuliankg.rdf.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.SKOS;
import org.fuliankg.rdf.Ontology;

/** Reads the values of one document's graph as the full-graph queries match them (objects, zh labels, codes). */
final class GraphValues {

    static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    /** Codes of the fixed concepts (skos:notation), as the reference data gives them. */
    private static final Map<Node, Node> NOTATIONS = notations();

    private final Graph graph;

    GraphValues(Graph graph) {
        this.graph = graph;
    }

    Graph graph() {
        return graph;
    }

    /** Every object of {@code subject predicate}. */
    List<Node> all(Node subject, Node predicate) {
        List<Node> objects = new ArrayList<>();
        graph.find(subject, predicate, Node.ANY).forEachRemaining(t -> objects.add(t.getObject()));
        return objects;
    }

    /** An object of {@code subject predicate}, or null (the facts hold one where they hold any). */
    Node one(Node subject, Node predicate) {
        var found = graph.find(subject, predicate, Node.ANY);
        try {
            return found.hasNext() ? found.next().getObject() : null;
        } finally {
            found.close();
        }
    }

    /** The object of a path of two steps, or null. */
    Node one(Node subject, Node first, Node second) {
        Node middle = one(subject, first);
        return middle == null ? null : one(middle, second);
    }

    /** The Chinese labels (skos:prefLabel with language zh) of a node. */
    List<Node> zhLabels(Node subject) {
        List<Node> labels = new ArrayList<>();
        for (Node label : all(subject, PREF_LABEL)) if (isZh(label)) labels.add(label);
        return labels;
    }

    boolean has(Node subject, Node predicate, Node object) {
        return graph.contains(subject, predicate, object);
    }

    static boolean isZh(Node literal) {
        return literal.isLiteral() && literal.getLiteralLanguage().equals("zh");
    }

    /** The code of a fixed concept, or null. */
    static Node code(Node concept) {
        return concept == null ? null : NOTATIONS.get(concept);
    }

    private static Map<Node, Node> notations() {
        Map<Node, Node> codes = new HashMap<>();
        Ontology.model().getGraph().find(Node.ANY, SKOS.notation.asNode(), Node.ANY)
                .forEachRemaining(t -> codes.putIfAbsent(t.getSubject(), t.getObject()));
        return codes;
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
