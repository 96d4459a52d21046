package org.fuliankg.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.fuliankg.rdf.Ontology;
import org.fuliankg.rdf.Prefixes;
import org.fuliankg.store.query.MalformedQueryException;
import org.fuliankg.store.query.QueryableData;

/**
 * Exports (part of) a built graph for graph tools: the result of a CONSTRUCT query (by default
 * {@code default-graph.rq}: the documents' entities and facts with the regions and federations above them) written
 * as GEXF, GraphML, CSV tables or JSON-LD.
 */
public final class GraphExport {

    /** Output formats. */
    public enum Format { gexf, graphml, csv, jsonld }

    private static final String DEFAULT_QUERY = "default-graph.rq";

    private GraphExport() {}

    /** The text of the default CONSTRUCT query. */
    public static String defaultQuery() {
        try (InputStream in = GraphExport.class.getResourceAsStream(DEFAULT_QUERY)) {
            if (in == null) throw new IllegalStateException("missing resource " + DEFAULT_QUERY);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The triples {@code constructQuery} makes from the graph at {@code data} (any file or directory
     * {@link QueryableData#open} takes), with the project's prefixes.
     *
     * @throws MalformedQueryException when the text is not SPARQL or not a CONSTRUCT query
     */
    public static Model construct(Path data, String constructQuery) throws MalformedQueryException, IOException {
        Query query;
        try {
            query = QueryFactory.create(constructQuery);
        } catch (QueryParseException e) {
            throw new MalformedQueryException(e.getMessage());
        }
        if (!query.isConstructType()) throw new MalformedQueryException("export needs a CONSTRUCT query");
        Dataset dataset = DatasetFactory.wrap(QueryableData.open(data));
        Model result = dataset.calculateRead(() -> {
            try (QueryExecution execution = QueryExecutionFactory.create(query, dataset)) {
                return execution.execConstruct();
            }
        });
        return Prefixes.apply(result);
    }

    /** Writes {@code model} as GEXF, GraphML or JSON-LD to {@code out}. */
    public static void write(Model model, Format format, OutputStream out) throws IOException {
        switch (format) {
            case jsonld -> RDFDataMgr.write(out, model, RDFFormat.JSONLD11_PRETTY);
            case gexf, graphml -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                PropertyGraph graph = PropertyGraph.of(model, Ontology.model());
                XmlGraphWriter xml = new XmlGraphWriter(graph);
                if (format == Format.gexf) xml.gexf(writer, Lifespans.of(model, graph));
                else xml.graphml(writer);
                writer.flush();
            }
            case csv -> throw new IllegalArgumentException("csv is two files: use writeCsv");
        }
    }

    /**
     * Writes {@code model} as nodes and edges CSV files; {@code out} is a directory or a file-name prefix (see
     * {@link CsvGraphWriter}). Returns the two files written.
     */
    public static List<Path> writeCsv(Model model, String out) throws IOException {
        CsvGraphWriter.CsvFiles files = CsvGraphWriter.filesFor(out);
        CsvGraphWriter.write(PropertyGraph.of(model, Ontology.model()), files);
        return List.of(files.nodes(), files.edges());
    }
}
