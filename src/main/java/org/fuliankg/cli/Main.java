package org.fuliankg.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import org.fuliankg.cli.build.BuildCommand;
import org.fuliankg.cli.build.LoadShardsCommand;
import org.fuliankg.cli.build.ServeCommand;
import org.fuliankg.cli.console.Console;
import org.fuliankg.cli.graph.ExportCommand;
import org.fuliankg.cli.graph.LedgerCommand;
import org.fuliankg.cli.graph.PublishCommand;
import org.fuliankg.cli.graph.QueryCommand;
import org.fuliankg.cli.graph.ValidateCommand;
import org.fuliankg.cli.measure.BenchCommand;
import org.fuliankg.cli.measure.EvalCommand;
import org.fuliankg.cli.measure.ExampleWarcCommand;
import org.fuliankg.cli.measure.GenerateCommand;
import org.fuliankg.cli.measure.LoadCommand;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Entry point: {@code fulian-kg build|serve|query|eval|validate …}. */
@Command(name = "fulian-kg", mixinStandardHelpOptions = true, version = Console.VERSION,
        description = "Builds a knowledge graph from Chinese news about women's federations and serves it over SPARQL.",
        subcommands = {BuildCommand.class, ServeCommand.class, QueryCommand.class, EvalCommand.class,
                ValidateCommand.class, ExportCommand.class, LedgerCommand.class, GenerateCommand.class, ExampleWarcCommand.class,
                BenchCommand.class, LoadCommand.class, LoadShardsCommand.class, PublishCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure (message on stderr)", "2:bad arguments (usage on stderr)",
                "3:built, but some input files were skipped (listed on stderr)"})
public final class Main implements Console {

    private final PrintStream out;
    private final PrintStream err;

    private Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        // slf4j-simple reads its levels once, when the first logger is made: raise them before anything logs.
        if (Arrays.asList(args).contains("--verbose")) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
        }
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code. */
    public static int run(String... args) {
        return run(System.out, System.err, args);
    }

    /** Runs a command line with results on {@code out} and messages on {@code err} (for tests). */
    public static int run(PrintStream out, PrintStream err, String... args) {
        return new CommandLine(new Main(out, err))
                .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
                .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8))
                .setParameterExceptionHandler(Main::usageError)
                .setExecutionExceptionHandler(failure(err))
                .execute(args);
    }

    @Override
    public PrintStream out() {
        return out;
    }

    @Override
    public PrintStream err() {
        return err;
    }

    /** Bad arguments: what is wrong, a suggestion when a name was mistyped, and the command's usage. */
    private static int usageError(ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(problem.getMessage());
        UnmatchedArgumentException.printSuggestions(problem, err);
        command.usage(err);
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** A command that fails prints one line saying why, not a stack trace (that goes to the debug log). */
    private static IExecutionExceptionHandler failure(PrintStream err) {
        return (exception, commandLine, parseResult) -> {
            LoggerFactory.getLogger(Main.class).debug("command failed", exception);
            String message = exception instanceof NoSuchFileException missing
                    ? missing.getFile() + ": " + missing.getReason()
                    : String.valueOf(exception.getMessage());
            err.println(commandLine.getCommandName() + ": " + message);
            return FAILED;
        };
    }
}
