package org.fuliankg.serve;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Lets a fixed number of queries compute at once; the others wait for a turn. A query holds its whole answer in
 * memory until it is sent (see {@link BoundedQueryService}) and may build large hash tables, so eight clients
 * asking for the funding ledger of a big store at once ran a 1 GB server out of heap; on a machine with few cores
 * more queries at once would not finish sooner anyway.
 *
 * <p>The wait counts against the query's time limit: a query that gets its turn after waiting {@code w} is
 * stopped {@code limit - w} later (its own timer, started when it starts, would allow the full limit), so every
 * request is answered within its limit, with the timeout's error at worst.
 */
final class QueryGate {

    /** Stops queries whose time is up; daemon, so it never keeps the server's JVM alive. */
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "query-gate-timer");
        t.setDaemon(true);
        return t;
    });

    private final Semaphore turns;
    private final LongSupplier nanoClock;

    /** @param concurrent how many queries compute at once (at least 1) */
    QueryGate(int concurrent) {
        this(concurrent, System::nanoTime);
    }

    /** @param nanoClock measures how long a query waited (tests give their own) */
    QueryGate(int concurrent, LongSupplier nanoClock) {
        if (concurrent < 1) throw new IllegalArgumentException("at least one query must run, not " + concurrent);
        this.turns = new Semaphore(concurrent, true);
        this.nanoClock = nanoClock;
    }

    /** True when some query is waiting for a turn (a test waits for this before it frees the turn). */
    boolean hasWaiting() {
        return turns.hasQueuedThreads();
    }

    /** A turn to compute: close it when done (it also cancels the stop of its query). */
    interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Waits at most {@code limitMillis} (0 or less: no limit) for a turn; null when none came in time. When one
     * came after waiting, {@code stop} is run once the rest of the limit has passed, unless the turn is closed first.
     */
    Turn enter(long limitMillis, Runnable stop) throws InterruptedException {
        if (limitMillis <= 0) {
            turns.acquire();
            return turns::release;
        }
        // a turn free at once: the query's own timer stops it in time
        if (turns.tryAcquire()) return turns::release;
        long t0 = nanoClock.getAsLong();
        if (!turns.tryAcquire(limitMillis, TimeUnit.MILLISECONDS)) return null;
        long waited = TimeUnit.NANOSECONDS.toMillis(nanoClock.getAsLong() - t0);
        ScheduledFuture<?> stopping = TIMER.schedule(stop, limitMillis - waited, TimeUnit.MILLISECONDS);
        return () -> {
            stopping.cancel(false);
            turns.release();
        };
    }
}
