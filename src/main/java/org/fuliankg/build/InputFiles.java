package org.fuliankg.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        return corpus(inputs).paths();
    }

    /**
     * Like {@link #collect}, with every file named by its path relative to the input folder it was found in (see
     * {@link InputFile}); a file found twice keeps its first name.
     */
    public static Corpus corpus(List<Path> inputs) throws IOException {
        Map<Path, InputFile> files = new LinkedHashMap<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) throw new NoSuchFileException(input.toString(), null, "no such file or directory");
            if (Files.isDirectory(input)) {
                for (Path file : walk(input)) files.putIfAbsent(file, new InputFile(file, relativeName(input.normalize(), file)));
            } else {
                files.putIfAbsent(input.normalize(), InputFile.named(input.normalize()));
            }
        }
        return new Corpus(files.values().stream().sorted(Comparator.comparing(f -> f.path().toString())).toList());
    }

    /** {@code file}'s path below {@code root}, parts joined by {@code /} on every system. */
    private static String relativeName(Path root, Path file) {
        List<String> parts = new ArrayList<>();
        for (Path part : root.relativize(file)) parts.add(part.toString());
        return parts.isEmpty() ? file.getFileName().toString() : String.join("/", parts);
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
