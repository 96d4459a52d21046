package org.fuliankg.generate.article;

import org.fuliankg.generate.material.Chance;

/**
 * How long an article is, in characters, drawn like real federation news: reports are log-normal around 1,100
 * characters (most between 600 and 2,500), and a minority of pages are Q&amp;A compilations and work-report lists
 * of 3,000 to 20,000. A writer keeps adding paragraphs until its article reaches the drawn length.
 */
final class ArticleLengths {

    private static final double REPORT_MEDIAN = 1_100;
    private static final double REPORT_SPREAD = 0.55;
    private static final int SHORTEST = 300;
    private static final int LONGEST_REPORT = 6_000;
    private static final int SHORTEST_COMPILATION = 3_000;
    private static final int LONGEST = 20_000;

    private ArticleLengths() {}

    /** A news report or commentary. */
    static int report(Chance c) {
        double length = REPORT_MEDIAN * Math.exp(REPORT_SPREAD * c.gaussian());
        return (int) Math.max(SHORTEST, Math.min(LONGEST_REPORT, length));
    }

    /** A page of interviews or a numbered work report: log-uniform, so short compilations are the commonest. */
    static int compilation(Chance c) {
        double span = Math.log((double) LONGEST / SHORTEST_COMPILATION);
        return (int) (SHORTEST_COMPILATION * Math.exp(span * c.below(1_000) / 1_000.0));
    }
}
