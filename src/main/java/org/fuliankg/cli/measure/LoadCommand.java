package org.fuliankg.cli.measure;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.fuliankg.bench.load.LoadReport;
import org.fuliankg.bench.load.LoadTest;
import org.fuliankg.bench.process.ServerProcess;
import org.fuliankg.cli.build.CorpusOptions;
import org.fuliankg.cli.build.ServerLimits;
import org.fuliankg.cli.console.Console;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "loadtest", mixinStandardHelpOptions = true,
        description = {"Load-tests the SPARQL endpoint: concurrent clients send the canned queries (queries/*.rq but "
                + "the online one; the contract dumps as pages of 10,000 rows with LIMIT/OFFSET, and downloaded "
                + "whole from /kg/table/NAME.csv), malformed queries (a correct server answers 400), queries too "
                + "expensive to finish (the timeout's 503) and a query with too many rows (422) and 2 MB queries, "
                + "with a length and chunked (413), for a fixed time.",
                "Starts 'serve' on the data directory as its own process (or tests --url, whose limits --timeout "
                        + "and --max-rows must give), samples the server's heap and resident memory, checks that it "
                        + "still answers at the end, prints a table with the slowest answers and writes JSON. Exit 1 "
                        + "when any answer was not what a correct server says, or came over 1 s past the time limit."})
public final class LoadCommand implements Callable<Integer> {

    @ParentCommand
    private Console console;

    @Spec
    private CommandSpec spec;

    @Mixin
    private CorpusOptions corpus;

    @Option(names = "--seconds", paramLabel = "S", description = "How long the clients query. Default: ${DEFAULT-VALUE}")
    private int seconds = 60;

    @Option(names = "--clients", paramLabel = "N", description = "Concurrent clients. Default: ${DEFAULT-VALUE}")
    private int clients = 8;

    @Option(names = "--url", paramLabel = "URL",
            description = "Test this running endpoint (e.g. http://127.0.0.1:3030/kg/sparql) instead of starting one")
    private URI url;

    @Mixin
    private ServerLimits limits;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = Console.HOME + "/queries",
            description = "The canned queries. Default: ${DEFAULT-VALUE}")
    private Path queries;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = Console.HOME + "/target/loadtest.json",
            description = "JSON results. Default: ${DEFAULT-VALUE}")
    private Path out;

    @Override
    public Integer call() throws Exception {
        if (seconds < 1) throw new ParameterException(spec.commandLine(), "--seconds must be at least 1");
        if (clients < 1) throw new ParameterException(spec.commandLine(), "--clients must be at least 1");
        limits.check(1);
        // a client waits longer than any query may run: a lost answer is then the server's fault
        Duration patience = Duration.ofSeconds(limits.timeoutSeconds + 60L);
        Duration timeLimit = Duration.ofSeconds(limits.timeoutSeconds);
        LoadReport report;
        if (url != null) {
            report = new LoadTest(url, timeLimit, patience).run(queries, clients, Duration.ofSeconds(seconds), OptionalLong.empty());
        } else {
            corpus.files(); // checks the options before starting a server
            try (ServerProcess server = ServerProcess.start(limits.data, corpus.inputs, queries, corpus.threads,
                    limits.timeoutSeconds, limits.maxRows)) {
                console.err().println("loadtest: " + clients + " clients for " + seconds + " s on " + server.sparql());
                report = new LoadTest(server.sparql(), timeLimit, patience)
                        .run(queries, clients, Duration.ofSeconds(seconds), OptionalLong.of(server.pid()));
            }
        }
        report.print(console.out());
        report.writeJson(out);
        console.err().println("loadtest: wrote " + out);
        return report.passed() ? 0 : Console.FAILED;
    }
}
