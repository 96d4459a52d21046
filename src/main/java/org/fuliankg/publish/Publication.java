package org.fuliankg.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.fuliankg.rdf.Ontology;
import org.fuliankg.store.TdbStore;
import org.fuliankg.store.query.QueryableData;
import org.fuliankg.store.version.Sha256;
import org.fuliankg.store.version.StoreManifest;

/**
 * Writes a built graph as a dataset a researcher can deposit and cite: one folder with
 * <ul>
 *   <li>{@value #DUMP}: every quad of the named graphs (N-Quads, gzip);</li>
 *   <li>{@value #ONTOLOGY}: the ontology and code lists;</li>
 *   <li>{@code tables/}: the research tables as CSV with CSV on the Web metadata ({@value #CSVW});</li>
 *   <li>{@value #DESCRIPTION}: the VoID + DCAT description (counts, licence, files and their SHA-256, the program and
 *       build that made it, the input files and their SHA-256), its IRIs relative to the folder;</li>
 *   <li>{@value #CHECKSUMS}: the SHA-256 of every other file, in {@code sha256sum -c} form.</li>
 * </ul>
 */
public final class Publication {

    static final String DUMP = "graph.nq.gz";
    static final String ONTOLOGY = "ontology.ttl";
    static final String TABLES = "tables/";
    static final String CSVW = TABLES + "csv-metadata.json";
    static final String DESCRIPTION = "void.ttl";
    static final String CHECKSUMS = "SHA256SUMS";

    /** What was written: the folder, its files (with their checksums) and the counts described. */
    public record Result(Path folder, List<PublishedFile> files, GraphCounts counts) {}

    private final Path folder;
    private final List<PublishedFile> files = new ArrayList<>();

    private Publication(Path folder) {
        this.folder = folder;
    }

    /**
     * Publishes the graph at {@code data} (a data directory, TDB2 database or RDF file) into {@code folder}, which
     * must not exist or be empty: a deposit is never overwritten.
     *
     * @param programVersion e.g. {@code fulian-kg 0.1.0}
     * @param sparqlEndpoint where the dataset is served, or null
     */
    public static Result write(Path data, Path folder, String programVersion, Instant created, String sparqlEndpoint)
            throws IOException {
        if (Files.isDirectory(folder)) {
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new FileAlreadyExistsException(folder.toString(), null, "not empty: publish into a new folder");
                }
            }
        }
        Files.createDirectories(folder.resolve(TABLES));
        DatasetGraph graph = QueryableData.open(data);
        StoreManifest manifest = manifest(data);
        var publication = new Publication(folder);
        GraphCounts counts = GraphCounts.of(graph);
        PublishedFile dump = publication.dump(graph);
        PublishedFile ontology = publication.written(ONTOLOGY, "text/turtle",
                out -> RDFDataMgr.write(out, Ontology.model(), RDFFormat.TURTLE_PRETTY));
        List<ResearchTable> tables = ResearchTable.all();
        List<PublishedFile> csvFiles = new ArrayList<>();
        for (ResearchTable table : tables) csvFiles.add(publication.table(graph, table));
        PublishedFile csvw = publication.written(CSVW, "application/csvm+json", out ->
                out.write(CsvwMetadata.of(tables).getBytes(StandardCharsets.UTF_8)));

        var description = new DatasetDescription(counts)
                .dataDump(RelativeTurtle.FOLDER + DUMP)
                .distribution(RelativeTurtle.FOLDER + DUMP, dump, "the whole dataset")
                .distribution(RelativeTurtle.FOLDER + ONTOLOGY, ontology, "the ontology and code lists")
                .distribution(RelativeTurtle.FOLDER + CSVW, csvw, "CSV on the Web metadata of the research tables")
                .provenance(new DatasetDescription.Provenance(created, programVersion,
                        manifest == null ? "unknown" : manifest.buildVersion(),
                        manifest == null ? List.of() : manifest.inputs()));
        for (int i = 0; i < tables.size(); i++) {
            description.distribution(RelativeTurtle.FOLDER + TABLES + tables.get(i).csvFile(), csvFiles.get(i),
                    "research table " + tables.get(i).name());
        }
        if (sparqlEndpoint != null) description.sparqlEndpoint(sparqlEndpoint);
        publication.written(DESCRIPTION, "text/turtle",
                out -> out.write(RelativeTurtle.write(description.model()).getBytes(StandardCharsets.UTF_8)));
        publication.checksums();
        return new Result(folder, List.copyOf(publication.files), counts);
    }

    /** The store's manifest (inputs and build), or null for an RDF file or bare TDB2 database. */
    private static StoreManifest manifest(Path data) throws IOException {
        if (!TdbStore.isDataDir(data)) return null;
        var current = new TdbStore(data).current();
        return current.isPresent() ? TdbStore.manifestOf(current.get()) : null;
    }

    private PublishedFile dump(DatasetGraph graph) throws IOException {
        return written(DUMP, "application/n-quads", out -> {
            try (var gzip = new GZIPOutputStream(out, 1 << 16)) {
                StreamRDF quads = StreamRDFWriter.getWriterStream(gzip, RDFFormat.NQUADS);
                quads.start();
                // the default graph of a store is the union of the named graphs: only they are written
                graph.executeRead(() -> graph.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (!q.isDefaultGraph()) quads.quad(q);
                }));
                quads.finish();
            }
        });
    }

    private PublishedFile table(DatasetGraph graph, ResearchTable table) throws IOException {
        Dataset dataset = DatasetFactory.wrap(graph);
        return written(TABLES + table.csvFile(), "text/csv", out -> dataset.executeRead(() -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(table.query()).build()) {
                ResultSetFormatter.outputAsCSV(out, execution.execSelect());
            }
        }));
    }

    private void checksums() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (PublishedFile file : files) lines.append(file.sha256()).append("  ").append(file.name()).append('\n');
        Files.writeString(folder.resolve(CHECKSUMS), lines, StandardCharsets.UTF_8);
    }

    /** Writes one file of the folder and records its size and SHA-256. */
    private PublishedFile written(String name, String mediaType, Content content) throws IOException {
        Path file = folder.resolve(name);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            content.writeTo(out);
        }
        var published = new PublishedFile(name, mediaType, Files.size(file), Sha256.of(file));
        files.add(published);
        return published;
    }

    @FunctionalInterface
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
