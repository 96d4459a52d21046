package org.fuliankg.export;

import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fuliankg.export.PropertyGraph.AttributeColumn;
import org.fuliankg.export.PropertyGraph.Edge;
import org.fuliankg.export.PropertyGraph.Node;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes a {@link PropertyGraph} as GEXF 1.2 (Gephi) or GraphML (Cytoscape, yEd, Gephi) with JGraphT's exporters.
 * Nodes carry {@value #LABEL} (also the GEXF label), {@value #CLASS}, {@value #IRI} and one attribute per
 * literal predicate; edges carry their label and {@value #PREDICATE} (the predicate IRI).
 */
final class XmlGraphWriter {

    static final String LABEL = "label";
    static final String CLASS = "class";
    static final String IRI = "iri";
    static final String PREDICATE = "predicate";

    private final PropertyGraph properties;
    private final Graph<Node, Edge> graph = new DirectedPseudograph<>(null, null, false);

    XmlGraphWriter(PropertyGraph properties) {
        this.properties = properties;
        Map<String, Node> byId = new HashMap<>();
        for (Node node : properties.nodes()) {
            graph.addVertex(node);
            byId.put(node.id(), node);
        }
        for (Edge edge : properties.edges()) graph.addEdge(byId.get(edge.source()), byId.get(edge.target()), edge);
    }

    /**
     * GEXF 1.2draft, the format Gephi opens natively; dynamic (start and end days on dated posts, figures and their
     * edges) when {@code lifespans} has any.
     */
    void gexf(Writer out, Lifespans lifespans) {
        GEXFExporter<Node, Edge> exporter = new GEXFExporter<>(Node::id, Edge::id);
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_META, true);
        exporter.setCreator("fulian-kg");
        exporter.setDescription("Knowledge graph of news about women's federations");
        // label is GEXF's own node attribute; every node has a class, so no node writes an empty <attvalues/>
        exporter.registerAttribute(CLASS, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        exporter.registerAttribute(IRI, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        for (AttributeColumn column : properties.columns()) {
            exporter.registerAttribute(column.name(), GEXFExporter.AttributeCategory.NODE,
                    column.numeric() ? GEXFAttributeType.DOUBLE : GEXFAttributeType.STRING);
        }
        exporter.registerAttribute(PREDICATE, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        exporter.setVertexAttributeProvider(XmlGraphWriter::nodeAttributes);
        exporter.setEdgeAttributeProvider(XmlGraphWriter::edgeAttributes);
        if (lifespans.isEmpty()) {
            exporter.exportGraph(graph, out);
        } else {
            StringWriter staticGexf = new StringWriter();
            exporter.exportGraph(graph, staticGexf);
            GexfTimeline.write(staticGexf.toString(), lifespans, out);
        }
    }

    /**
     * GraphML with typed keys; Cytoscape and yEd read the keys as columns. GraphML ids must be XML name tokens,
     * which IRIs are not (they hold '/' and '#'): nodes are n0, n1 … and keep their IRI in {@value #IRI}.
     */
    void graphml(Writer out) {
        Map<Node, String> ids = new HashMap<>();
        for (Node node : properties.nodes()) ids.put(node, "n" + ids.size());
        GraphMLExporter<Node, Edge> exporter = new GraphMLExporter<>(ids::get);
        exporter.setEdgeIdProvider(Edge::id);
        exporter.setExportVertexLabels(true);
        exporter.setVertexLabelAttributeName(LABEL);
        exporter.setExportEdgeLabels(true);
        exporter.setEdgeLabelAttributeName(LABEL);
        exporter.registerAttribute(CLASS, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute(IRI, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        for (AttributeColumn column : properties.columns()) {
            exporter.registerAttribute(column.name(), GraphMLExporter.AttributeCategory.NODE,
                    column.numeric() ? AttributeType.DOUBLE : AttributeType.STRING);
        }
        exporter.registerAttribute(PREDICATE, GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        exporter.setVertexAttributeProvider(XmlGraphWriter::nodeAttributes);
        exporter.setEdgeAttributeProvider(XmlGraphWriter::edgeAttributes);
        exporter.exportGraph(graph, out);
    }

    private static Map<String, Attribute> nodeAttributes(Node node) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put(LABEL, DefaultAttribute.createAttribute(node.label()));
        attributes.put(CLASS, DefaultAttribute.createAttribute(node.type()));
        attributes.put(IRI, DefaultAttribute.createAttribute(node.id()));
        node.attributes().forEach((name, value) -> attributes.put(name, DefaultAttribute.createAttribute(value)));
        return attributes;
    }

    private static Map<String, Attribute> edgeAttributes(Edge edge) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put(LABEL, DefaultAttribute.createAttribute(edge.label()));
        attributes.put(PREDICATE, DefaultAttribute.createAttribute(edge.predicate()));
        return attributes;
    }
}
