package org.fuliankg.ledger;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.fuliankg.generate.LedgerCorpus.Figure;

/**
 * The ledger's totals worked out by hand from the generator's facts, following the rules of ontology/README.md
 * (Funding ledger) directly, without SPARQL: the answer the ledger must give.
 */
final class HandLedger {

    /** What a ledger row says, as compared. {@code upper} null when open. */
    record Totals(BigDecimal lower, BigDecimal approximate, BigDecimal upper, int figures, int documents,
                  int leftOut) {}

    private HandLedger() {}

    /** Row key {@code programme|region code|period|kind|measure} → totals. */
    static Map<String, Totals> of(List<Figure> figures) {
        Map<String, Sums> rows = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (Figure f : figures) { // in file order, as the ledger's "earlier" is by IRI
            boolean cumulative = f.cumulative() || f.period().contains("–");
            String measure = switch (f.role()) {
                case "raised", "donated", "allocated", "value-of-goods" -> "received";
                case "disbursed", "spent" -> "spent";
                case "cumulative" -> "total";
                default -> "not-summed";
            };
            String key = String.join("|", f.programme(), f.regionCode(), f.period(), cumulative ? "cumulative" : "year",
                    measure);
            Sums row = rows.computeIfAbsent(key, k -> new Sums(cumulative));
            boolean repeat = !seen.add(String.join("|", String.valueOf(f.amount()), f.qualifier(), f.role(),
                    f.programme(), f.regionCode(), f.time()));
            if (measure.equals("not-summed") || repeat) {
                row.leftOut++;
            } else {
                row.add(f);
            }
        }
        Map<String, Totals> totals = new TreeMap<>();
        rows.forEach((key, sums) -> totals.put(key, sums.totals()));
        return totals;
    }

    private static final class Sums {
        final boolean cumulative;
        BigDecimal lower = BigDecimal.ZERO;
        BigDecimal approximate = BigDecimal.ZERO;
        BigDecimal upper = BigDecimal.ZERO;
        boolean open;
        int figures;
        final Set<String> documents = new HashSet<>();
        int leftOut;

        Sums(boolean cumulative) {
            this.cumulative = cumulative;
        }

        void add(Figure f) {
            BigDecimal value = BigDecimal.valueOf(f.amount());
            BigDecimal low;
            BigDecimal mid;
            BigDecimal high;
            switch (f.qualifier()) {
                case "approximate" -> { low = BigDecimal.ZERO; mid = value; high = null; }
                case "at-least" -> { low = value; mid = value; high = null; }
                case "range" -> {
                    low = value;
                    high = BigDecimal.valueOf(f.max());
                    mid = value.add(high).divide(BigDecimal.valueOf(2));
                }
                default -> { low = value; mid = value; high = value; }
            }
            // cumulative totals of one period are compared: the largest counts
            lower = cumulative ? lower.max(low) : lower.add(low);
            approximate = cumulative ? approximate.max(mid) : approximate.add(mid);
            if (high == null) open = true;
            else upper = upper.add(high);
            figures++;
            documents.add(f.file());
        }

        Totals totals() {
            if (figures == 0) return new Totals(null, null, null, 0, 0, leftOut);
            return new Totals(lower.stripTrailingZeros(), approximate.stripTrailingZeros(),
                    open ? null : upper.stripTrailingZeros(), figures, documents.size(), leftOut);
        }
    }
}
