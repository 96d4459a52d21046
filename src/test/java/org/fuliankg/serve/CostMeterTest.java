package org.fuliankg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase1;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;

/**
 * The engine reports a query's cost to its turn while it computes: a query that sorts 3,000 rows (nothing reaches
 * the client before the sort is done) is known as expensive by its intermediate rows, on TDB2 and in memory.
 */
class CostMeterTest {

    private static final int TRIPLES = 3_000;
    private static final String SORTED = "SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY DESC(?o) LIMIT 1";
    private static final String STOPPING_KEY = "urn:x:stopping-key";

    @Test
    void aQueryOverTheRowThresholdBecomesExpensiveWhileItComputes() throws InterruptedException {
        for (DatasetGraph dataset : List.of(DatabaseMgr.createDatasetGraph(), DatasetGraphFactory.createTxnMem())) {
            fill(dataset);
            assertTrue(expensiveAfter(dataset, 1_000), dataset.getClass().getSimpleName());
            assertFalse(expensiveAfter(dataset, 10 * TRIPLES), "below the threshold it stays cheap");
        }
    }

    @Test
    void aRecomputableQueryIsStoppedInsideTheEngineWhenTheSlotIsTakenAndAnswersWhenItHasTheSlot() throws Exception {
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        fill(dataset);
        QueryGate gate = new QueryGate(2, new QueryGate.Cost(Long.MAX_VALUE, 1_000), () -> 0);
        QueryGate.Turn heavy = gate.enter(0, 0, () -> {});
        heavy.charge(2_000); // another query holds the expensive slot
        try (QueryGate.Turn turn = gate.enterRecomputable(0, 0, () -> {})) {
            assertThrows(QueryGate.SlotTaken.class, () -> sorted(dataset, turn), "stopped while it sorts");
        }
        heavy.close();
        try (QueryGate.Turn slot = gate.enterExpensive(0, 0, () -> {})) {
            assertEquals(1, sorted(dataset, slot));
        }
    }

    @Test
    void theStopAtTheLimitCancelsASortOfASecondExecutionWhereItStands() throws InterruptedException {
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        fill(dataset);
        AtomicInteger keys = new AtomicInteger();
        AtomicReference<Runnable> stop = new AtomicReference<>();
        // the sort key counts its evaluations and, at the 100th, runs the stop as the gate's timer does at the limit
        FunctionRegistry.get().put(STOPPING_KEY, uri -> new FunctionBase1() {
            @Override
            public NodeValue exec(NodeValue v) {
                if (keys.incrementAndGet() == 100) stop.get().run();
                return v;
            }
        });
        QueryGate gate = new QueryGate(1, new QueryGate.Cost(Long.MAX_VALUE, Long.MAX_VALUE), () -> 0);
        try (QueryGate.Turn turn = gate.enter(0, 0, () -> {})) {
            Txn.executeRead(dataset, () -> {
                try (QueryExec query = QueryExec.dataset(dataset).query(SORTED).build()) {
                    CostMeter.attach(query.getContext(), turn);
                    stop.set(CostMeter.stopping(query));
                    // as the table reader runs the rest of a query: a second execution with the query's context
                    try (QueryExec second = QueryExec.dataset(dataset).query("SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } } "
                            + "ORDER BY <" + STOPPING_KEY + ">(?o)").context(query.getContext()).build()) {
                        assertThrows(QueryCancelledException.class, () -> Iter.count(second.select()));
                    }
                }
            });
        } finally {
            FunctionRegistry.get().remove(STOPPING_KEY);
        }
        // two keys a comparison: stopped at the comparison after the stop, not after the sort's ~70,000 keys
        assertTrue(keys.get() <= 102, keys.get() + " sort keys evaluated");
    }

    private static long sorted(DatasetGraph dataset, QueryGate.Turn turn) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(SORTED).build()) {
                CostMeter.attach(exec.getContext(), turn);
                return Iter.count(exec.select());
            }
        });
    }

    private static boolean expensiveAfter(DatasetGraph dataset, long rows) throws InterruptedException {
        QueryGate gate = new QueryGate(1, new QueryGate.Cost(Long.MAX_VALUE, rows), () -> 0);
        try (QueryGate.Turn turn = gate.enter(0, 0, () -> {})) {
            Txn.executeRead(dataset, () -> {
                try (QueryExec exec = QueryExec.dataset(dataset).query(SORTED).build()) {
                    CostMeter.attach(exec.getContext(), turn);
                    assertEquals(1, Iter.count(exec.select()));
                }
            });
            return turn.expensive();
        }
    }

    private static void fill(DatasetGraph dataset) {
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < TRIPLES; i++) {
                dataset.add(Quad.create(NodeFactory.createURI("urn:x:g"), NodeFactory.createURI("urn:x:s" + i),
                        NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("v" + i)));
            }
        });
    }
}
