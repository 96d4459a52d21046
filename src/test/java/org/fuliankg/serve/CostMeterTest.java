package org.fuliankg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
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

    private static long sorted(DatasetGraph dataset, QueryGate.Turn turn) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(SORTED).build()) {
                CostMeter.attach(exec.getContext(), turn);
                return org.apache.jena.atlas.iterator.Iter.count(exec.select());
            }
        });
    }

    private static boolean expensiveAfter(DatasetGraph dataset, long rows) throws InterruptedException {
        QueryGate gate = new QueryGate(1, new QueryGate.Cost(Long.MAX_VALUE, rows), () -> 0);
        try (QueryGate.Turn turn = gate.enter(0, 0, () -> {})) {
            Txn.executeRead(dataset, () -> {
                try (QueryExec exec = QueryExec.dataset(dataset).query(SORTED).build()) {
                    CostMeter.attach(exec.getContext(), turn);
                    assertEquals(1, org.apache.jena.atlas.iterator.Iter.count(exec.select()));
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
