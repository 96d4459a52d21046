package org.fuliankg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "build", mixinStandardHelpOptions = true, description = "(not yet implemented)")
final class BuildCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("build: not yet implemented");
        return 2;
    }
}
