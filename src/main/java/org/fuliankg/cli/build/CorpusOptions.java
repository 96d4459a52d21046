package org.fuliankg.cli.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fuliankg.build.Corpus;
import org.fuliankg.build.InputFiles;
import org.fuliankg.cli.console.Console;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The corpus options shared by {@code build} and {@code serve}: the inputs and the number of worker threads. */
public final class CorpusOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            defaultValue = Console.HOME + "/seeds",
            description = "Text files, saved web pages (.html), web archives (.warc, .warc.gz), or directories "
                    + "searched recursively (hidden files skipped). Default: ${DEFAULT-VALUE}")
    public List<Path> inputs;

    @Option(names = "--threads", paramLabel = "N",
            description = "Documents extracted in parallel; the output is the same for any N. Default: ${DEFAULT-VALUE}")
    public int threads = Runtime.getRuntime().availableProcessors();

    /** The input files in build order, named in the corpus; a usage error when --threads is out of range. */
    public Corpus files() throws IOException {
        if (threads < 1) throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        return InputFiles.corpus(inputs);
    }
}
