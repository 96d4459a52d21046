package org.fuliankg.serve;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.apache.jena.query.QueryCancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a fixed number of queries compute at once, and at most one expensive query. A query holds its whole answer
 * in memory until it is sent (see {@link BoundedQueryService}) and may build large hash tables, so eight clients
 * asking for the funding ledger of a big store at once ran a 1 GB server out of heap; on a machine with few cores
 * more queries at once would not finish sooner anyway.
 *
 * <p>A query becomes expensive by its cost so far, as the engine reports it ({@link Turn#charge}): once it has
 * computed longer than {@link Cost#millis()} or produced more than {@link Cost#bindings()} intermediate rows, it
 * gives its turn back (a cheap query may take it) and waits for the single expensive slot. So two heavy queries
 * never compute at once, and cheap ones keep flowing while one runs.
 *
 * <p>A query that can be computed again ({@link #enterRecomputable}) does not wait where it stands: its partial
 * results (hash tables, groups, sorted rows) would stay in memory for the whole wait, and under load several such
 * queries waited at once (measured: half a million intermediate TDB2 rows held by four waiting queries, half of a
 * 256 MB heap). It is stopped with {@link SlotTaken} instead, and waits for the slot holding nothing
 * ({@link #enterExpensive}), then computes from the start: at most the threshold's work is done twice.
 *
 * <p>The time limit counts from the request's arrival: a query that gets its turn (or the expensive slot) late is
 * stopped when its limit, counted from its arrival, has passed, so every request is answered within its limit,
 * with the timeout's error at worst. A wait that would end past the limit ends with no turn.
 *
 * <p>A query whose work is bounded beforehand by its rows ({@link #enterBounded}: a page of a contract dump cut from
 * the order or the answer written with the store, at most the row limit) never becomes expensive: it computes to its end in a lane
 * of its own, one such query at a time, bounded by its limit only. Sent to the expensive slot for its time alone, such a page waited there behind
 * the load test's 30-second queries and was answered with the timeout (7 of 2,008 pages in 35 minutes on 10,000
 * articles), though its work was a few hundred milliseconds of reading its own rows.
 */
final class QueryGate {

    /** At debug: each turn taken, given back and traded for the expensive slot, with its times (the thread names the
     * request). */
    private static final Logger LOG = LoggerFactory.getLogger(QueryGate.class);

    /** When a query counts as expensive: after computing this long or producing this many intermediate rows. */
    record Cost(long millis, long bindings) {}

    /** About a second of work: the research queries that answer at 10,000 articles in a few ms stay far below. */
    static final Cost EXPENSIVE = new Cost(1_000, 2_000_000);

    /** Stops queries whose time is up; daemon, so it never keeps the server's JVM alive. */
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "query-gate-timer");
        t.setDaemon(true);
        return t;
    });

    private final Semaphore turns;
    private final Semaphore expensive = new Semaphore(1, true);
    /** The lane of queries whose rows bound their work ({@link #enterBounded}): one at a time, apart from the turns. */
    private final Semaphore bounded = new Semaphore(1, true);
    private final Cost expensiveAfter;
    private final LongSupplier nanoClock;

    /** @param concurrent how many queries compute at once (at least 1) */
    QueryGate(int concurrent) {
        this(concurrent, EXPENSIVE, System::nanoTime);
    }

    /**
     * @param expensiveAfter the cost that makes a query expensive
     * @param nanoClock      the clock of arrivals, waits and costs (tests give their own)
     */
    QueryGate(int concurrent, Cost expensiveAfter, LongSupplier nanoClock) {
        if (concurrent < 1) throw new IllegalArgumentException("at least one query must run, not " + concurrent);
        this.turns = new Semaphore(concurrent, true);
        this.expensiveAfter = expensiveAfter;
        this.nanoClock = nanoClock;
    }

    /**
     * Thrown by {@link Turn#charge} of a recomputable query that has become expensive while the expensive slot is
     * taken: the query drops what it computed, and waits with {@link #enterExpensive} to compute again.
     */
    static final class SlotTaken extends RuntimeException {
        SlotTaken() {
            super("the expensive slot is taken: computed again once it is free", null, false, false);
        }
    }

    /** The gate's clock now, in nanoseconds: a request's arrival when it has no earlier one. */
    long now() {
        return nanoClock.getAsLong();
    }

    /** True when some query is waiting for a turn (a test waits for this before it frees the turn). */
    boolean hasWaiting() {
        return turns.hasQueuedThreads();
    }

    /** True when some expensive query is waiting for the expensive slot. */
    boolean hasWaitingExpensive() {
        return expensive.hasQueuedThreads();
    }

    /**
     * Waits for a turn until {@code limitMillis} after {@code arrivalNanos} (a reading of this gate's clock; a limit
     * of 0 or less: no limit); null when none came in time. With a limit, {@code stop} is run when it has passed,
     * unless the turn is closed first.
     */
    Turn enter(long arrivalNanos, long limitMillis, Runnable stop) throws InterruptedException {
        return entered(turns, arrivalNanos, limitMillis, stop, false);
    }

    /**
     * Like {@link #enter}, for a query that can be computed again: when it becomes expensive while the expensive
     * slot is taken, its {@link Turn#charge} throws {@link SlotTaken} instead of waiting.
     */
    Turn enterRecomputable(long arrivalNanos, long limitMillis, Runnable stop) throws InterruptedException {
        return entered(turns, arrivalNanos, limitMillis, stop, true);
    }

    /**
     * Like {@link #enter}, for a query whose work its rows bound (see the class comment): it waits only for the
     * bounded queries' own lane (one at a time), not for a turn of the other queries nor for the expensive slot, and
     * keeps it whatever its cost. Taking an ordinary turn to its end, such pages held both turns for seconds under
     * load, and the other queries waited for them.
     */
    Turn enterBounded(long arrivalNanos, long limitMillis, Runnable stop) throws InterruptedException {
        return entered(bounded, arrivalNanos, limitMillis, stop, false);
    }

    /**
     * Waits for the expensive slot itself (a query known to be expensive, computing again after {@link SlotTaken})
     * until {@code limitMillis} after {@code arrivalNanos}; null when it did not come in time.
     */
    Turn enterExpensive(long arrivalNanos, long limitMillis, Runnable stop) throws InterruptedException {
        return entered(expensive, arrivalNanos, limitMillis, stop, false);
    }

    private Turn entered(Semaphore permits, long arrivalNanos, long limitMillis, Runnable stop, boolean recomputable)
            throws InterruptedException {
        if (limitMillis <= 0) {
            permits.acquire();
            return new Turn(Long.MAX_VALUE, null, permits, recomputable);
        }
        long deadline = arrivalNanos + TimeUnit.MILLISECONDS.toNanos(limitMillis);
        if (!acquireBefore(permits, deadline)) {
            LOG.debug("{}: none within the limit ({} ms since arrival)", lane(permits), millisSince(arrivalNanos));
            return null;
        }
        long left = deadline - nanoClock.getAsLong();
        LOG.debug("{} taken {} ms after arrival, {} ms left", lane(permits), millisSince(arrivalNanos),
                TimeUnit.NANOSECONDS.toMillis(left));
        return new Turn(deadline, TIMER.schedule(stop, Math.max(0, left), TimeUnit.NANOSECONDS), permits, recomputable);
    }

    private String lane(Semaphore permits) {
        return permits == turns ? "turn" : permits == expensive ? "expensive slot" : "bounded lane";
    }

    private long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanoClock.getAsLong() - nanos);
    }

    private boolean acquireBefore(Semaphore permits, long deadline) throws InterruptedException {
        if (deadline == Long.MAX_VALUE) {
            permits.acquire();
            return true;
        }
        if (permits.tryAcquire()) return true;
        long left = deadline - nanoClock.getAsLong();
        return left > 0 && permits.tryAcquire(left, TimeUnit.NANOSECONDS);
    }

    /**
     * A turn to compute, used by one thread: the engine {@link #charge}s it as it works; close it when done (it also
     * cancels the stop of its query).
     */
    final class Turn implements AutoCloseable {
        private final long deadline;
        private final ScheduledFuture<?> stopping;
        private final long started = nanoClock.getAsLong();
        private final boolean recomputable;
        private boolean holdsTurn;
        private boolean holdsExpensive;
        /** Holds the bounded queries' lane ({@link #enterBounded}): never expensive. */
        private boolean holdsBounded;

        /** @param taken what the turn holds: an ordinary turn, the expensive slot or the bounded queries' lane */
        private Turn(long deadline, ScheduledFuture<?> stopping, Semaphore taken, boolean recomputable) {
            this.deadline = deadline;
            this.stopping = stopping;
            this.holdsTurn = taken == turns;
            this.holdsExpensive = taken == expensive;
            this.holdsBounded = taken == bounded;
            this.recomputable = recomputable;
        }

        /** True once the query has been admitted to the expensive slot. */
        boolean expensive() {
            return holdsExpensive;
        }

        /**
         * The query's cost so far: {@code bindings} intermediate rows. When it is over the gate's threshold the
         * query trades its turn for the expensive slot, waiting for it; it is cancelled (the timeout's error) when
         * the slot is not free before its limit. A recomputable query does not wait: {@link SlotTaken} when the
         * slot is not free at once; a bounded one ({@link #enterBounded}) keeps its turn. Past its limit the query is
         * cancelled here, whatever its turn: the stop run at
         * the limit reaches the engine's iterators only, and a research table read before the engine starts would
         * read on to its end.
         */
        void charge(long bindings) {
            long now = checkedLimit();
            if (holdsBounded) return;
            if (!holdsTurn) { // admitted to the expensive slot, or cancelled for want of it
                if (holdsExpensive) return;
                throw new QueryCancelledException();
            }
            long computed = now - started;
            if (bindings <= expensiveAfter.bindings() && computed <= TimeUnit.MILLISECONDS.toNanos(expensiveAfter.millis())) {
                return;
            }
            turns.release();
            holdsTurn = false;
            LOG.debug("expensive after {} ms, {} rows", TimeUnit.NANOSECONDS.toMillis(computed), bindings);
            if (recomputable) {
                holdsExpensive = expensive.tryAcquire();
                LOG.debug(holdsExpensive ? "expensive slot taken at once" : "expensive slot held: dropped, to wait");
                if (!holdsExpensive) throw new SlotTaken();
                return;
            }
            try {
                holdsExpensive = acquireBefore(expensive, deadline);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LOG.debug(holdsExpensive ? "expensive slot taken after waiting" : "no expensive slot within the limit");
            if (!holdsExpensive) throw new QueryCancelledException();
        }

        /**
         * Cancels the query (the timeout's error) when its limit has passed; else the clock's reading. Also checked
         * once an answer is computed whole, before it is written: writing a large one is work past the limit too.
         */
        long checkedLimit() {
            long now = nanoClock.getAsLong();
            if (deadline != Long.MAX_VALUE && now - deadline > 0) throw new QueryCancelledException();
            return now;
        }

        @Override
        public void close() {
            if (LOG.isDebugEnabled() && (holdsTurn || holdsExpensive || holdsBounded)) {
                LOG.debug("{} given back after {} ms", holdsTurn ? "turn" : holdsExpensive ? "expensive slot"
                        : "bounded lane", TimeUnit.NANOSECONDS.toMillis(nanoClock.getAsLong() - started));
            }
            if (stopping != null) stopping.cancel(false);
            if (holdsTurn) turns.release();
            if (holdsExpensive) expensive.release();
            if (holdsBounded) bounded.release();
            holdsTurn = false;
            holdsExpensive = false;
            holdsBounded = false;
        }
    }
}
