package org.fuliankg.cli.build;

import java.nio.file.Path;
import org.fuliankg.cli.console.Console;
import org.fuliankg.serve.KgServer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The store and the limits of a served endpoint, shared by {@code serve} and {@code loadtest} (which starts one). */
public final class ServerLimits {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = {"-d", "--data"}, paramLabel = "DIR", defaultValue = Console.HOME + "/data",
            description = "Directory of the server's persistent store. Default: ${DEFAULT-VALUE}")
    public Path data;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Stop queries running longer than this; the client gets HTTP 503 saying so (serve: 0, never). "
                    + "Default: ${DEFAULT-VALUE}")
    public int timeoutSeconds = 30;

    @Option(names = "--max-rows", paramLabel = "N",
            description = "Refuse (HTTP 422) a query whose result has more than N rows (SELECT) or triples "
                    + "(CONSTRUCT, DESCRIBE); clients page with LIMIT/OFFSET or fetch /kg/table/NAME.csv. "
                    + "Default: ${DEFAULT-VALUE}")
    public long maxRows = KgServer.DEFAULT_MAX_RESULTS;

    /** A usage error for limits out of range; {@code minTimeout} is 0 where 0 means "never". */
    public void check(int minTimeout) {
        if (timeoutSeconds < minTimeout) {
            throw new ParameterException(spec.commandLine(), "--timeout must be at least " + minTimeout);
        }
        if (maxRows < 1) throw new ParameterException(spec.commandLine(), "--max-rows must be at least 1");
    }
}
