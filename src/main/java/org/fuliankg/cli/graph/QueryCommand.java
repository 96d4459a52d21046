package org.fuliankg.cli.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fuliankg.cli.console.Console;
import org.fuliankg.store.query.MalformedQueryException;
import org.fuliankg.store.query.QueryRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over a built graph, without a server.",
                "The default graph is the union of all documents' named graphs; GRAPH ?g { … } still reaches each "
                        + "document's own graph."})
public final class QueryCommand implements Callable<Integer> {

    @ParentCommand
    private Console console;

    @Parameters(paramLabel = "QUERY", description = "A file holding the query (e.g. queries/officials.rq), "
            + "or the query text itself")
    private String query;

    @Option(names = {"-d", "--data"}, paramLabel = "FILE|DIR", defaultValue = Console.HOME + "/data",
            description = "An RDF file (e.g. from build), the data directory of serve, or a TDB2 database. "
                    + "Default: ${DEFAULT-VALUE}")
    private Path data;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Answer format: ${COMPLETION-CANDIDATES} (CONSTRUCT/DESCRIBE: Turtle, or JSON-LD for json). "
                    + "Default: ${DEFAULT-VALUE}")
    private QueryRunner.Format format = QueryRunner.Format.table;

    @Override
    public Integer call() throws IOException {
        try {
            QueryRunner.run(data, queryText(), format, console.out());
        } catch (MalformedQueryException e) {
            console.err().println("query: malformed SPARQL: " + e.getMessage());
            return Console.FAILED;
        } catch (NoSuchFileException e) {
            console.err().println("query: no graph at " + e.getFile() + " (" + e.getReason() + "). "
                    + "Make one with 'fulian-kg build' or 'fulian-kg serve', or pass --data FILE.");
            return Console.FAILED;
        } finally {
            console.out().flush();
        }
        return 0;
    }

    private String queryText() throws IOException {
        try {
            Path file = Path.of(query);
            if (Files.isRegularFile(file)) return Files.readString(file, StandardCharsets.UTF_8);
        } catch (InvalidPathException notAPath) {
            // the argument is the query itself
        }
        return query;
    }
}
