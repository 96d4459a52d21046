package org.fuliankg.eval;

import java.util.List;

/**
 * Counts for one category over all scored documents.
 *
 * @param misses    required gold facts nobody predicted (surface and offset of the gold record)
 * @param falseHits predictions that match no gold fact
 */
public record CategoryScore(Category category, int truePositives, int falsePositives, int falseNegatives,
                            List<Finding> misses, List<Finding> falseHits) {

    /** A fact in a named document, for the report. */
    public record Finding(String file, Fact fact) {
        @Override
        public String toString() {
            return file + "  " + fact.key() + "  «" + fact.surface() + "»" + (fact.offset() >= 0 ? " @" + fact.offset() : "");
        }
    }

    /** TP / (TP + FP); 1 when nothing was predicted and nothing was required, 0 when only the gold has facts. */
    public double precision() {
        int predicted = truePositives + falsePositives;
        if (predicted == 0) return falseNegatives == 0 ? 1 : 0;
        return (double) truePositives / predicted;
    }

    /** TP / (TP + FN); 1 when the gold requires nothing and nothing wrong was predicted. */
    public double recall() {
        int required = truePositives + falseNegatives;
        if (required == 0) return falsePositives == 0 ? 1 : 0;
        return (double) truePositives / required;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
