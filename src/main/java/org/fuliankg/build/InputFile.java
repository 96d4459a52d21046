package org.fuliankg.build;

import java.nio.file.Path;

/**
 * One input file of a corpus and its name in it: its path relative to the input folder it was found in, with
 * {@code /} between folders (a file named directly is named by its file name). Documents' graphs are named from
 * it, so same-named files in different folders stay apart, and the name does not depend on where the corpus lies.
 */
public record InputFile(Path path, String name) {

    /** A file named directly: its name is its file name. */
    public static InputFile named(Path path) {
        return new InputFile(path, path.getFileName().toString());
    }
}
