package org.fuliankg.cli.measure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fuliankg.cli.console.Console;
import org.fuliankg.generate.CorpusGenerator;
import org.fuliankg.generate.LedgerCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes N synthetic federation news articles (.txt) with known facts, and those facts as "
                + "DIR/" + CorpusGenerator.GOLD_FILE + " for 'eval'. The same seed always gives the same files.")
public final class GenerateCommand implements Callable<Integer> {

    @ParentCommand
    Console console;

    @Parameters(index = "0", paramLabel = "N", description = "number of articles")
    int count;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "directory to write into")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--ledger", description = "write yearly funding reports of three cities instead, every figure "
            + "known (programme, region, year or period, role, qualifier), listed in DIR/" + LedgerCorpus.FACTS_FILE
            + ", to check the funding ledger's sums")
    boolean ledger;

    @Override
    public Integer call() throws IOException {
        if (count < 0) throw new IllegalArgumentException("N must not be negative");
        if (ledger) {
            int figures = new LedgerCorpus(seed).write(count, out).size();
            console.err().println("wrote " + count + " reports with " + figures + " figures (" + LedgerCorpus.FACTS_FILE
                    + ") to " + out);
            return 0;
        }
        new CorpusGenerator(seed).write(count, out);
        console.err().println("wrote " + count + " articles and " + CorpusGenerator.GOLD_FILE + " to " + out);
        return 0;
    }
}
