package org.fuliankg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.fuliankg.cli.Main;
import org.fuliankg.export.PropertyGraph.Edge;
import org.fuliankg.export.PropertyGraph.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Exports the seeds' real build in every format and reads each file back with a parser of that format. */
class GraphExportTest {

    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String FL = "https://w3id.org/fulian-kg/ontology#";
    static final String REQUIRE_NETWORKX = "FULIAN_KG_REQUIRE_NETWORKX";
    private static final String NETWORKX_MISSING = "reading the GEXF back needs Python's NetworkX: "
            + "apt-get install -y python3-networkx (or pip install networkx)";

    @TempDir
    static Path dir;

    private static Path built;
    private static Model exported;
    private static PropertyGraph graph;

    @BeforeAll
    static void buildSeedsAndExportDefaultGraph() throws Exception {
        built = dir.resolve("kg.trig");
        assertEquals(0, Main.run(quiet(), quiet(), "build", "--out", built.toString(), "seeds"));
        exported = GraphExport.construct(built, GraphExport.defaultQuery());
        graph = PropertyGraph.of(exported, org.fuliankg.rdf.Ontology.model());
    }

    @Test
    void defaultGraphHoldsTheDocumentsEntitiesAndTheFederationsAboveThemButNotAllDivisions() {
        Node chengdu = nodeLabelled("成都市妇联");
        assertEquals("WomensFederation", chengdu.type());
        assertEquals("prefecture", chengdu.attributes().get("level"), "codes become attributes");

        // a post of seed 003 links its holder and its federation
        Edge heldBy = graph.edges().stream()
                .filter(e -> e.predicate().equals(ORG + "heldBy") && node(e.target()).label().equals("谭学军"))
                .findFirst().orElseThrow();
        assertEquals("PostHolding", node(heldBy.source()).type());
        assertTrue(graph.edges().stream().anyMatch(e -> e.source().equals(heldBy.source())
                && e.predicate().equals(ORG + "postIn") && e.target().equals(chengdu.id())));

        // the hierarchy above comes from the reference data: 成都市妇联 → 四川省妇联 → 全国妇联
        Node sichuan = linkedFrom(chengdu, ORG + "subOrganizationOf");
        assertEquals("四川省妇联", sichuan.label());
        assertEquals("全国妇联", linkedFrom(sichuan, ORG + "subOrganizationOf").label());

        Map<String, Long> perClass = graph.nodes().stream()
                .collect(Collectors.groupingBy(Node::type, Collectors.counting()));
        assertTrue(perClass.get("Region") < 200, "only regions reachable from document facts: " + perClass);
        assertFalse(perClass.containsKey("Mention"), "provenance records are left out: " + perClass);
        assertFalse(perClass.containsKey("Concept") || perClass.containsKey(""), "code lists, schemes: " + perClass);
        for (String kind : List.of("Person", "Programme", "FundingFigure", "Document", "Region")) {
            assertTrue(perClass.containsKey(kind), kind + " missing: " + perClass);
        }
        Node funding = graph.nodes().stream().filter(n -> n.type().equals("FundingFigure")).findFirst().orElseThrow();
        assertTrue(funding.attributes().containsKey("value"), funding.toString());
        assertTrue(funding.attributes().containsKey("qualifier"), funding.toString());
        assertTrue(graph.columns().stream().anyMatch(c -> c.name().equals("value") && c.numeric()));
    }

    @Test
    void gexfIsValidAndHoldsEveryNodeAndEdge() throws Exception {
        byte[] gexf = written(GraphExport.Format.gexf);
        validate(gexf, "gexf.xsd");
        Document document = parse(gexf);
        NodeList nodes = document.getElementsByTagName("node");
        assertEquals(graph.nodes().size(), nodes.getLength());
        assertEquals(graph.edges().size(), document.getElementsByTagName("edge").getLength());
        Element chengdu = elementWith(nodes, "id", nodeLabelled("成都市妇联").id());
        assertEquals("成都市妇联", chengdu.getAttribute("label"));
        Element edge = (Element) document.getElementsByTagName("edge").item(0);
        assertFalse(edge.getAttribute("label").isEmpty());
    }

    @Test
    void gexfPlaysDatedPostsAndFiguresOverTheYears() throws Exception {
        byte[] gexf = written(GraphExport.Format.gexf);
        validate(gexf, "gexf.xsd");
        Document document = parse(gexf);
        Element graphElement = (Element) document.getElementsByTagName("graph").item(0);
        assertEquals("dynamic", graphElement.getAttribute("mode"));
        assertEquals("date", graphElement.getAttribute("timeformat"));
        NodeList nodes = document.getElementsByTagName("node");

        Node figure = graph.nodes().stream()
                .filter(n -> n.type().equals("FundingFigure") && n.attributes().containsKey("year"))
                .findFirst().orElseThrow();
        String year = figure.attributes().get("year");
        Element figureElement = elementWith(nodes, "id", figure.id());
        assertEquals(year + "-01-01", figureElement.getAttribute("start"), "a figure lives through its year");
        assertEquals(year + "-12-31", figureElement.getAttribute("end"));

        // every statement of one post (holder, position, body) shows for the post's whole attested span
        Map<String, Set<String>> spansByPost = graph.nodes().stream()
                .filter(n -> n.type().equals("PostHolding"))
                .map(n -> elementWith(nodes, "id", n.id()))
                .filter(e -> e.hasAttribute("start"))
                .collect(Collectors.groupingBy(e -> linkedFrom(node(e.getAttribute("id")), ORG + "heldBy").id()
                                + linkedFrom(node(e.getAttribute("id")), ORG + "postIn").id()
                                + linkedFrom(node(e.getAttribute("id")), ORG + "role").id(),
                        Collectors.mapping(e -> e.getAttribute("start") + "/" + e.getAttribute("end"),
                                Collectors.toSet())));
        assertFalse(spansByPost.isEmpty(), "the seeds have dated posts");
        spansByPost.values().forEach(spans -> assertEquals(1, spans.size(), spans.toString()));
        spansByPost.values().stream().flatMap(Set::stream).forEach(span ->
                assertTrue(span.substring(0, 10).compareTo(span.substring(11)) <= 0, span));

        assertFalse(elementWith(nodes, "id", nodeLabelled("成都市妇联").id()).hasAttribute("start"),
                "bodies are timeless");
        Element timedEdge = elements(document.getElementsByTagName("edge")).stream()
                .filter(e -> e.getAttribute("source").equals(figure.id())).findFirst().orElseThrow();
        assertEquals(year + "-01-01", timedEdge.getAttribute("start"), "an edge lives as long as its source");
    }

    /** Gephi's own reader is not on Maven Central; NetworkX's read_gexf reads GEXF 1.2 dynamics as Gephi does. */
    @Test
    void networkxReadsTheDynamicGexfBack() throws Exception {
        boolean required = "1".equals(System.getenv(REQUIRE_NETWORKX));
        boolean installed = networkxInstalled();
        if (required) assertTrue(installed, NETWORKX_MISSING);
        org.junit.jupiter.api.Assumptions.assumeTrue(installed, NETWORKX_MISSING);
        Path file = dir.resolve("timeline.gexf");
        Files.write(file, written(GraphExport.Format.gexf));
        Process python = new ProcessBuilder("python3", "-c", String.join("\n",
                "import sys, networkx as nx",
                "g = nx.read_gexf(sys.argv[1])",
                "timed = [n for n, a in g.nodes(data=True) if 'start' in a and 'end' in a]",
                "print(g.graph['mode'], g.number_of_nodes(), g.number_of_edges(), len(timed))"), file.toString())
                .redirectErrorStream(true).start();
        String answer = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, python.waitFor(), answer);
        Document document = parse(Files.readAllBytes(file));
        long timed = elements(document.getElementsByTagName("node")).stream().filter(e -> e.hasAttribute("start"))
                .count();
        assertEquals("dynamic " + graph.nodes().size() + " " + graph.edges().size() + " " + timed, answer);
    }

    @Test
    void graphmlIsValidAndKeepsLabelsClassesAndIris() throws Exception {
        byte[] graphml = written(GraphExport.Format.graphml);
        validate(graphml, "graphml.xsd");
        Document document = parse(graphml);
        assertEquals(graph.nodes().size(), document.getElementsByTagName("node").getLength());
        assertEquals(graph.edges().size(), document.getElementsByTagName("edge").getLength());
        Map<String, String> keyNames = elements(document.getElementsByTagName("key")).stream()
                .collect(Collectors.toMap(k -> k.getAttribute("id"), k -> k.getAttribute("attr.name")));
        Element chengdu = elements(document.getElementsByTagName("node")).stream()
                .filter(n -> dataOf(n, keyNames).get("iri").equals(nodeLabelled("成都市妇联").id()))
                .findFirst().orElseThrow();
        assertEquals("成都市妇联", dataOf(chengdu, keyNames).get("label"));
        assertEquals("WomensFederation", dataOf(chengdu, keyNames).get("class"));
    }

    @Test
    void jsonLdReadsBackAsTheExportedTriplesWithTheProjectsPrefixes() throws Exception {
        byte[] jsonld = written(GraphExport.Format.jsonld);
        Model read = ModelFactory.createDefaultModel();
        RDFDataMgr.read(read, new ByteArrayInputStream(jsonld), Lang.JSONLD);
        assertTrue(read.isIsomorphicWith(exported), "JSON-LD holds other triples than the export");
        String text = new String(jsonld, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"@context\"") && text.contains("\"fl\"") && text.contains(FL), "no prefixes");
    }

    @Test
    void csvFromTheCommandLineHasOneRowPerNodeAndEdge() throws Exception {
        Path prefix = dir.resolve("tables/kg");
        var err = new ByteArrayOutputStream();
        int exit = Main.run(quiet(), new PrintStream(err, true, StandardCharsets.UTF_8), "export", "--format", "csv",
                "--data", built.toString(), "--out", prefix.toString());
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));

        List<CSVRecord> nodes = readCsv(dir.resolve("tables/kg-nodes.csv"));
        List<CSVRecord> edges = readCsv(dir.resolve("tables/kg-edges.csv"));
        assertEquals(graph.nodes().size(), nodes.size());
        assertEquals(graph.edges().size(), edges.size());
        assertEquals(List.of("Id", "Label", "Class"), nodes.get(0).getParser().getHeaderNames().subList(0, 3));
        assertEquals(CsvGraphWriter.EDGE_HEADER, edges.get(0).getParser().getHeaderNames());
        CSVRecord chengdu = nodes.stream().filter(r -> r.get("Label").equals("成都市妇联")).findFirst().orElseThrow();
        assertEquals("WomensFederation", chengdu.get("Class"));
        assertTrue(edges.stream().anyMatch(r -> r.get("Target").equals(chengdu.get("Id"))
                && r.get("Predicate").equals(ORG + "postIn")), "no post in 成都市妇联");
        Set<String> ids = nodes.stream().map(r -> r.get("Id")).collect(Collectors.toSet());
        assertTrue(edges.stream().allMatch(r -> ids.contains(r.get("Source")) && ids.contains(r.get("Target"))));
    }

    @Test
    void queryOptionExportsTheConstructResult() throws Exception {
        Path data = dir.resolve("default.ttl");
        try (var stream = Files.newOutputStream(data)) {
            RDFDataMgr.write(stream, exported, Lang.TURTLE);
        }
        Path query = dir.resolve("holders.rq");
        Files.writeString(query, "PREFIX org: <" + ORG + ">\n"
                + "CONSTRUCT { ?post org:heldBy ?person } WHERE { ?post org:heldBy ?person }");
        Path out = dir.resolve("holders.jsonld");
        assertEquals(0, Main.run(quiet(), quiet(), "export", "-f", "jsonld", "-q", query.toString(),
                "-d", data.toString(), "-o", out.toString()));
        Model holders = RDFDataMgr.loadModel(out.toString());
        long posts = graph.edges().stream().filter(e -> e.predicate().equals(ORG + "heldBy")).count();
        assertEquals(posts, holders.size());

        Files.writeString(query, "SELECT * WHERE { ?s ?p ?o }");
        var err = new ByteArrayOutputStream();
        assertEquals(1, Main.run(quiet(), new PrintStream(err, true, StandardCharsets.UTF_8), "export", "-f", "gexf",
                "-q", query.toString(), "-d", data.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("CONSTRUCT"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void csvOutIsADirectoryOrAPrefix() throws IOException {
        assertEquals(Path.of("out/nodes.csv"), CsvGraphWriter.filesFor("out/").nodes());
        assertEquals(Path.of("kg-edges.csv"), CsvGraphWriter.filesFor("kg.csv").edges());
        Path existing = Files.createDirectories(dir.resolve("existing"));
        assertEquals(existing.resolve("edges.csv"), CsvGraphWriter.filesFor(existing.toString()).edges());
        assertEquals("\"a,\"\"b\"\"\"", CsvGraphWriter.quoted("a,\"b\""));
    }

    /** Whether python3 runs and imports NetworkX (a machine with Java and Maven alone may have no python3 at all). */
    private static boolean networkxInstalled() throws InterruptedException {
        try {
            return new ProcessBuilder("python3", "-c", "import networkx").start().waitFor() == 0;
        } catch (IOException noPython) {
            return false;
        }
    }

    private static byte[] written(GraphExport.Format format) throws IOException {
        var out = new ByteArrayOutputStream();
        GraphExport.write(exported, format, out);
        return out.toByteArray();
    }

    private static void validate(byte[] xml, String schema) throws Exception {
        URL xsd = GraphExportTest.class.getResource("/export/" + schema);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> elements(NodeList list) {
        return java.util.stream.IntStream.range(0, list.getLength()).mapToObj(i -> (Element) list.item(i)).toList();
    }

    private static Element elementWith(NodeList list, String attribute, String value) {
        return elements(list).stream().filter(e -> e.getAttribute(attribute).equals(value)).findFirst().orElseThrow();
    }

    /** A GraphML node's data values by key name. */
    private static Map<String, String> dataOf(Element node, Map<String, String> keyNames) {
        return elements(node.getElementsByTagName("data")).stream()
                .collect(Collectors.toMap(d -> keyNames.get(d.getAttribute("key")), Element::getTextContent));
    }

    private static List<CSVRecord> readCsv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static Node node(String id) {
        return graph.node(id).orElseThrow(() -> new AssertionError("no node " + id));
    }

    private static Node nodeLabelled(String label) {
        return graph.nodes().stream().filter(n -> n.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no node labelled " + label));
    }

    private static Node linkedFrom(Node source, String predicate) {
        return graph.edges().stream().filter(e -> e.source().equals(source.id()) && e.predicate().equals(predicate))
                .map(e -> node(e.target())).findFirst()
                .orElseThrow(() -> new AssertionError(source.label() + " has no " + predicate));
    }

    private static PrintStream quiet() {
        return new PrintStream(java.io.OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    }
}
