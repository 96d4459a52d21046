package org.fuliankg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "(not yet implemented)")
final class EvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("eval: not yet implemented");
        return 2;
    }
}
