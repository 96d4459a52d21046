package org.fuliankg.cli.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.fuliankg.eval.EvalReport;
import org.fuliankg.eval.Evaluation;
import org.fuliankg.eval.GoldFile;
import org.fuliankg.extract.DocumentFacts;
import org.fuliankg.pipeline.Pipeline;
import org.fuliankg.source.SourceDocument;
import org.fuliankg.source.SourceReader;
import org.fuliankg.source.UnreadableSourceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Runs the pipeline on the inputs and scores its facts against a gold file: precision, recall "
                + "and F1 per category, then the misses and false hits.")
public final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "GOLD.json", description = "gold annotations (see gold/README.md)")
    Path gold;

    @Parameters(index = "1..*", paramLabel = "INPUT", description = "text files or directories (default: seeds/)")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--summary", description = "print only the table, not the misses and false hits")
    boolean summaryOnly;

    @Override
    public Integer call() throws IOException {
        GoldFile goldFile = GoldFile.read(gold);
        List<Path> files = files(inputs.isEmpty() ? List.of(Path.of("seeds")) : inputs);
        files.removeIf(f -> f.toAbsolutePath().normalize().equals(gold.toAbsolutePath().normalize()));
        Pipeline pipeline = new Pipeline();
        SourceReader reader = new SourceReader();
        List<DocumentFacts> predicted = new ArrayList<>();
        for (Path f : files) {
            try {
                Pipeline.Outcome outcome = pipeline.processAll(List.of(reader.read(f))).get(0);
                if (outcome.failure() == null) {
                    predicted.add(outcome.facts());
                } else {
                    // as `build` skips it; scored as finding nothing, so its gold facts count as misses
                    System.err.println("extraction failed on " + f + ": " + outcome.failure());
                    predicted.add(nothingFound(outcome.source()));
                }
            } catch (UnreadableSourceException e) {
                System.err.println("skipped " + e.getMessage());
            }
        }
        EvalReport report = Evaluation.score(goldFile, predicted);
        System.out.print(report.table());
        System.out.println();
        System.out.print(report.diagnostics().text());
        if (!summaryOnly) {
            System.out.println();
            System.out.print(report.details());
        }
        return 0;
    }

    private static DocumentFacts nothingFound(SourceDocument source) {
        return new DocumentFacts(source, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null);
    }

    /** The files named, and the regular files inside the directories named, in name order (the gold file itself,
     * often kept beside its texts, is left out by the caller). */
    private static List<Path> files(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (!Files.isDirectory(p)) {
                files.add(p);
                continue;
            }
            try (Stream<Path> s = Files.list(p)) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
