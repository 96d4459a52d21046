package org.fuliankg.extract.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.fuliankg.annotate.Annotator;
import org.fuliankg.domain.Item;
import org.fuliankg.domain.people.Reporter;
import org.fuliankg.normalise.TextNormaliser;
import org.fuliankg.source.SourceReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The seeds' items against the gold: start offset, headline, reporters (with name offsets) and dateline. */
class ItemSplitterSeedsTest {

    @ParameterizedTest
    @ValueSource(strings = {"000_f9ff3fdd4056e4a8.txt", "003_60f0d1ff23c14434.txt"})
    void itemsMatchTheGold(String file) throws Exception {
        JsonObject gold = goldDocument(file);
        var source = new SourceReader().read(Path.of("seeds", file));
        List<Item> items = new ItemSplitter().split(
                new Annotator().annotate(source, new TextNormaliser().normalise(source.text())));

        List<String> expected = new ArrayList<>();
        List<Set<String>> headlines = new ArrayList<>();
        gold.getArray("items").forEach(v -> {
            JsonObject i = v.getAsObject();
            expected.add(i.getNumber("offset") + " " + strings(i.get("reporters")) + " "
                    + (i.get("dateline").isNull() ? null : i.getString("dateline")));
            // the headline as written or with its OCR slips corrected (the normaliser corrects the sure ones)
            headlines.add(i.hasKey("headline_normalised")
                    ? Set.of(i.getString("headline"), i.getString("headline_normalised")) : Set.of(i.getString("headline")));
        });
        List<String> actual = items.stream().map(i -> i.span().start() + " "
                + i.reporters().stream().map(Reporter::name).toList() + " " + i.dateline()).toList();
        assertEquals(expected, actual);
        for (int n = 0; n < items.size(); n++) {
            assertTrue(headlines.get(n).contains(items.get(n).headline()), items.get(n).headline());
        }

        List<String> expectedReporters = new ArrayList<>();
        gold.getArray("reporters").forEach(v -> expectedReporters.add(
                v.getAsObject().getString("name") + "@" + v.getAsObject().getNumber("name_offset")));
        List<String> actualReporters = items.stream().flatMap(i -> i.reporters().stream())
                .map(r -> r.name() + "@" + r.span().start()).toList();
        assertEquals(expectedReporters, actualReporters);
    }

    private static List<String> strings(JsonValue array) {
        List<String> out = new ArrayList<>();
        array.getAsArray().forEach(v -> out.add(v.getAsString().value()));
        return out;
    }

    static JsonObject goldDocument(String file) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/gold/seeds-gold.json"))) {
            JsonObject root = JSON.parse(in);
            return root.getArray("documents").map(JsonValue::getAsObject)
                    .filter(d -> d.getString("file").equals(file)).findFirst().orElseThrow();
        }
    }
}
