package org.fuliankg.cli.graph;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.fuliankg.cli.console.Console;
import org.fuliankg.publish.Publication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Writes the graph as a dataset to deposit and cite: a new folder with the whole graph "
                + "(graph.nq.gz), the ontology (ontology.ttl), the research tables as CSV with CSV on the Web "
                + "metadata (tables/), a VoID + DCAT description (void.ttl: counts, licence CC BY 4.0, files and "
                + "their SHA-256, program and build, input files and their SHA-256) and SHA256SUMS.",
                "Check a copy with: cd FOLDER && sha256sum -c SHA256SUMS"})
public final class PublishCommand implements Callable<Integer> {

    @ParentCommand
    private Console console;

    @Parameters(index = "0", paramLabel = "FOLDER", description = "A new (or empty) folder to write")
    private Path folder;

    @Option(names = {"-d", "--data"}, paramLabel = "FILE|DIR", defaultValue = Console.HOME + "/data",
            description = "The data directory of serve, a TDB2 database or an RDF file. Default: ${DEFAULT-VALUE}")
    private Path data;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "The SPARQL endpoint that serves this dataset, recorded as void:sparqlEndpoint")
    private String endpoint;

    @Override
    public Integer call() throws IOException {
        try {
            var result = Publication.write(data, folder, Console.VERSION, Instant.now(), endpoint);
            console.err().printf("publish: wrote %d files to %s (%,d quads in %,d graphs, %,d entities)%n",
                    result.files().size() + 1, folder, result.counts().quads(), result.counts().graphs(),
                    result.counts().entities());
            return 0;
        } catch (FileAlreadyExistsException e) {
            console.err().println("publish: " + e.getFile() + " is " + e.getReason());
        } catch (NoSuchFileException e) {
            console.err().println("publish: no graph at " + e.getFile() + " (" + e.getReason() + "). "
                    + "Make one with 'fulian-kg build' or 'fulian-kg serve', or pass --data.");
        }
        return Console.FAILED;
    }
}
