package org.fuliankg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Writes a corpus graph to an RDF file whose format follows the extension. TriG and N-Quads are written as the
 * quads arrive (one block per document); Turtle (the union of all graphs, as it has no named graphs) and
 * JSON-LD need the whole graph and are written at the end. The file appears only when complete.
 */
public final class RdfFileOutput {

    /** File extensions we write: TriG, N-Quads, Turtle (union of all graphs), JSON-LD. */
    public static final List<String> EXTENSIONS = List.of("trig", "nq", "ttl", "jsonld");

    private RdfFileOutput() {}

    /** Whether {@code file}'s extension is one of {@link #EXTENSIONS}. */
    public static boolean supports(Path file) {
        return EXTENSIONS.contains(extension(file));
    }

    /** Calls {@code content} with a stream whose quads end up in {@code file}. */
    public static void write(Path file, Consumer<StreamRDF> content) throws IOException {
        String extension = extension(file);
        if (!EXTENSIONS.contains(extension)) {
            throw new IllegalArgumentException("cannot write " + file + ": use one of ." + String.join(", .", EXTENSIONS));
        }
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = parent.resolve(file.getFileName() + ".partial");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                switch (extension) {
                    case "trig" -> stream(out, RDFFormat.TRIG_BLOCKS, content);
                    case "nq" -> stream(out, RDFFormat.NQUADS, content);
                    case "ttl" -> {
                        Graph union = GraphFactory.createDefaultGraph();
                        whole(unionOf(StreamRDFLib.graph(union)), content);
                        RDFDataMgr.write(out, union, Lang.TURTLE);
                    }
                    default -> {
                        DatasetGraph dataset = DatasetGraphFactory.create();
                        whole(StreamRDFLib.dataset(dataset), content);
                        RDFDataMgr.write(out, dataset, Lang.JSONLD);
                    }
                }
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void stream(OutputStream out, RDFFormat format, Consumer<StreamRDF> content) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, format, null);
        writer.start();
        content.accept(writer);
        writer.finish();
    }

    private static void whole(StreamRDF collect, Consumer<StreamRDF> content) {
        collect.start();
        content.accept(collect);
        collect.finish();
    }

    /** Sends every quad's triple to {@code triples}, whatever its graph. */
    private static StreamRDF unionOf(StreamRDF triples) {
        return new StreamRDFWrapper(triples) {
            @Override
            public void quad(Quad quad) {
                triple(quad.asTriple());
            }
        };
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
