package org.fuliankg.normalise;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** The seeds and the ocr_noise / layout_noise records of their gold file, for tests. */
public final class GoldNoise {
    /** One gold noise record; offsets are code point offsets into the seed text. */
    public record Record(String surface, String normalised, String type, int offset) {}

    private GoldNoise() {}

    public static String seedText(String file) {
        try {
            return Files.readString(Path.of("seeds", file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Record> records(String file, String category) {
        JsonObject document = document(file);
        return document.get(category).getAsArray().stream()
                .map(JsonValue::getAsObject)
                .map(r -> new Record(r.getString("surface"),
                        r.get("normalised") == null || r.get("normalised").isNull() ? null : r.getString("normalised"),
                        r.getString("type"),
                        r.get("offset").getAsNumber().value().intValue()))
                .toList();
    }

    private static JsonObject document(String file) {
        try (InputStream in = GoldNoise.class.getResourceAsStream("/gold/seeds-gold.json")) {
            return JSON.parse(in).get("documents").getAsArray().stream()
                    .map(JsonValue::getAsObject)
                    .filter(d -> d.getString("file").equals(file))
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
