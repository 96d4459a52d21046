package org.fuliankg.cli.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.fuliankg.build.BuildReport;
import org.fuliankg.cli.console.Console;
import org.fuliankg.spark.ShardSet;
import org.fuliankg.store.TdbStore;
import org.fuliankg.store.version.BuildVersion;
import org.fuliankg.store.version.StoreManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads the N-Quads shards of the Spark job (org.fuliankg.spark.SparkBuild) into the TDB2 store "
                + "of a data directory, with its manifest and full-text index, as 'serve' builds it (bulk load; the "
                + "store becomes current only when complete).",
                "'serve INPUT… --data DIR' with the job's inputs then serves it without extracting again, when run "
                        + "by the jar that ran the job's driver."})
public final class LoadShardsCommand implements Callable<Integer> {

    @ParentCommand
    private Console console;

    @Parameters(paramLabel = "SHARDS", description = "The job's output directory (with its _SUCCESS file)")
    private Path shards;

    @Option(names = {"-d", "--data"}, paramLabel = "DIR", defaultValue = Console.HOME + "/data",
            description = "Data directory of the store, as for serve. Default: ${DEFAULT-VALUE}")
    private Path data;

    @Override
    public Integer call() throws IOException {
        ShardSet set = ShardSet.open(shards);
        TdbStore.Update update = new TdbStore(data).update(set.manifest(), (work, out) -> {
            // the shards hold every document: adding a few of them to a copy of the current store saves nothing
            if (!work.full()) throw new TdbStore.FullBuildNeeded("shards are loaded whole");
            return set.send(out);
        });
        String serve = "serve it with: fulian-kg serve "
                + set.inputs().stream().map(Path::toString).collect(Collectors.joining(" ")) + " --data " + data;
        if (!update.rebuilt()) {
            console.err().println("load: store " + update.store() + " already holds these shards; " + serve);
            return 0;
        }
        Map<Path, List<String>> graphs = new HashMap<>();
        set.manifest().inputs().stream().filter(StoreManifest.Input::hasGraph)
                .forEach(in -> graphs.put(Path.of(in.path()), in.graphs()));
        int code = BuildCommand.printed(new BuildReport(graphs, set.skipped(), 0, Map.of()), "loaded store " + update.store(), console);
        console.err().println("load: " + serve);
        if (!set.manifest().buildVersion().equals(BuildVersion.current())) {
            console.err().println("load: the shards were made by another build of fulian-kg ("
                    + set.manifest().buildVersion() + "): serve run by this one rebuilds the store from the inputs");
        }
        return code;
    }
}
