package org.fuliankg.pipeline;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The time one document may take, counted from {@link #start} on a clock of nanoseconds ({@link System#nanoTime}
 * in use; tests pass a clock that advances by a fixed step per reading, so a budget is spent after a known amount
 * of work on any machine); {@link #check} fails once it is spent.
 */
final class TimeBudget {

    private final Duration limit;
    private final String document;
    private final LongSupplier clock;
    private long deadline;
    private long pausedAt;

    private TimeBudget(Duration limit, String document, LongSupplier clock) {
        this.limit = limit;
        this.document = document;
        this.clock = clock;
        this.deadline = clock.getAsLong() + limit.toNanos();
    }

    static TimeBudget start(Duration limit, String document, LongSupplier clock) {
        return new TimeBudget(limit, document, clock);
    }

    /** Stops counting: the document waits while others of its batch are read ({@link Pipeline#processAll}). */
    void pause() {
        pausedAt = clock.getAsLong();
    }

    /** Counts again from where {@link #pause} stopped. */
    void resume() {
        deadline += clock.getAsLong() - pausedAt;
    }

    /** @throws DocumentTooSlowException when the budget is spent; {@code stage} says where it ran out */
    void check(String stage) {
        if (clock.getAsLong() - deadline > 0) {
            throw new DocumentTooSlowException("extraction of " + document + " exceeded " + seconds(limit)
                    + " (during " + stage + "); a shorter or split document would be read");
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
