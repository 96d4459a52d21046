package org.fuliankg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.fuliankg.rdf.table.ResearchTables;
import org.fuliankg.store.table.TableGraphDump;
import org.junit.jupiter.api.Test;

/**
 * The table reader holds a research table's cells before the engine starts; they count as the query's rows, so a
 * large table read becomes expensive while it reads: with the expensive slot taken it is stopped there (holding
 * only what it read up to the first charge over the threshold), and it answers once it has the slot.
 */
class TableReadCostTest {

    private static final int ROWS = 3_000;
    private static final String TABLE = ResearchTables.graph("posts");
    private static final Query SORTED = QueryFactory.create("SELECT ?v WHERE { GRAPH <" + TABLE
            + "> { ?row <urn:x:column> ?v } } ORDER BY DESC(?v) LIMIT 1");

    @Test
    void aLargeTableReadIsStoppedWhileItReadsWhenTheExpensiveSlotIsTaken() throws Exception {
        DatasetGraph dataset = table();
        QueryGate gate = new QueryGate(2, new QueryGate.Cost(Long.MAX_VALUE, 1_000), () -> 0);
        QueryGate.Turn heavy = gate.enter(0, 0, () -> {});
        heavy.charge(2_000); // another query holds the expensive slot
        AtomicLong read = new AtomicLong();
        try (QueryGate.Turn turn = gate.enterRecomputable(0, 0, () -> {})) {
            assertThrows(QueryGate.SlotTaken.class, () -> read(dataset, turn, read));
        }
        assertEquals(CostMeter.EVERY, read.get(), "stopped at the first charge over 1,000 rows, before the engine ran");
        heavy.close();
        try (QueryGate.Turn slot = gate.enterExpensive(0, 0, () -> {})) {
            assertEquals(1, read(dataset, slot, read));
        }
    }

    @Test
    void aTableReadBelowTheThresholdStaysCheapAndOneAboveItBecomesExpensive() throws Exception {
        DatasetGraph dataset = table();
        for (long threshold : new long[] {100 * ROWS, ROWS / 2}) {
            QueryGate gate = new QueryGate(1, new QueryGate.Cost(Long.MAX_VALUE, threshold), () -> 0);
            AtomicLong read = new AtomicLong();
            try (QueryGate.Turn turn = gate.enterRecomputable(0, 0, () -> {})) {
                assertEquals(1, read(dataset, turn, read));
                assertEquals(ROWS, read.get(), "every cell is counted");
                assertEquals(threshold < ROWS, turn.expensive(), "threshold " + threshold);
            }
        }
    }

    @Test
    void aTableReadIsStoppedAtTheFirstChargePastItsLimit() throws Exception {
        DatasetGraph dataset = table();
        AtomicLong clock = new AtomicLong();
        QueryGate gate = new QueryGate(1, new QueryGate.Cost(Long.MAX_VALUE, Long.MAX_VALUE), clock::get);
        AtomicLong read = new AtomicLong();
        try (QueryGate.Turn slot = gate.enterExpensive(0, 1_000, () -> {})) {
            // the limit passes while the 10th cell is read: the read stops at the next charge, the engine never runs
            assertThrows(QueryCancelledException.class, () -> read(dataset, slot, () -> {
                if (read.incrementAndGet() == 10) clock.set(TimeUnit.MILLISECONDS.toNanos(1_001));
            }));
        }
        assertEquals(CostMeter.EVERY, read.get());
    }

    /** The sorted query's rows as the server reads them: the table reader, metered against {@code turn}. */
    private static long read(DatasetGraph dataset, QueryGate.Turn turn, AtomicLong cells) {
        return read(dataset, turn, (Runnable) cells::incrementAndGet);
    }

    /** As above, {@code cellRead} run for every cell read before the meter counts it. */
    private static long read(DatasetGraph dataset, QueryGate.Turn turn, Runnable cellRead) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(SORTED).build()) {
                CostMeter.attach(exec.getContext(), turn);
                Runnable meter = CostMeter.rowsOf(exec.getContext());
                var rows = TableGraphDump.rows(SORTED, dataset, exec.getContext(), () -> {
                    cellRead.run();
                    meter.run();
                });
                assertNotNull(rows, "the table reader takes the query");
                return Iter.count(rows);
            }
        });
    }

    private static DatasetGraph table() {
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < ROWS; i++) {
                dataset.add(Quad.create(NodeFactory.createURI(TABLE), NodeFactory.createURI(TABLE + "/row" + i),
                        NodeFactory.createURI("urn:x:column"), NodeFactory.createLiteralString("v" + i)));
            }
        });
        return dataset;
    }
}
