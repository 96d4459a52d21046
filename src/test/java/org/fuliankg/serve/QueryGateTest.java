package org.fuliankg.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.query.QueryCancelledException;
import org.junit.jupiter.api.Test;

/** The turns that bound how many queries compute at once, and the single slot of expensive ones. */
class QueryGateTest {

    /** Expensive after 100 intermediate rows; never by time, as the tests' clock stands still unless moved. */
    private static final QueryGate.Cost AFTER_100_ROWS = new QueryGate.Cost(Long.MAX_VALUE, 100);
    private static final long MINUTES_10 = TimeUnit.MINUTES.toMillis(10);

    private final AtomicLong clock = new AtomicLong();

    @Test
    void a_query_without_a_turn_within_its_limit_gets_none() throws InterruptedException {
        QueryGate gate = new QueryGate(1);
        try (QueryGate.Turn held = gate.enter(gate.now(), 0, () -> {})) {
            assertNotNull(held);
            // the only turn is held by this very thread: no wait of any length can end with a turn
            assertNull(gate.enter(gate.now(), 1, () -> {}));
        }
        try (QueryGate.Turn again = gate.enter(gate.now(), 1, () -> {})) {
            assertNotNull(again, "a closed turn is free again");
        }
    }

    @Test
    void two_turns_let_two_queries_compute_at_once() throws InterruptedException {
        QueryGate gate = new QueryGate(2);
        try (QueryGate.Turn first = gate.enter(gate.now(), 0, () -> {});
             QueryGate.Turn second = gate.enter(gate.now(), 1, () -> {})) {
            assertNotNull(second);
            assertNull(gate.enter(gate.now(), 1, () -> {}));
        }
    }

    @Test
    void the_limit_counts_from_the_requests_arrival() throws InterruptedException {
        QueryGate gate = new QueryGate(1, AFTER_100_ROWS, clock::get);
        clock.set(TimeUnit.MILLISECONDS.toNanos(MINUTES_10));
        // arrived at 0, now at its limit: no turn is free, and there is no time left to wait for one
        try (QueryGate.Turn blocker = gate.enter(0, 0, () -> {})) {
            assertNull(gate.enter(0, MINUTES_10, () -> {}));
        }
    }

    @Test
    void a_query_that_waited_is_stopped_when_the_rest_of_its_limit_has_passed() throws Exception {
        QueryGate gate = new QueryGate(1, AFTER_100_ROWS, clock::get);
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch admitted = new CountDownLatch(1);
        QueryGate.Turn held = gate.enter(clock.get(), 0, () -> {});
        Thread waiting = new Thread(() -> {
            try (QueryGate.Turn turn = gate.enter(0, MINUTES_10, stopped::countDown)) {
                admitted.countDown();
                stopped.await(10, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiting.start();
        while (!gate.hasWaiting()) Thread.onSpinWait();
        // the waiting query's clock says it waited all but 1 ms of its limit, however long it really waited
        clock.set(TimeUnit.MILLISECONDS.toNanos(MINUTES_10 - 1));
        held.close();
        assertTrue(admitted.await(10, TimeUnit.MINUTES), "the waiting query got the turn");
        assertTrue(stopped.await(10, TimeUnit.MINUTES), "the stop ran after the 1 ms left");
        waiting.join();
    }

    @Test
    void one_expensive_query_at_a_time_while_cheap_ones_keep_their_turns() throws Exception {
        QueryGate gate = new QueryGate(2, AFTER_100_ROWS, clock::get);
        QueryGate.Turn first = gate.enter(0, MINUTES_10, () -> {});
        first.charge(50);
        assertFalse(first.expensive(), "50 rows: still cheap");
        first.charge(101);
        assertTrue(first.expensive(), "over 100 rows: admitted to the free expensive slot");

        CountDownLatch secondExpensive = new CountDownLatch(1);
        Thread second = new Thread(() -> {
            try (QueryGate.Turn turn = gate.enter(0, MINUTES_10, () -> {})) {
                turn.charge(1_000); // waits: the expensive slot is taken
                secondExpensive.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        second.start();
        while (!gate.hasWaitingExpensive()) Thread.onSpinWait();
        // both turns are free (the expensive queries gave theirs back): two cheap queries compute meanwhile
        try (QueryGate.Turn cheap = gate.enter(0, 1, () -> {}); QueryGate.Turn other = gate.enter(0, 1, () -> {})) {
            assertNotNull(cheap);
            assertNotNull(other);
        }
        assertTrue(second.isAlive() && secondExpensive.getCount() == 1, "the second expensive query still waits");
        first.close();
        assertTrue(secondExpensive.await(10, TimeUnit.MINUTES), "admitted once the first is done");
        second.join();
    }

    @Test
    void an_expensive_query_that_cannot_get_the_slot_within_its_limit_is_cancelled() throws InterruptedException {
        QueryGate gate = new QueryGate(2, AFTER_100_ROWS, clock::get);
        try (QueryGate.Turn first = gate.enter(0, 0, () -> {}); QueryGate.Turn late = gate.enter(0, 1, () -> {})) {
            first.charge(1_000);
            clock.set(TimeUnit.MILLISECONDS.toNanos(1)); // the late query's limit has passed
            assertThrows(QueryCancelledException.class, () -> late.charge(1_000));
        }
        try (QueryGate.Turn a = gate.enter(0, 0, () -> {}); QueryGate.Turn b = gate.enter(0, 0, () -> {})) {
            a.charge(1_000);
            assertTrue(a.expensive(), "every turn and the slot were given back");
        }
    }

    @Test
    void a_recomputable_query_does_not_wait_holding_its_work_but_waits_for_the_slot_with_nothing() throws Exception {
        QueryGate gate = new QueryGate(2, AFTER_100_ROWS, clock::get);
        QueryGate.Turn first = gate.enter(0, MINUTES_10, () -> {});
        first.charge(1_000); // holds the expensive slot
        try (QueryGate.Turn second = gate.enterRecomputable(0, MINUTES_10, () -> {})) {
            second.charge(50);
            assertThrows(QueryGate.SlotTaken.class, () -> second.charge(1_000));
            assertThrows(QueryCancelledException.class, () -> second.charge(1_001), "it holds nothing any more");
        }
        // both ordinary turns are free while it waits for the slot
        try (QueryGate.Turn a = gate.enter(0, 1, () -> {}); QueryGate.Turn b = gate.enter(0, 1, () -> {})) {
            assertNotNull(a);
            assertNotNull(b);
        }
        CountDownLatch admitted = new CountDownLatch(1);
        Thread again = new Thread(() -> {
            try (QueryGate.Turn slot = gate.enterExpensive(0, MINUTES_10, () -> {})) {
                slot.charge(1_000_000); // the slot's holder is never stopped by its cost
                if (slot.expensive()) admitted.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        again.start();
        while (!gate.hasWaitingExpensive()) Thread.onSpinWait();
        first.close();
        assertTrue(admitted.await(10, TimeUnit.MINUTES), "computes again once the slot is free");
        again.join();
        try (QueryGate.Turn slot = gate.enterExpensive(0, 1, () -> {})) {
            assertNotNull(slot, "the slot was given back");
        }
    }

    @Test
    void a_recomputable_query_takes_a_free_slot_without_stopping() throws InterruptedException {
        QueryGate gate = new QueryGate(1, AFTER_100_ROWS, clock::get);
        try (QueryGate.Turn turn = gate.enterRecomputable(0, MINUTES_10, () -> {})) {
            turn.charge(1_000);
            assertTrue(turn.expensive());
        }
        try (QueryGate.Turn next = gate.enter(0, 1, () -> {})) {
            assertNotNull(next, "its turn was given back when it took the slot");
        }
    }

    @Test
    void a_query_is_expensive_after_computing_longer_than_the_threshold() throws InterruptedException {
        QueryGate gate = new QueryGate(1, new QueryGate.Cost(1_000, Long.MAX_VALUE), clock::get);
        try (QueryGate.Turn turn = gate.enter(0, 0, () -> {})) {
            clock.set(TimeUnit.MILLISECONDS.toNanos(1_000));
            turn.charge(1);
            assertFalse(turn.expensive(), "1,000 ms: not over");
            clock.set(TimeUnit.MILLISECONDS.toNanos(1_001));
            turn.charge(1);
            assertTrue(turn.expensive());
        }
    }

    @Test
    void a_query_is_cancelled_at_its_first_charge_past_its_limit_even_in_the_expensive_slot() throws Exception {
        QueryGate gate = new QueryGate(1, AFTER_100_ROWS, clock::get);
        try (QueryGate.Turn slot = gate.enterExpensive(0, MINUTES_10, () -> {})) {
            slot.charge(1_000_000);
            clock.set(TimeUnit.MILLISECONDS.toNanos(MINUTES_10));
            slot.charge(1_000_001); // at the limit itself: not past it
            clock.set(TimeUnit.MILLISECONDS.toNanos(MINUTES_10) + 1);
            assertThrows(QueryCancelledException.class, () -> slot.charge(1_000_002));
        }
        try (QueryGate.Turn cheap = gate.enter(0, MINUTES_10, () -> {})) {
            assertThrows(QueryCancelledException.class, () -> cheap.charge(1), "a cheap query as well");
        }
        try (QueryGate.Turn unlimited = gate.enter(0, 0, () -> {})) {
            clock.set(Long.MAX_VALUE);
            unlimited.charge(1); // no limit: never past it
        }
    }

    @Test
    void an_answer_computed_whole_past_the_limit_is_cancelled_before_it_is_written() throws Exception {
        QueryGate gate = new QueryGate(1, AFTER_100_ROWS, clock::get);
        try (QueryGate.Turn turn = gate.enter(0, MINUTES_10, () -> {})) {
            clock.set(TimeUnit.MILLISECONDS.toNanos(MINUTES_10));
            turn.checkedLimit(); // at the limit itself: written
            clock.set(TimeUnit.MILLISECONDS.toNanos(MINUTES_10) + 1);
            assertThrows(QueryCancelledException.class, turn::checkedLimit);
        }
        try (QueryGate.Turn unlimited = gate.enter(0, 0, () -> {})) {
            clock.set(Long.MAX_VALUE);
            unlimited.checkedLimit(); // no limit: never past it
        }
    }

    @Test
    void a_bounded_query_takes_no_turn_keeps_its_lane_past_any_cost_while_the_slot_is_taken_and_stops_at_its_limit()
            throws Exception {
        QueryGate gate = new QueryGate(1, new QueryGate.Cost(1_000, 100), clock::get);
        try (QueryGate.Turn expensive = gate.enterExpensive(0, 0, () -> {});
             QueryGate.Turn cheap = gate.enter(0, 0, () -> {});
             QueryGate.Turn page = gate.enterBounded(0, MINUTES_10, () -> {})) {
            assertNotNull(page, "the only turn and the slot are taken: a page waits for neither");
            assertNull(gate.enterBounded(0, 1, () -> {}), "one bounded query at a time");
            assertTrue(expensive.expensive(), "a 30-second query holds the expensive slot");
            clock.set(TimeUnit.MILLISECONDS.toNanos(5_000));
            page.charge(1_000_000); // over both thresholds: an ordinary query would wait here for the slot
            assertFalse(page.expensive(), "computes on in its lane, waiting for nothing");
            assertFalse(gate.hasWaitingExpensive());
            clock.set(TimeUnit.MILLISECONDS.toNanos(MINUTES_10) + 1);
            assertThrows(QueryCancelledException.class, () -> page.charge(1_000_001), "bounded by its limit still");
        }
        try (QueryGate.Turn turn = gate.enter(0, 1, () -> {}); QueryGate.Turn page = gate.enterBounded(0, 1, () -> {})) {
            assertNotNull(turn, "the turn given back");
            assertNotNull(page, "the lane given back");
        }
    }
}
