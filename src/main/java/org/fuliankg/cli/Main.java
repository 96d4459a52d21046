package org.fuliankg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code fulian-kg build|serve|query|eval|validate …}. */
@Command(name = "fulian-kg", mixinStandardHelpOptions = true, version = "fulian-kg 0.1.0",
        description = "Builds a knowledge graph from Chinese news about women's federations and serves it over SPARQL.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, EvalCommand.class,
                ValidateCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (for tests). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }
}
