package org.fuliankg.cli.graph;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RiotException;
import org.fuliankg.rdf.GraphValidator;
import org.fuliankg.rdf.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks RDF files (.trig, .nq, .ttl, .nt, .jsonld) against the fulian-kg SHACL shapes.",
                "All files are checked together with the reference data; every violation is printed with its node.",
                "Exit code: 0 no violations (warnings allowed), 1 violations found, 2 unreadable input."})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "RDF files, or directories searched for them")
    private List<Path> inputs;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Dataset dataset = DatasetFactory.create();
        List<Path> files;
        try {
            files = rdfFiles();
            for (Path file : files) RDFDataMgr.read(dataset, file.toString());
        } catch (IOException | RiotException e) {
            err.println("validate: " + e.getMessage());
            return 2;
        }
        if (files.isEmpty()) {
            err.println("validate: no RDF files in " + inputs);
            return 2;
        }
        List<Violation> results = new GraphValidator().validate(dataset);
        results.forEach(out::println);
        long violations = results.stream().filter(Violation::isViolation).count();
        out.printf("%d file(s): %d violation(s), %d warning(s)%n", files.size(), violations, results.size() - violations);
        return violations == 0 ? 0 : 1;
    }

    private List<Path> rdfFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) throw new IOException(input + ": no such file or directory");
            if (!Files.isDirectory(input)) {
                files.add(input);
                continue;
            }
            try (Stream<Path> walk = Files.walk(input)) {
                walk.filter(Files::isRegularFile).filter(ValidateCommand::isRdf).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static boolean isRdf(Path file) {
        Lang lang = RDFLanguages.filenameToLang(file.toString());
        return lang != null && (RDFLanguages.isTriples(lang) || RDFLanguages.isQuads(lang));
    }
}
