package org.fuliankg.cli.graph;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.Model;
import org.fuliankg.cli.console.Console;
import org.fuliankg.export.GraphExport;
import org.fuliankg.store.query.MalformedQueryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports the graph for Gephi, Cytoscape or JSON-LD tools.",
                "Without --query: the documents' persons, organisations, posts, programmes, funding figures, "
                        + "regions and documents, with the regions and federations above those named (not the "
                        + "whole reference data, nor the evidence quotes). With --query: the CONSTRUCT's result.",
                "Nodes get an id (IRI), a label (Chinese first), a class and their literals as attributes; "
                        + "edges are the links between nodes, with the predicate and its label; code-list values "
                        + "(level, qualifier, role …) are node attributes."})
public final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    private Console console;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
            description = "gexf (Gephi), graphml (Cytoscape, yEd, Gephi), csv (two tables: nodes and edges) or "
                    + "jsonld (JSON-LD 1.1 with the project's prefixes as @context)")
    private GraphExport.Format format;

    @Option(names = {"-q", "--query"}, paramLabel = "CONSTRUCT.rq",
            description = "A file holding a SPARQL CONSTRUCT query whose result is exported")
    private Path query;

    @Option(names = {"-d", "--data"}, paramLabel = "FILE|DIR", defaultValue = Console.HOME + "/data",
            description = "An RDF file (e.g. from build), the data directory of serve, or a TDB2 database. "
                    + "Default: ${DEFAULT-VALUE}")
    private Path data;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = {"Where to write; default: standard output.",
                    "csv needs it: an existing directory (or a path ending in /) gets nodes.csv and edges.csv; "
                            + "otherwise it is a prefix: --out kg gives kg-nodes.csv and kg-edges.csv."})
    private String out;

    @Override
    public Integer call() throws IOException {
        if (format == GraphExport.Format.csv && out == null) {
            console.err().println("export: csv writes two files (nodes and edges): give --out DIR or --out PREFIX");
            return Console.FAILED;
        }
        Model graph;
        try {
            String sparql = query == null ? GraphExport.defaultQuery() : Files.readString(query, StandardCharsets.UTF_8);
            graph = GraphExport.construct(data, sparql);
        } catch (MalformedQueryException e) {
            console.err().println("export: " + e.getMessage());
            return Console.FAILED;
        } catch (NoSuchFileException e) {
            console.err().println("export: no graph at " + e.getFile() + " (" + e.getReason() + "). "
                    + "Make one with 'fulian-kg build' or 'fulian-kg serve', or pass --data FILE.");
            return Console.FAILED;
        }
        if (format == GraphExport.Format.csv) {
            List<Path> files = GraphExport.writeCsv(graph, out);
            console.err().println("export: wrote " + files.get(0) + " and " + files.get(1));
        } else if (out == null) {
            GraphExport.write(graph, format, console.out());
            console.out().flush();
        } else {
            Path file = Path.of(out);
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(file))) {
                GraphExport.write(graph, format, stream);
            }
        }
        return 0;
    }
}
