package org.fuliankg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.fuliankg.build.CorpusStore;
import org.fuliankg.serve.KgServer;
import org.fuliankg.store.FederatedQueries;
import org.fuliankg.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the knowledge graph into a TDB2 store and serves it read-only over SPARQL at "
                + "http://HOST:PORT/kg/sparql.",
                "The store is reused on the next start when the inputs (and the program) have not changed. "
                        + "The default graph is the union of all documents' named graphs."})
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Mixin
    private CorpusOptions corpus;

    @Option(names = {"-p", "--port"}, paramLabel = "N", description = "HTTP port. Default: ${DEFAULT-VALUE}")
    private int port = 3030;

    @Option(names = "--service-allow", paramLabel = "HOST", split = ",",
            description = "Hosts that federated queries (SERVICE) may call over http(s); any other target, and "
                    + "file: addresses, fail the query. Default: ${DEFAULT-VALUE}")
    private List<String> serviceHosts = List.of("query.wikidata.org");

    @Option(names = "--host", paramLabel = "H",
            description = "Address to listen on (0.0.0.0: every interface). Default: ${DEFAULT-VALUE}")
    private String host = "127.0.0.1";

    @Option(names = {"-d", "--data"}, paramLabel = "DIR", defaultValue = Main.HOME + "/data",
            description = "Directory of the persistent store. Default: ${DEFAULT-VALUE}")
    private Path data;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Cancel queries running longer than this (0: never). Default: ${DEFAULT-VALUE}")
    private int timeoutSeconds = 30;

    @Option(names = "--verbose", description = "Log every request and the build's progress.")
    private boolean verbose;

    @Override
    public Integer call() throws IOException {
        if (port < 0 || port > 65535) throw new ParameterException(spec.commandLine(), "--port must be 0-65535");
        if (timeoutSeconds < 0) throw new ParameterException(spec.commandLine(), "--timeout must not be negative");
        Path store = currentStore();
        DatasetGraph dataset = TdbStore.open(store, timeoutSeconds * 1000L);
        FederatedQueries.allowOnly(dataset.getContext(), Set.copyOf(serviceHosts));
        KgServer server = KgServer.start(dataset, host, port, verbose);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-server"));
        String sparql = server.datasetUrl() + "/sparql";
        main.out().println("SPARQL endpoint (read-only): " + sparql + "   (also /kg/query; health: "
                + server.datasetUrl().replace("/kg", "/$/ping") + ")");
        main.out().println("Try: curl -s " + sparql + " --data-urlencode "
                + "'query=SELECT ?g (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g'"
                + " -H 'Accept: text/csv'");
        main.out().println("Query page, entity pages and graph view: " + server.datasetUrl().replace("/kg", "/"));
        main.out().println("Stop with Ctrl-C.");
        main.out().flush();
        server.join();
        return 0;
    }

    /** Builds the store when needed; when a rebuild fails, the previous store (if any) is served instead. */
    private Path currentStore() throws IOException {
        var files = corpus.files();
        try {
            CorpusStore.Result result = CorpusStore.update(data, files, corpus.threads, TerminalProgress.on(main.err()));
            if (result.rebuilt()) {
                BuildCommand.printed(result.report(), "built store " + result.store(), main);
            } else {
                main.err().println("reusing store " + result.store() + " (inputs unchanged)");
            }
            return result.store();
        } catch (IOException | RuntimeException e) {
            var previous = new TdbStore(data).current();
            if (previous.isEmpty()) throw e;
            main.err().println("serve: building the store failed (" + e.getMessage() + "); serving the previous store "
                    + previous.get() + ", which may not match the inputs");
            return previous.get();
        }
    }
}
