package org.fuliankg.build;

import java.nio.file.Path;
import java.util.List;

/** The input files of a build, in build order, each with its name in the corpus. */
public record Corpus(List<InputFile> inputs) {

    public Corpus {
        inputs = List.copyOf(inputs);
    }

    /** Files named directly, each named by its file name. */
    public static Corpus ofFiles(List<Path> files) {
        return new Corpus(files.stream().map(InputFile::named).toList());
    }

    public List<Path> paths() {
        return inputs.stream().map(InputFile::path).toList();
    }

    public int size() {
        return inputs.size();
    }

    public boolean isEmpty() {
        return inputs.isEmpty();
    }
}
