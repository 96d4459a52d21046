package org.fuliankg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.fuliankg.domain.money.FundingFigure;
import org.fuliankg.domain.programme.ProgrammeMention;

/**
 * Scores extracted fundings (amount + qualifier + role, overlapping the gold span) and programmes (canonical
 * name, or a gold alias / normalised variant with quotes stripped; optional gold records are neither required
 * nor wrong) against a gold file in the format of {@code gold/seeds-gold.json}. Misses and extras are printed.
 */
public final class GoldScores {

    private GoldScores() {}

    /** The gold record of {@code file} in the gold file at classpath {@code resource}. */
    public static JsonObject gold(String resource, String file) throws IOException {
        try (InputStream in = GoldScores.class.getResourceAsStream(resource)) {
            for (JsonValue d : JSON.parse(in).get("documents").getAsArray()) {
                if (d.getAsObject().get("file").getAsString().value().equals(file)) return d.getAsObject();
            }
        }
        throw new IllegalStateException("no gold for " + file);
    }

    record Score(int rightPredicted, int predicted, int foundGold, int gold) {
        double precision() { return predicted == 0 ? 0 : (double) rightPredicted / predicted; }
        double recall() { return gold == 0 ? 0 : (double) foundGold / gold; }
        double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        Score plus(Score o) {
            return new Score(rightPredicted + o.rightPredicted, predicted + o.predicted, foundGold + o.foundGold,
                    gold + o.gold);
        }
        @Override public String toString() {
            return String.format("P=%.3f R=%.3f F1=%.3f (right %d of %d predicted, found %d of %d gold)",
                    precision(), recall(), f1(), rightPredicted, predicted, foundGold, gold);
        }
    }

    static Score scoreFundings(DocumentFacts facts, JsonArray gold) {
        Set<Integer> used = new HashSet<>();
        int tp = 0;
        for (FundingFigure f : facts.fundings()) {
            boolean hit = false;
            for (int g = 0; g < gold.size(); g++) {
                JsonObject r = gold.get(g).getAsObject();
                if (used.contains(g) || !sameFunding(f, r)) continue;
                used.add(g);
                hit = true;
                tp++;
                break;
            }
            if (!hit) System.out.println("  extra funding " + describe(f));
        }
        for (int g = 0; g < gold.size(); g++) {
            if (!used.contains(g)) {
                JsonObject r = gold.get(g).getAsObject();
                System.out.println("  missed funding " + r.get("surface") + " " + r.get("qualifier") + " " + r.get("role"));
            }
        }
        return new Score(tp, facts.fundings().size(), tp, gold.size());
    }

    private static boolean sameFunding(FundingFigure f, JsonObject r) {
        int start = r.get("offset").getAsNumber().value().intValue();
        int end = r.get("end").getAsNumber().value().intValue();
        if (f.span().end() <= start || end <= f.span().start()) return false;
        BigDecimal min = yuan(r, r.hasKey("min_yuan") ? "min_yuan" : "amount_yuan");
        BigDecimal max = r.hasKey("max_yuan") ? yuan(r, "max_yuan") : null;
        return f.amount().compareTo(min) == 0
                && (max == null ? f.maxAmount() == null : f.maxAmount() != null && f.maxAmount().compareTo(max) == 0)
                && f.qualifier().code().equals(r.get("qualifier").getAsString().value())
                && sameRole(f, r.get("role").getAsString().value());
    }

    /** The gold's older role code {@code cumulative} is a running total, whatever was done with the money. */
    private static boolean sameRole(FundingFigure f, String goldRole) {
        return f.role().code().equals(goldRole) || goldRole.equals("cumulative") && f.cumulative();
    }

    private static BigDecimal yuan(JsonObject r, String key) {
        return new BigDecimal(r.get(key).getAsNumber().value().toString());
    }

    private static String describe(FundingFigure f) {
        return f.span().surface() + " " + f.amount() + (f.maxAmount() == null ? "" : "-" + f.maxAmount()) + " "
                + f.qualifier().code() + " " + f.role().code();
    }

    static Score scoreProgrammes(DocumentFacts facts, JsonArray gold) {
        Set<String> names = new LinkedHashSet<>();
        for (ProgrammeMention m : facts.programmes()) names.add(stripQuotes(m.programme().name()));
        Set<Integer> matchedRequired = new HashSet<>();
        int requiredTotal = 0;
        for (JsonValue v : gold) if (!optional(v.getAsObject())) requiredTotal++;
        int tp = 0, predicted = 0;
        for (String name : names) {
            boolean required = false, optional = false;
            for (int g = 0; g < gold.size(); g++) {
                JsonObject r = gold.get(g).getAsObject();
                if (!goldNames(r).contains(name)) continue;
                if (optional(r)) {
                    optional = true;
                } else {
                    required = true;
                    matchedRequired.add(g);
                }
            }
            if (required) {
                tp++;
                predicted++;
            } else if (!optional) {
                predicted++;
                System.out.println("  extra programme " + name);
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            JsonObject r = gold.get(g).getAsObject();
            if (!optional(r) && !matchedRequired.contains(g)) System.out.println("  missed programme " + goldNames(r));
        }
        return new Score(tp, predicted, matchedRequired.size(), requiredTotal);
    }

    private static boolean optional(JsonObject r) {
        return r.hasKey("optional") && r.get("optional").getAsBoolean().value();
    }

    private static Set<String> goldNames(JsonObject r) {
        Set<String> names = new HashSet<>();
        names.add(stripQuotes(r.get("name").getAsString().value()));
        if (r.hasKey("aliases")) {
            for (JsonValue a : r.get("aliases").getAsArray()) names.add(stripQuotes(a.getAsString().value()));
        }
        if (r.hasKey("normalised_variants")) {
            JsonObject nv = r.get("normalised_variants").getAsObject();
            for (String k : nv.keys()) {
                names.add(stripQuotes(k));
                names.add(stripQuotes(nv.get(k).getAsString().value()));
            }
        }
        return names;
    }

    /** Quotes, a generic suffix (公益项目, 活动) and the money word after 救助 (救助金) are not part of a name. */
    private static String stripQuotes(String s) {
        return s.replaceAll("[“”\"「」《》‘’']", "").replaceAll("(?:(?:公益|慈善)?项目|工程|活动|工作)$", "")
                .replaceAll("(?<=救助)(?:资金|金|款)$", "");
    }

}
