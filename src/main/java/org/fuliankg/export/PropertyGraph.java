package org.fuliankg.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.fuliankg.rdf.Iris;

/**
 * An RDF graph seen as a property graph, the shape Gephi and Cytoscape read.
 *
 * <ul>
 *   <li>Nodes: every IRI or blank node in subject or object position (blank nodes get the id {@code _:label}).
 *       Each has a label (zh skos:prefLabel, rdfs:label, foaf:name or dcterms:title; else the same in English; else any; else
 *       the IRI's local name), a class (the local name of its rdf:type, preferring the project's ontology) and
 *       its literals as attributes, named by the predicate's local name.</li>
 *   <li>Edges: triples between two nodes, with the predicate IRI and its label from the ontology (zh, else en,
 *       else the local name, e.g. heldBy for org:heldBy).</li>
 *   <li>Codes: skos:Concepts with a skos:notation (levels, qualifiers, funding roles …) are not nodes: a link to
 *       one becomes an attribute of its subject valued by the notation, e.g. qualifier=exact. Otherwise every
 *       federation would hang on one "prefecture" hub. Concepts without a notation (programmes, positions) are
 *       nodes.</li>
 * </ul>
 *
 * A predicate's values on one node are joined with {@value #VALUE_SEPARATOR}. An attribute is numeric when
 * every value it has is a single number.
 */
public record PropertyGraph(List<Node> nodes, List<Edge> edges, List<AttributeColumn> columns) {

    static final String VALUE_SEPARATOR = " | ";
    /** Names the formats use themselves (GEXF and GraphML reserve id and label; CSV has Source, Target …). */
    private static final Set<String> RESERVED = Set.of("id", "label", "class", "type", "source", "target", "predicate");
    private static final String FOAF_NAME = "http://xmlns.com/foaf/0.1/name";

    /** A resource: its id (IRI or {@code _:label}), label, class and attribute values by column name. */
    public record Node(String id, String label, String type, Map<String, String> attributes) {}

    /** A triple between two resources. */
    public record Edge(String id, String source, String target, String predicate, String label) {}

    /** An attribute every node may have, with the predicate it comes from. */
    public record AttributeColumn(String name, String predicate, boolean numeric) {}

    public PropertyGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        columns = List.copyOf(columns);
    }

    /** The property graph of {@code data}; predicate labels are looked up in {@code vocabulary}. */
    public static PropertyGraph of(Model data, Model vocabulary) {
        return new Conversion(data, vocabulary).run();
    }

    /** The node id of an IRI or blank node, as in {@link Node#id()}. */
    static String idOf(Resource resource) {
        return Conversion.id(resource);
    }

    public Optional<Node> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    private static final class Conversion {
        private final Model data;
        private final Model vocabulary;
        private final Map<Resource, Map<Property, List<String>>> values = new LinkedHashMap<>();
        private final Map<Property, Boolean> numeric = new LinkedHashMap<>();
        private final List<Statement> links = new ArrayList<>();
        private final Set<Resource> resources = new TreeSet<>(Comparator.comparing(Conversion::id));

        Conversion(Model data, Model vocabulary) {
            this.data = data;
            this.vocabulary = vocabulary;
        }

        PropertyGraph run() {
            List<Statement> statements = data.listStatements().toList();
            statements.sort(Comparator.comparing((Statement s) -> id(s.getSubject()))
                    .thenComparing(s -> s.getPredicate().getURI())
                    .thenComparing(s -> s.getObject().toString()));
            for (Statement statement : statements) classify(statement);

            Map<Property, String> columnNames = columnNames();
            List<Node> nodes = new ArrayList<>();
            for (Resource resource : resources) {
                Map<String, String> attributes = new TreeMap<>();
                values.getOrDefault(resource, Map.of()).forEach((predicate, list) ->
                        attributes.put(columnNames.get(predicate), String.join(VALUE_SEPARATOR, new TreeSet<>(list))));
                nodes.add(new Node(id(resource), label(resource), type(resource), attributes));
            }
            List<Edge> edges = new ArrayList<>();
            for (Statement link : links) {
                Property predicate = link.getPredicate();
                edges.add(new Edge("e" + edges.size(), id(link.getSubject()), id(link.getResource()),
                        predicate.getURI(), predicateLabel(predicate)));
            }
            List<AttributeColumn> columns = new ArrayList<>();
            columnNames.forEach((predicate, name) ->
                    columns.add(new AttributeColumn(name, predicate.getURI(), numeric.get(predicate))));
            columns.sort(Comparator.comparing(AttributeColumn::name));
            return new PropertyGraph(nodes, edges, columns);
        }

        private void classify(Statement statement) {
            Resource subject = statement.getSubject();
            Property predicate = statement.getPredicate();
            RDFNode object = statement.getObject();
            if (isCode(subject)) return;
            resources.add(subject);
            if (predicate.equals(RDF.type)) return;
            if (object.isLiteral()) {
                addValue(subject, predicate, object.asLiteral().getLexicalForm(), isNumber(object.asLiteral()));
            } else if (isCode(object.asResource())) {
                addValue(subject, predicate, code(object.asResource()), false);
            } else {
                resources.add(object.asResource());
                links.add(statement);
            }
        }

        private void addValue(Resource subject, Property predicate, String value, boolean number) {
            List<String> list = values.computeIfAbsent(subject, s -> new LinkedHashMap<>())
                    .computeIfAbsent(predicate, p -> new ArrayList<>());
            list.add(value);
            numeric.merge(predicate, number && list.size() == 1, Boolean::logicalAnd);
        }

        /**
         * One column per predicate, by local name; predicates sharing a local name, or whose local name is one of
         * the columns every format has (id, label, class …), get prefixed names such as rdfs_label.
         */
        private Map<Property, String> columnNames() {
            Map<String, List<Property>> byLocalName = new TreeMap<>();
            numeric.keySet().forEach(p -> byLocalName.computeIfAbsent(localName(p), n -> new ArrayList<>()).add(p));
            Map<Property, String> names = new LinkedHashMap<>();
            byLocalName.forEach((name, predicates) -> predicates.forEach(p -> names.put(p,
                    predicates.size() == 1 && !RESERVED.contains(name.toLowerCase(Locale.ROOT)) ? name : prefixed(p))));
            return names;
        }

        private String prefixed(Property predicate) {
            String qname = data.qnameFor(predicate.getURI());
            return qname != null ? qname.replace(':', '_') : predicate.getURI();
        }

        private boolean isCode(Resource resource) {
            return data.contains(resource, RDF.type, SKOS.Concept) && data.contains(resource, SKOS.notation);
        }

        private String code(Resource concept) {
            return concept.getProperty(SKOS.notation).getString();
        }

        private String label(Resource resource) {
            return preferredLabel(resource).orElse(localName(resource));
        }

        /** zh skos:prefLabel, rdfs:label, foaf:name or dcterms:title (documents); then the same in English; then any of them. */
        private Optional<String> preferredLabel(Resource resource) {
            List<Property> labels = List.of(SKOS.prefLabel, RDFS.label, data.createProperty(FOAF_NAME), DCTerms.title);
            for (String language : new String[] {"zh", "en", null}) {
                for (Property property : labels) {
                    for (Statement s : resource.listProperties(property).toList()) {
                        if (!s.getObject().isLiteral()) continue;
                        Literal literal = s.getLiteral();
                        if (language == null || literal.getLanguage().toLowerCase().startsWith(language)) {
                            return Optional.of(literal.getLexicalForm());
                        }
                    }
                }
            }
            return Optional.empty();
        }

        /**
         * The rdf:type's local name: the project's own classes first (WomensFederation over FormalOrganization),
         * skos:Concept last (a position is a Role).
         */
        private String type(Resource resource) {
            return resource.listProperties(RDF.type).toList().stream()
                    .map(Statement::getObject).filter(RDFNode::isURIResource).map(RDFNode::asResource)
                    .min(Comparator.comparing(Conversion::typeRank).thenComparing(Resource::getURI))
                    .map(Conversion::localName).orElse("");
        }

        private static int typeRank(Resource type) {
            if (type.getURI().startsWith(Iris.ONTOLOGY)) return 0;
            return type.equals(SKOS.Concept) ? 2 : 1;
        }

        private String predicateLabel(Property predicate) {
            Resource described = vocabulary.createResource(predicate.getURI());
            for (String language : new String[] {"zh", "en"}) {
                for (Statement s : described.listProperties(RDFS.label).toList()) {
                    if (s.getObject().isLiteral() && s.getLiteral().getLanguage().startsWith(language)) {
                        return s.getLiteral().getLexicalForm();
                    }
                }
            }
            return localName(predicate);
        }

        private static boolean isNumber(Literal literal) {
            return literal.getDatatype() instanceof XSDDatatype xsd && Number.class.isAssignableFrom(
                    xsd.getJavaClass() == null ? Object.class : xsd.getJavaClass());
        }

        static String id(Resource resource) {
            return resource.isAnon() ? "_:" + resource.getId().getLabelString() : resource.getURI();
        }

        /** Text after the last '#' or '/' (IRIs of this project end in readable keys, e.g. 370000-妇联). */
        static String localName(Resource resource) {
            if (resource.isAnon()) return id(resource);
            String iri = resource.getURI();
            int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
            String name = iri.substring(cut + 1);
            return name.isEmpty() ? iri : name;
        }
    }
}
