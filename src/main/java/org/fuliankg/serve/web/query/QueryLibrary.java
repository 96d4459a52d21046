package org.fuliankg.serve.web.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The project's SPARQL queries ({@code *.rq} in one folder), each with its question in Chinese and English. */
public final class QueryLibrary {

    /** One query file; {@code question} is its first comment line with Chinese in it (else its first comment). */
    record StoredQuery(String file, String question, String text) {}

    private final Path folder;

    public QueryLibrary(Path folder) {
        this.folder = folder;
    }

    /** The queries sorted by file name; none when the folder is missing (e.g. a jar run outside the project). */
    List<StoredQuery> queries() {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted()
                    .map(QueryLibrary::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StoredQuery read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<String> comments = text.lines().takeWhile(l -> l.startsWith("#"))
                    .map(l -> l.substring(1).strip()).toList();
            String question = comments.stream().filter(QueryLibrary::hasChinese).findFirst()
                    .orElse(comments.isEmpty() ? "" : comments.get(0));
            return new StoredQuery(file.getFileName().toString(), question, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasChinese(String line) {
        return line.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
