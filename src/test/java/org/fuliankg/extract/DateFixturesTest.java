package org.fuliankg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.fuliankg.domain.money.FundingFigure;
import org.fuliankg.domain.Item;
import org.fuliankg.domain.text.SourcedDate;
import org.fuliankg.pipeline.Pipeline;
import org.fuliankg.source.SourceReader;
import org.junit.jupiter.api.Test;

/**
 * The date layouts of real pages (logged under "Dates" in {@code real-shapes/README.md}), rewritten as fixtures of
 * our own in {@code real-shapes/dates/}: each document's date and origin, its items' dates and origins, and the
 * years of its funding figures, as {@code dates.json} gives them.
 */
class DateFixturesTest {

    private static final Path DIR = Path.of("src/test/resources/real-shapes/dates");

    private final Pipeline pipeline = new Pipeline();

    @Test
    void everyFixtureIsDatedAsItsTextSays() throws Exception {
        JsonObject documents = expected().get("documents").getAsObject();
        List<String> wrong = new ArrayList<>();
        for (String file : documents.keys().stream().sorted().toList()) {
            JsonObject want = documents.get(file).getAsObject();
            DocumentFacts facts = pipeline.process(new SourceReader().read(DIR.resolve(file)));
            check(wrong, file, "document", sourced(want.get("date"), want.get("origin")), facts.date());
            if (want.hasKey("items")) {
                JsonObject items = want.get("items").getAsObject();
                // a page's banner line may head its first item, the item's own headline then its sub-headline
                Map<String, Item> byHeadline = new HashMap<>();
                for (Item i : facts.items()) {
                    if (i.headline() != null) byHeadline.putIfAbsent(i.headline(), i);
                    if (i.subheadline() != null) byHeadline.putIfAbsent(i.subheadline(), i);
                }
                for (String headline : items.keys()) {
                    Item item = byHeadline.get(headline);
                    if (item == null) {
                        wrong.add(file + ": no item headed " + headline);
                        continue;
                    }
                    JsonValue d = items.get(headline);
                    SourcedDate expected = d.isNull() ? null
                            : sourced(d.getAsArray().get(0), d.getAsArray().get(1));
                    check(wrong, file, headline, expected, item.date());
                }
            }
            if (want.hasKey("years")) {
                JsonObject years = want.get("years").getAsObject();
                for (String amount : years.keys()) {
                    List<FundingFigure> figures = facts.fundings().stream()
                            .filter(f -> f.amount() != null && f.amount().compareTo(new BigDecimal(amount)) == 0).toList();
                    Integer expected = years.get(amount).isNull() ? null
                            : years.get(amount).getAsNumber().value().intValue();
                    if (figures.isEmpty()) wrong.add(file + ": no figure of " + amount);
                    else check(wrong, file, amount + "元's year", expected, figures.get(0).year());
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void theFixturesCoverEveryOriginOfADocumentsDateAndUndatedTexts() throws IOException {
        JsonObject documents = expected().get("documents").getAsObject();
        var origins = documents.keys().stream().map(k -> documents.get(k).getAsObject())
                .filter(d -> d.hasKey("origin")).map(d -> d.get("origin").getAsString().value())
                .collect(Collectors.toSet());
        assertTrue(origins.containsAll(List.of("publication-line", "lead", "item-lead", "sign-off")), origins.toString());
        assertFalse(documents.keys().stream().noneMatch(k -> documents.get(k).getAsObject().get("date").isNull()));
        try (var files = Files.list(DIR)) {
            assertEquals(documents.keys().size(), files.filter(f -> f.toString().endsWith(".txt")).count(),
                    "every fixture has its expected dates");
        }
    }

    private static <T> void check(List<String> wrong, String file, String what, T expected, T actual) {
        if (!Objects.equals(expected, actual)) wrong.add(file + ": " + what + " expected " + expected + " but was " + actual);
    }

    private static SourcedDate sourced(JsonValue date, JsonValue origin) {
        if (date == null || date.isNull()) return null;
        String code = origin.getAsString().value();
        var value = java.util.Arrays.stream(org.fuliankg.domain.text.DateOrigin.values())
                .filter(o -> o.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError("origin " + code));
        return new SourcedDate(date.getAsString().value(), value);
    }

    private static JsonObject expected() throws IOException {
        try (InputStream in = Files.newInputStream(DIR.resolve("dates.json"))) {
            return JSON.parse(in);
        }
    }
}
