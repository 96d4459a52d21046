package org.fuliankg.source;

import java.nio.file.Path;

/** A file that cannot be used as a source, with the reason in words a user can act on. */
public class UnreadableSourceException extends Exception {
    private final Path path;

    public UnreadableSourceException(Path path, String reason) {
        super(path + ": " + reason);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
