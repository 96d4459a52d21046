package org.fuliankg.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.fuliankg.domain.money.FundingFigure;
import org.fuliankg.extract.DocumentFacts;
import org.fuliankg.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * The money fixtures' running totals: the gold keys a figure by amount, qualifier and role only, so this checks its
 * {@code "cumulative"} flag (false when absent) on every figure found, paired with the gold by amount in text order.
 */
class MoneyShapesRunningTotalsTest {

    private static final Path MONEY = Path.of("src/test/resources/real-shapes/money");

    @Test
    void everyFigureFoundIsARunningTotalExactlyWhenTheGoldSaysSo() throws IOException {
        Map<String, List<FundingFigure>> found = new HashMap<>();
        for (DocumentFacts facts : FixtureTexts.extract(new Pipeline(), MONEY)) {
            found.put(facts.source().fileName(), new ArrayList<>(facts.fundings()));
        }
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (JsonValue d : JSON.read(MONEY.resolve("gold.json").toString()).getArray("documents").toList()) {
            JsonObject doc = d.getAsObject();
            List<FundingFigure> figures = found.getOrDefault(doc.getString("file"), List.of());
            if (!doc.hasKey("fundings")) continue;
            for (JsonValue g : doc.getArray("fundings").toList()) {
                JsonObject gold = g.getAsObject();
                if (!gold.hasKey("amount_yuan")) continue;
                BigDecimal amount = new BigDecimal(gold.get("amount_yuan").getAsNumber().value().toString());
                FundingFigure figure = figures.stream().filter(f -> f.amount().compareTo(amount) == 0).findFirst()
                        .orElse(null);
                if (figure == null) continue; // amounts are RealShapesTest's business
                figures.remove(figure);
                checked++;
                boolean cumulative = gold.hasKey("cumulative") && gold.get("cumulative").getAsBoolean().value();
                if (figure.cumulative() != cumulative) {
                    wrong.add(doc.getString("file") + " " + gold.getString("surface") + ": gold " + cumulative);
                }
            }
        }
        assertTrue(checked > 40, "figures checked: " + checked);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }
}
