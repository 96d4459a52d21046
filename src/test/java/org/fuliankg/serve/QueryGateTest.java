package org.fuliankg.serve;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The turns that bound how many queries compute at once. */
class QueryGateTest {

    @Test
    void a_query_without_a_turn_within_its_limit_gets_none() throws InterruptedException {
        QueryGate gate = new QueryGate(1);
        try (QueryGate.Turn held = gate.enter(0, () -> {})) {
            assertNotNull(held);
            // the only turn is held by this very thread: no wait of any length can end with a turn
            assertNull(gate.enter(1, () -> {}));
        }
        try (QueryGate.Turn again = gate.enter(1, () -> {})) {
            assertNotNull(again, "a closed turn is free again");
        }
    }

    @Test
    void two_turns_let_two_queries_compute_at_once() throws InterruptedException {
        QueryGate gate = new QueryGate(2);
        try (QueryGate.Turn first = gate.enter(0, () -> {}); QueryGate.Turn second = gate.enter(1, () -> {})) {
            assertNotNull(second);
            assertNull(gate.enter(1, () -> {}));
        }
    }

    @Test
    void a_query_that_waited_is_stopped_when_the_rest_of_its_limit_has_passed() throws Exception {
        long limit = TimeUnit.MINUTES.toMillis(10);
        // the waiting query's clock says it waited all but 1 ms of its limit, however long it really waited
        long[] readings = {0, TimeUnit.MILLISECONDS.toNanos(limit - 1)};
        int[] read = {0};
        QueryGate gate = new QueryGate(1, () -> readings[Math.min(read[0]++, 1)]);
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch admitted = new CountDownLatch(1);
        QueryGate.Turn held = gate.enter(0, () -> {});
        Thread waiting = new Thread(() -> {
            try (QueryGate.Turn turn = gate.enter(limit, stopped::countDown)) {
                admitted.countDown();
                stopped.await(10, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiting.start();
        while (!gate.hasWaiting()) Thread.onSpinWait();
        held.close();
        assertTrue(admitted.await(10, TimeUnit.MINUTES), "the waiting query got the turn");
        assertTrue(stopped.await(10, TimeUnit.MINUTES), "the stop ran after the 1 ms left");
        waiting.join();
    }
}
