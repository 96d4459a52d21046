package org.fuliankg.pipeline;

import java.time.Duration;

/** The time one document may take, counted from {@link #start}; {@link #check} fails once it is spent. */
final class TimeBudget {

    private final Duration limit;
    private final String document;
    private final long deadline;

    private TimeBudget(Duration limit, String document) {
        this.limit = limit;
        this.document = document;
        this.deadline = System.nanoTime() + limit.toNanos();
    }

    static TimeBudget start(Duration limit, String document) {
        return new TimeBudget(limit, document);
    }

    /** @throws DocumentTooSlowException when the budget is spent; {@code stage} says where it ran out */
    void check(String stage) {
        if (System.nanoTime() - deadline > 0) {
            throw new DocumentTooSlowException("extraction of " + document + " exceeded " + seconds(limit)
                    + " (during " + stage + "); a shorter or split document would be read");
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
