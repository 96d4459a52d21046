package org.fuliankg.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a data file shipped with the code (lexicons, tables): UTF-8, one entry a line, tab-separated fields,
 * blank lines and {@code #} comments skipped.
 */
public final class ResourceLines {

    private ResourceLines() {}

    /** The rows of resource {@code name} found next to class {@code anchor}. */
    public static List<String[]> read(Class<?> anchor, String name) {
        List<String[]> rows = new ArrayList<>();
        try (var in = anchor.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name + " next to " + anchor.getName());
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(line.replace("\r", "").split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
        return rows;
    }

    /** The rows of a resource of this package. */
    static List<String[]> read(String name) {
        return read(ResourceLines.class, name);
    }
}
