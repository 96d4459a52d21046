package org.fuliankg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "query", mixinStandardHelpOptions = true, description = "(not yet implemented)")
final class QueryCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("query: not yet implemented");
        return 2;
    }
}
