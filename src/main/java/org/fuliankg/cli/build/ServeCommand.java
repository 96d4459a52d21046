package org.fuliankg.cli.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.fuliankg.build.CorpusStore;
import org.fuliankg.cli.console.Console;
import org.fuliankg.cli.console.TerminalProgress;
import org.fuliankg.serve.KgServer;
import org.fuliankg.store.TdbStore;
import org.fuliankg.store.query.FederatedQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the knowledge graph into a TDB2 store and serves it over SPARQL at "
                + "http://HOST:PORT/kg/sparql, read-only unless --allow-update.",
                "The store is reused on the next start when the inputs (and the program) have not changed. "
                        + "The default graph is the union of all documents' named graphs.",
                "Errors: 400 malformed query; 503 query over the --timeout; 422 result over --max-rows; "
                        + "413 request over --max-request-bytes; 401 write without valid credentials; 403 LOAD from anything but http(s).",
                "With --allow-update, writes change the served store only. A restart on unchanged inputs keeps "
                        + "them; a rebuild replaces the graphs of changed inputs, and a full rebuild (many inputs "
                        + "changed, a new program version) starts from the inputs alone: writes are then lost. Keep "
                        + "data you add in an input file, or export it first. Write into named graphs (GRAPH <g> { … }): "
                        + "the default graph of queries is the union of the named graphs."})
public final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    private Console console;

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

    @Mixin
    private ServerLimits limits;

    @Option(names = "--max-request-bytes", paramLabel = "N",
            description = "Refuse (HTTP 413, before reading it) a request whose body or query string is over N bytes. "
                    + "Default: ${DEFAULT-VALUE}")
    private long maxRequestBytes = KgServer.DEFAULT_MAX_REQUEST_BYTES;

    @Option(names = "--allow-update",
            description = "Serve SPARQL Update at /kg/update and Graph Store writes at /kg/data to users who log in "
                    + "with HTTP basic auth (needs --password-file); reads stay open. LOAD is allowed from "
                    + "http(s) addresses only. Basic auth sends the password in the clear: use it on loopback or "
                    + "behind an HTTPS proxy.")
    private boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Users who may write, one 'user: password' line each (Jetty's format; the password may "
                    + "also be given as OBF:, MD5: or CRYPT: forms).")
    private Path passwordFile;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = Console.HOME + "/queries",
            description = "The canned queries (NAME.rq): the query page's list and the tables of /kg/table/NAME.csv. "
                    + "Default: ${DEFAULT-VALUE}")
    private Path queries;

    @Option(names = "--verbose", description = "Log every request and the build's progress (never credentials).")
    private boolean verbose;

    @Override
    public Integer call() throws IOException {
        if (port < 0 || port > 65535) throw new ParameterException(spec.commandLine(), "--port must be 0-65535");
        limits.check(0);
        if (maxRequestBytes < 1) throw new ParameterException(spec.commandLine(), "--max-request-bytes must be at least 1");
        checkWriteOptions();
        if (spec.commandLine().getParseResult().hasMatchedOption("--queries") && !Files.isDirectory(queries)) {
            throw new ParameterException(spec.commandLine(), "--queries " + queries + " is not a directory");
        }
        Path store = currentStore();
        DatasetGraph dataset = TdbStore.open(store, limits.timeoutSeconds * 1000L);
        FederatedQueries.allowOnly(dataset.getContext(), Set.copyOf(serviceHosts));
        KgServer server = KgServer.start(dataset,
                new KgServer.Settings(host, port, verbose, limits.maxRows, allowUpdate ? passwordFile : null, maxRequestBytes),
                queries);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-server"));
        String sparql = server.datasetUrl() + "/sparql";
        console.out().println("SPARQL endpoint" + (allowUpdate ? "" : " (read-only)") + ": " + sparql
                + "   (also /kg/query; health: " + server.datasetUrl().replace("/kg", "/$/ping") + ")");
        if (allowUpdate) {
            console.out().println("Writes (HTTP basic auth, users of " + passwordFile + "): SPARQL Update "
                    + server.datasetUrl() + "/" + KgServer.UPDATE + ", Graph Store " + server.datasetUrl() + "/"
                    + KgServer.GRAPH_STORE_WRITES + ". Writes are lost when a rebuild replaces their graphs (see --help).");
        }
        console.out().println("Try: curl -s " + sparql + " --data-urlencode "
                + "'query=SELECT ?g (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g'"
                + " -H 'Accept: text/csv'");
        console.out().println("Whole tables, streamed: " + server.datasetUrl() + "/table/NAME.csv (.tsv, .json) for "
                + "queries/NAME.rq, e.g. fundings, officials, organisations, programmes");
        console.out().println("Front page (the graph at a glance, name search): " + server.datasetUrl().replace("/kg", "/")
                + "   query page: " + server.datasetUrl().replace("/kg", "/query"));
        console.out().println("Stop with Ctrl-C.");
        console.out().flush();
        server.join();
        return 0;
    }

    /** Writes need a login: --allow-update without a readable password file with a user in it is a usage error. */
    private void checkWriteOptions() throws IOException {
        if (!allowUpdate) {
            if (passwordFile != null) {
                throw new ParameterException(spec.commandLine(), "--password-file is only used with --allow-update");
            }
            return;
        }
        if (passwordFile == null) {
            throw new ParameterException(spec.commandLine(),
                    "--allow-update needs --password-file FILE: writes are allowed only to users who log in");
        }
        if (!Files.isRegularFile(passwordFile) || !Files.isReadable(passwordFile)) {
            throw new ParameterException(spec.commandLine(), "--password-file " + passwordFile + " is not a readable file");
        }
        // Only whether a line looks like "user: …"; the file's content is never shown.
        boolean hasUser = Files.readAllLines(passwordFile).stream().map(String::strip)
                .anyMatch(line -> !line.startsWith("#") && line.indexOf(':') > 0);
        if (!hasUser) {
            throw new ParameterException(spec.commandLine(),
                    "--password-file " + passwordFile + " has no 'user: password' line");
        }
    }

    /** Builds the store when needed; when a rebuild fails, the previous store (if any) is served instead. */
    private Path currentStore() throws IOException {
        var files = corpus.files();
        try {
            CorpusStore.Result result = CorpusStore.update(limits.data, files, corpus.threads, TerminalProgress.on(console.err()));
            if (result.rebuilt()) {
                BuildCommand.printed(result.report(), "built store " + result.store(), console);
            } else {
                console.err().println("reusing store " + result.store() + " (inputs unchanged)");
            }
            return result.store();
        } catch (IOException | RuntimeException e) {
            var previous = new TdbStore(limits.data).current();
            if (previous.isEmpty()) throw e;
            console.err().println("serve: building the store failed (" + e.getMessage() + "); serving the previous store "
                    + previous.get() + ", which may not match the inputs");
            return previous.get();
        }
    }
}
