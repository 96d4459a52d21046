package org.fuliankg.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a data directory looks like from outside, as a user sees it: {@code current} names the served store, next
 * to it store directories and a build's staged files.
 */
final class DataDirLayout {

    /** Triples per named graph: a fingerprint of what a store answers. */
    static final String GRAPH_SIZES =
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g";

    private DataDirLayout() {}

    /** The name of the served store, from {@code current}. */
    static String current(Path data) throws IOException {
        return Files.readString(data.resolve("current"), StandardCharsets.UTF_8).strip();
    }

    /** Every entry of the data directory but {@code current}, by name. */
    static List<String> others(Path data) throws IOException {
        try (Stream<Path> entries = Files.list(data)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> !n.equals("current")).sorted().toList();
        }
    }
}
