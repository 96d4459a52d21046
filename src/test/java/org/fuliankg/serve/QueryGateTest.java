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
    void a_query_still_computing_when_its_time_is_up_is_stopped() throws InterruptedException {
        QueryGate gate = new QueryGate(1);
        CountDownLatch stopped = new CountDownLatch(1);
        try (QueryGate.Turn turn = gate.enter(1, stopped::countDown)) {
            assertNotNull(turn);
            assertTrue(stopped.await(10, TimeUnit.MINUTES), "the stop ran");
        }
    }
}
