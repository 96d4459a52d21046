package org.fuliankg.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.fuliankg.export.PropertyGraph.Edge;
import org.fuliankg.rdf.Iris;

/**
 * When the nodes and edges of a {@link PropertyGraph} exist, for tools that play a network over time (Gephi's
 * timeline):
 * <ul>
 *   <li>a post (one document's {@code fl:PostHolding}) lives from the first to the last dated attestation of the
 *       same person in the same position of the same body, so every statement of one post shows for its whole
 *       attested span; a statement is dated by its item ({@code time:hasTime}), else by its document's
 *       {@code dcterms:date};</li>
 *   <li>a funding figure lives through its {@code fl:year};</li>
 *   <li>a date ({@code time:Instant}) lives on its day;</li>
 *   <li>an edge lives as long as its source, else its target;</li>
 *   <li>everything else (persons, bodies, regions, programmes, documents) is timeless: always shown.</li>
 * </ul>
 * Undated posts and figures are timeless too: a network that hid them would lose facts the text states.
 */
record Lifespans(Map<String, Interval> nodes, Map<String, Interval> edges) {

    /** Closed interval of days. */
    record Interval(LocalDate start, LocalDate end) {
        Interval span(Interval other) {
            return new Interval(start.isBefore(other.start) ? start : other.start,
                    end.isAfter(other.end) ? end : other.end);
        }
    }

    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String TIME = "http://www.w3.org/2006/time#";
    private static final Property PROV_DERIVED_FROM =
            ResourceFactory.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom");

    boolean isEmpty() {
        return nodes.isEmpty();
    }

    static Lifespans of(Model data, PropertyGraph graph) {
        Map<String, Interval> nodes = new HashMap<>();
        Property inXsdDate = data.createProperty(TIME + "inXSDDate");
        data.listStatements(null, inXsdDate, (RDFNode) null).forEach(s -> day(s.getObject())
                .ifPresent(d -> nodes.put(PropertyGraph.idOf(s.getSubject()), new Interval(d, d))));
        data.listStatements(null, data.createProperty(Iris.ONTOLOGY + "year"), (RDFNode) null).forEach(s ->
                year(s.getObject()).ifPresent(i -> nodes.put(PropertyGraph.idOf(s.getSubject()), i)));
        posts(data, nodes);
        Map<String, Interval> edges = new HashMap<>();
        for (Edge edge : graph.edges()) {
            Interval interval = nodes.getOrDefault(edge.source(), nodes.get(edge.target()));
            if (interval != null) edges.put(edge.id(), interval);
        }
        return new Lifespans(nodes, edges);
    }

    /** Every statement of a post spans the post's dated attestations (same holder, position and body). */
    private static void posts(Model data, Map<String, Interval> nodes) {
        Property hasTime = data.createProperty(TIME + "hasTime");
        Map<String, List<Resource>> byPost = new HashMap<>();
        Map<String, Interval> spans = new HashMap<>();
        data.listSubjectsWithProperty(RDF.type, data.createResource(Iris.ONTOLOGY + "PostHolding")).forEach(post -> {
            String key = object(post, ORG + "heldBy") + '|' + object(post, ORG + "role") + '|'
                    + object(post, ORG + "postIn");
            byPost.computeIfAbsent(key, k -> new ArrayList<>()).add(post);
            Interval dated = attested(post, hasTime, nodes);
            if (dated != null) spans.merge(key, dated, Interval::span);
        });
        spans.forEach((key, span) -> byPost.get(key)
                .forEach(post -> nodes.put(PropertyGraph.idOf(post), span)));
    }

    private static Interval attested(Resource post, Property hasTime, Map<String, Interval> days) {
        Statement time = post.getProperty(hasTime);
        if (time != null && time.getObject().isResource()) return days.get(PropertyGraph.idOf(time.getResource()));
        Statement source = post.getProperty(PROV_DERIVED_FROM);
        if (source == null || !source.getObject().isResource()) return null;
        Statement published = source.getResource().getProperty(DCTerms.date);
        return published == null ? null : day(published.getObject()).map(d -> new Interval(d, d)).orElse(null);
    }

    private static String object(Resource subject, String predicate) {
        Statement statement = subject.getProperty(subject.getModel().createProperty(predicate));
        return statement == null ? "" : statement.getObject().toString();
    }

    private static Optional<LocalDate> day(RDFNode value) {
        if (!value.isLiteral()) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(value.asLiteral().getLexicalForm()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Interval> year(RDFNode value) {
        if (!value.isLiteral()) return Optional.empty();
        String lexical = value.asLiteral().getLexicalForm();
        if (!lexical.matches("\\d{4}")) return Optional.empty();
        int year = Integer.parseInt(lexical);
        return Optional.of(new Interval(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }
}
