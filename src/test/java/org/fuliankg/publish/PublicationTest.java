package org.fuliankg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.fuliankg.SeedStore;
import org.fuliankg.store.TdbStore;
import org.fuliankg.store.version.Sha256;
import org.fuliankg.store.version.StoreManifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishes the seeds' real store and checks the folder against the store with readers of each format. */
class PublicationTest {

    private static final String VOID = DatasetDescription.VOID;
    private static final String DCAT = DatasetDescription.DCAT;
    private static final String SPDX = DatasetDescription.SPDX;

    @TempDir
    static Path dir;

    private static Path folder;
    private static Model description;
    private static Resource dataset;
    private static List<Quad> storeQuads;

    @BeforeAll
    static void publishTheSeeds() throws IOException {
        folder = dir.resolve("deposit");
        Publication.write(SeedStore.dataDir(), folder, "fulian-kg test", Instant.parse("2026-12-06T12:00:00Z"),
                "http://127.0.0.1:3030/kg/sparql");
        description = RDFDataMgr.loadModel(folder.resolve(Publication.DESCRIPTION).toUri().toString(), Lang.TURTLE);
        dataset = description.getResource(DatasetDescription.DATASET);
        DatasetGraph store = SeedStore.dataset();
        storeQuads = store.calculateRead(() -> Iter.toList(store.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)))
                .stream().filter(q -> !q.isDefaultGraph()).toList();
    }

    @Test
    void countsInTheDescriptionAreTheStoresCountedAnotherWay() {
        assertEquals(storeQuads.size(), number(dataset, VOID + "triples"));
        Set<Node> subjects = storeQuads.stream().map(Quad::getSubject).filter(Node::isURI).collect(Collectors.toSet());
        assertEquals(subjects.size(), number(dataset, VOID + "entities"));

        Map<String, Set<Node>> instances = new TreeMap<>();
        Map<String, Long> perProperty = new TreeMap<>();
        for (Quad quad : storeQuads) {
            perProperty.merge(quad.getPredicate().getURI(), 1L, Long::sum);
            if (quad.getPredicate().equals(RDF.type.asNode()) && quad.getObject().isURI()) {
                instances.computeIfAbsent(quad.getObject().getURI(), c -> new HashSet<>()).add(quad.getSubject());
            }
        }
        Map<String, Long> classPartitions = partitions(VOID + "classPartition", VOID + "class", VOID + "entities");
        assertEquals(instances.keySet(), classPartitions.keySet());
        instances.forEach((type, members) -> assertEquals(members.size(), classPartitions.get(type), type));
        assertEquals(perProperty, partitions(VOID + "propertyPartition", VOID + "property", VOID + "triples"));
        assertEquals("http://127.0.0.1:3030/kg/sparql",
                dataset.getPropertyResourceValue(description.createProperty(VOID + "sparqlEndpoint")).getURI());
        assertEquals(DatasetDescription.LICENSE, dataset.getPropertyResourceValue(
                description.createProperty("http://purl.org/dc/terms/license")).getURI());
    }

    @Test
    void everyDistributionIsAFileOfTheFolderWithItsSizeAndChecksum() throws IOException {
        List<Resource> distributions = dataset.listProperties(description.createProperty(DCAT + "distribution"))
                .mapWith(Statement::getResource).toList();
        assertEquals(3 + ResearchTable.all().size(), distributions.size(), "dump, ontology, CSVW and the tables");
        for (Resource distribution : distributions) {
            Path file = Path.of(URI.create(distribution.getPropertyResourceValue(
                    description.createProperty(DCAT + "downloadURL")).getURI()));
            assertTrue(file.startsWith(folder.toAbsolutePath()), "relative to the folder: " + file);
            assertEquals(Files.size(file), number(distribution, DCAT + "byteSize"), file.toString());
            Resource checksum = distribution.getPropertyResourceValue(description.createProperty(SPDX + "checksum"));
            assertEquals(Sha256.of(file), checksum.getProperty(description.createProperty(SPDX + "checksumValue"))
                    .getString(), file.toString());
        }
        String dump = dataset.getPropertyResourceValue(description.createProperty(VOID + "dataDump")).getURI();
        assertTrue(dump.endsWith("/" + Publication.DUMP), dump);
    }

    @Test
    void sha256sumsCoversEveryOtherFile() throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve(Publication.CHECKSUMS));
        Set<String> listed = new HashSet<>();
        for (String line : lines) {
            String[] parts = line.split("  ", 2);
            assertEquals(Sha256.of(folder.resolve(parts[1])), parts[0], parts[1]);
            listed.add(parts[1]);
        }
        try (Stream<Path> files = Files.walk(folder)) {
            Set<String> all = files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString())
                    .filter(name -> !name.equals(Publication.CHECKSUMS)).collect(Collectors.toSet());
            assertEquals(all, listed);
        }
    }

    @Test
    void theDumpReadsBackAsTheStoresQuads() throws IOException {
        List<Quad> read = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(folder.resolve(Publication.DUMP)))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    read.add(quad);
                }
            });
        }
        assertEquals(Set.copyOf(storeQuads), Set.copyOf(read));
    }

    @Test
    void provenanceNamesTheInputsWithTheirSha256AndTheBuild() throws IOException {
        StoreManifest manifest = TdbStore.manifestOf(new TdbStore(SeedStore.dataDir()).current().orElseThrow());
        Resource build = dataset.getPropertyResourceValue(
                description.createProperty(DatasetDescription.PROV + "wasGeneratedBy"));
        Map<String, String> used = new TreeMap<>();
        build.listProperties(description.createProperty(DatasetDescription.PROV + "used")).forEach(s -> used.put(
                s.getResource().getProperty(description.createProperty("http://purl.org/dc/terms/identifier"))
                        .getString(),
                s.getResource().getPropertyResourceValue(description.createProperty(SPDX + "checksum"))
                        .getProperty(description.createProperty(SPDX + "checksumValue")).getString()));
        assertEquals(2, used.size(), used.toString());
        for (StoreManifest.Input input : manifest.inputs()) {
            assertEquals(Sha256.of(Path.of(input.path())), used.get(input.path()), input.path());
        }
        assertEquals("2026-12-06T12:00:00Z", dataset.getProperty(
                description.createProperty("http://purl.org/dc/terms/created")).getString());
    }

    @Test
    void everyTableMatchesItsCsvOnTheWebMetadata() throws IOException {
        JsonObject metadata = JSON.read(folder.resolve(Publication.CSVW).toString());
        assertEquals("http://www.w3.org/ns/csvw", metadata.get("@context").getAsString().value());
        var tables = metadata.get("tables").getAsArray();
        assertEquals(ResearchTable.all().size(), tables.size());
        for (JsonValue table : tables) {
            Path csv = folder.resolve(Publication.TABLES).resolve(table.getAsObject().getString("url"));
            var columns = table.getAsObject().getObj("tableSchema").get("columns").getAsArray();
            List<String> names = columns.stream().map(c -> c.getAsObject().getString("name")).toList();
            try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                var parsed = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
                assertEquals(names, parsed.getHeaderNames(), csv.toString());
                List<CSVRecord> rows = parsed.getRecords();
                assertFalse(rows.isEmpty(), "the seeds fill every table: " + csv);
                for (JsonValue column : columns) {
                    JsonObject described = column.getAsObject();
                    assertFalse(described.getObj("titles").getString("zh").isBlank());
                    for (CSVRecord row : rows) {
                        assertTrue(valid(row.get(described.getString("name")), described.getString("datatype")),
                                csv.getFileName() + " " + described.getString("name") + ": " + row);
                    }
                }
            }
        }
    }

    @Test
    void aFolderThatHoldsSomethingIsNeverOverwritten() throws IOException {
        Path used = Files.createDirectories(dir.resolve("used"));
        Files.writeString(used.resolve("paper.txt"), "mine");
        assertThrows(FileAlreadyExistsException.class,
                () -> Publication.write(SeedStore.dataDir(), used, "fulian-kg test", Instant.now(), null));
        try (Stream<Path> files = Files.list(used)) {
            assertEquals(List.of(used.resolve("paper.txt")), files.toList());
        }
    }

    /** Whether a CSV cell is a value of a CSVW datatype (empty: unbound, always valid). */
    private static boolean valid(String cell, String datatype) {
        if (cell.isEmpty()) return true;
        try {
            switch (datatype) {
                case "decimal" -> new BigDecimal(cell);
                case "integer" -> Long.parseLong(cell);
                case "gYear" -> Year.parse(cell);
                case "boolean" -> { if (!cell.equals("true") && !cell.equals("false")) return false; }
                case "anyURI" -> URI.create(cell);
                case "string" -> { }
                default -> { return false; }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static long number(Resource subject, String property) {
        return subject.getProperty(description.createProperty(property)).getLong();
    }

    private static Map<String, Long> partitions(String partition, String key, String count) {
        Map<String, Long> counts = new TreeMap<>();
        dataset.listProperties(description.createProperty(partition)).forEach(s -> counts.put(
                s.getResource().getPropertyResourceValue(description.createProperty(key)).getURI(),
                number(s.getResource(), count)));
        return counts;
    }
}
