package org.fuliankg.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Expands the inputs a user names (files and directories) into the documents of a corpus. */
public final class InputFiles {

    private InputFiles() {}

    /**
     * Files named directly are taken as they are; directories are walked recursively, skipping hidden files and
     * directories (names starting with a dot). The result is sorted by path so that every build of the same inputs
     * lists documents in the same order.
     *
     * @throws NoSuchFileException when an input does not exist (a usage error, unlike an unreadable document)
     */
    public static List<Path> collect(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) throw new NoSuchFileException(input.toString(), null, "no such file or directory");
            if (Files.isDirectory(input)) files.addAll(walk(input));
            else files.add(input.normalize());
        }
        return files.stream().distinct().sorted(Comparator.comparing(Path::toString)).toList();
    }

    private static List<Path> walk(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            // Symbolic links are listed even when broken or looping, so that reading them reports why they fail.
            return paths.filter(p -> Files.isRegularFile(p) || Files.isSymbolicLink(p))
                    .filter(p -> !isHiddenBelow(dir, p))
                    .map(Path::normalize)
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean isHiddenBelow(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }
}
