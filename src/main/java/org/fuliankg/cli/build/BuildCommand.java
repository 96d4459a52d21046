package org.fuliankg.cli.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.fuliankg.build.BatchValidator;
import org.fuliankg.build.BuildReport;
import org.fuliankg.build.Corpus;
import org.fuliankg.build.CorpusBuilder;
import org.fuliankg.build.SkippedInput;
import org.fuliankg.cli.console.Console;
import org.fuliankg.cli.console.TerminalProgress;
import org.fuliankg.rdf.Violation;
import org.fuliankg.store.RdfFileOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the knowledge graph of news texts into an RDF file, one named graph per document. "
                + "Files that cannot be read are reported and skipped.")
public final class BuildCommand implements Callable<Integer> {

    @ParentCommand
    private Console console;

    @Spec
    private CommandSpec spec;

    @Mixin
    private CorpusOptions corpus;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", defaultValue = Console.HOME + "/target/fulian-kg.trig",
            description = "RDF file to write; the extension picks the format: .trig, .nq, .jsonld "
                    + "(named graphs) or .ttl (union of all graphs). Default: ${DEFAULT-VALUE}")
    private Path out;

    @Option(names = "--validate", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Check the written file against the SHACL shapes (ontology/shapes.ttl) and report every "
                    + "violation with its node; exit 1 when there are any. Documents are checked in batches as they are "
                    + "written, so a large corpus is never all in memory. --no-validate skips it. Default: ${DEFAULT-VALUE}")
    private boolean validate;

    @Override
    public Integer call() throws IOException {
        if (!RdfFileOutput.supports(out)) {
            throw new ParameterException(spec.commandLine(),
                    "--out " + out + ": use one of ." + String.join(", .", RdfFileOutput.EXTENSIONS));
        }
        Corpus files = corpus.files();
        if (files.isEmpty()) {
            console.err().println("build: no input files in " + corpus.inputs);
            return Console.FAILED;
        }
        var report = new AtomicReference<BuildReport>();
        var builder = new CorpusBuilder(corpus.threads, TerminalProgress.on(console.err()));
        var validator = validate ? new BatchValidator() : null;
        RdfFileOutput.write(out, stream -> report.set(builder.build(files, validate ? validator.watching(stream) : stream)));
        int built = printed(report.get(), "wrote " + out, console);
        if (!validate) return built;
        List<Violation> results = validator.results();
        results.forEach(console.out()::println);
        long violations = results.stream().filter(Violation::isViolation).count();
        console.out().printf("%s: %d violation(s), %d warning(s)%n", out, violations, results.size() - violations);
        return violations == 0 ? built : Console.FAILED;
    }

    /** Prints what a build did and returns the exit code that says whether anything was skipped. */
    static int printed(BuildReport report, String what, Console console) {
        for (SkippedInput skipped : report.skipped()) console.err().println("skipped " + skipped);
        console.err().println(what + ": " + report.summary());
        return report.complete() ? 0 : Console.SOME_SKIPPED;
    }
}
