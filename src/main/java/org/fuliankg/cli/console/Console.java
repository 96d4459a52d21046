package org.fuliankg.cli.console;

import java.io.PrintStream;

/**
 * The command line a command runs in: where its results and messages go, and what all commands share (the
 * installation directory of the defaults, the version, the exit codes). {@code cli.Main} is it; a command gets it as
 * its picocli {@code @ParentCommand}, so the commands' rooms need not import the package that lists them.
 */
public interface Console {

    /**
     * Where the default inputs and data live: the repository root, which the launcher script passes as the
     * system property {@code fuliankg.home}; the working directory otherwise.
     */
    String HOME = "${sys:fuliankg.home:-.}";

    String VERSION = "fulian-kg 0.1.0";
    int FAILED = 1;
    int SOME_SKIPPED = 3;

    /** Where a command writes its results (query answers, help). */
    PrintStream out();

    /** Where a command writes progress and problems. */
    PrintStream err();
}
