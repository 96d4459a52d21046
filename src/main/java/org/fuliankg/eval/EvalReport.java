package org.fuliankg.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores per category, plus the documents that could not be paired.
 *
 * @param scores        one per category, in {@link Category} order
 * @param diagnostics   what the figures found mean, and document dates
 * @param unmatchedGold gold documents with no prediction (not scored)
 * @param unmatchedPredicted predicted documents with no gold (not scored)
 */
public record EvalReport(Map<Category, CategoryScore> scores, Diagnostics diagnostics, List<String> unmatchedGold,
                         List<String> unmatchedPredicted) {

    public CategoryScore score(Category category) {
        return scores.get(category);
    }

    /** {@code category | TP | FP | FN | P | R | F1}; "-" where nothing was required or predicted. */
    public String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-16s %5s %5s %5s %6s %6s %6s%n",
                "category", "TP", "FP", "FN", "P", "R", "F1"));
        for (CategoryScore s : scores.values()) {
            out.append(String.format(Locale.ROOT, "%-16s %5d %5d %5d ", s.category().label(),
                    s.truePositives(), s.falsePositives(), s.falseNegatives()));
            // nothing required and nothing predicted: the gold does not annotate this category
            boolean empty = s.truePositives() + s.falsePositives() + s.falseNegatives() == 0;
            out.append(empty ? String.format(Locale.ROOT, "%6s %6s %6s%n", "-", "-", "-")
                    : String.format(Locale.ROOT, "%6.3f %6.3f %6.3f%n", s.precision(), s.recall(), s.f1()));
        }
        return out.toString();
    }

    /** The misses and false hits of every category. */
    public String details() {
        StringBuilder out = new StringBuilder();
        for (CategoryScore s : scores.values()) {
            if (s.misses().isEmpty() && s.falseHits().isEmpty()) continue;
            out.append("== ").append(s.category().label()).append('\n');
            s.misses().forEach(m -> out.append("  miss       ").append(m).append('\n'));
            s.falseHits().forEach(m -> out.append("  false hit  ").append(m).append('\n'));
        }
        if (!diagnostics.disagreements().isEmpty()) out.append("== on amounts found, disagreements\n");
        diagnostics.disagreements().forEach(d -> out.append("  ").append(d).append('\n'));
        unmatchedGold.forEach(f -> out.append("not evaluated (no input): ").append(f).append('\n'));
        unmatchedPredicted.forEach(f -> out.append("not evaluated (no gold): ").append(f).append('\n'));
        return out.toString();
    }
}
