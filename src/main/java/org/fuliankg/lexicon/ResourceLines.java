package org.fuliankg.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a lexicon resource of this package: one entry a line, tab-separated fields, {@code #} comments. */
final class ResourceLines {

    private ResourceLines() {}

    static List<String[]> read(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (var in = ResourceLines.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing lexicon resource " + resource);
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(line.replace("\r", "").split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }
}
