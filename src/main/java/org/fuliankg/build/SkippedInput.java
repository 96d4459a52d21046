package org.fuliankg.build;

import java.nio.file.Path;

/** An input file left out of the graph, and why, in words a user can act on. */
public record SkippedInput(Path path, String reason) {
    @Override
    public String toString() {
        return path + ": " + reason;
    }
}
