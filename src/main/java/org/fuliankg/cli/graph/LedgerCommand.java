package org.fuliankg.cli.graph;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.fuliankg.cli.console.Console;
import org.fuliankg.ledger.FundingLedger;
import org.fuliankg.ledger.LedgerRow;
import org.fuliankg.ledger.LedgerTables;
import org.fuliankg.rdf.Iris;
import org.fuliankg.store.query.QueryableData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = {"The funding ledger: per programme × region (prefecture or province) × year, the lower-bound "
                + "and approximate totals, the upper bound, how many figures and documents, and which figures were "
                + "left out of the sum and why.",
                "Computed by queries/full-graph/funding-ledger.rq over the graph; the rules are in ontology/README.md "
                        + "(Funding ledger)."})
public final class LedgerCommand implements Callable<Integer> {

    @ParentCommand
    private Console console;

    @Option(names = {"-d", "--data"}, paramLabel = "FILE|DIR", defaultValue = Console.HOME + "/data",
            description = "An RDF file (e.g. from build), the data directory of serve, or a TDB2 database. "
                    + "Default: ${DEFAULT-VALUE}")
    private Path data;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "csv (plain yuan), md (Markdown table) or html. Default: ${DEFAULT-VALUE}")
    private LedgerTables.Format format = LedgerTables.Format.md;

    @Option(names = {"-p", "--programme"}, paramLabel = "NAME",
            description = "Only this programme (its canonical Chinese name, e.g. 春蕾计划)")
    private String programme;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where to write; default: standard output")
    private Path out;

    @Override
    public Integer call() throws IOException {
        DatasetGraph dataset;
        try {
            dataset = QueryableData.open(data);
        } catch (NoSuchFileException e) {
            console.err().println("ledger: no graph at " + e.getFile() + " (" + e.getReason() + "). "
                    + "Make one with 'fulian-kg build' or 'fulian-kg serve', or pass --data FILE.");
            return Console.FAILED;
        }
        FundingLedger ledger = new FundingLedger(dataset);
        List<LedgerRow> rows = programme == null ? ledger.rows()
                : ledger.rows(Iris.programme(programme));
        if (out == null) {
            LedgerTables.write(rows, format, console.out());
        } else {
            try (var file = new PrintStream(Files.newOutputStream(out), false, StandardCharsets.UTF_8)) {
                LedgerTables.write(rows, format, file);
            }
            console.err().println("wrote " + out + ": " + rows.size() + " rows");
        }
        return 0;
    }
}
