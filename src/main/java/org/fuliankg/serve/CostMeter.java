package org.fuliankg.serve;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIteratorWrapper;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * Tells a query's {@link QueryGate.Turn} what the query has cost so far, from inside the engine: every operator's
 * rows are counted, and every {@value #EVERY} of them the turn is charged. So a query that sorts or groups
 * (computing long before its first answer row) is known as expensive while it computes, and waits there for the
 * expensive slot. Built on TDB2's executor, which runs other datasets with ARQ's plain one.
 *
 * <p>It also keeps the query's sorts open now, so that {@link #stopping the stop at its time limit} reaches them: a
 * sort counts no rows while it sorts, and the engine's abort cancels the sorts of its own execution only, while a
 * research table's rows are sorted by a second one ({@link org.fuliankg.store.table.TableGraphDump}), which would sort on
 * to its end past the limit.
 */
final class CostMeter extends OpExecutorTDB2 {

    /** The query's counter: one for all the executors the engine creates (one per sub-plan it runs). */
    private static final Symbol COUNTER = Symbol.create("https://w3id.org/fulian-kg/serve#cost");
    /** Rows between charges: a clock reading per row would cost more than the row. */
    static final int EVERY = 1024;

    /** Meters the query of {@code queryContext} (a query execution's context, before it runs) against {@code turn}. */
    static void attach(Context queryContext, QueryGate.Turn turn) {
        queryContext.set(COUNTER, new Counter(turn));
        QC.setFactory(queryContext, CostMeter::new);
    }

    /**
     * What stops {@code exec} at its time limit: the engine's abort, and every sort of the query cancelled where it
     * stands (also those of a second execution with the query's context).
     */
    static Runnable stopping(QueryExec exec) {
        return () -> {
            exec.abort();
            Counter metered = exec.getContext().get(COUNTER);
            if (metered != null) metered.sorts.forEach(QueryIterator::cancel);
        };
    }

    /**
     * Counts one row of the query of {@code queryContext} outside the engine (a research table's cell read by
     * {@link org.fuliankg.store.table.TableGraphDump}): what a query holds before the engine starts is its cost too.
     */
    static Runnable rowsOf(Context queryContext) {
        Counter metered = queryContext.get(COUNTER);
        return metered == null ? () -> {} : metered::row;
    }

    /** Cancels the query of {@code queryContext} (the timeout's error) when its turn's limit has passed. */
    static void checkLimit(Context queryContext) {
        Counter metered = queryContext.get(COUNTER);
        if (metered != null && metered.turn != null) metered.turn.checkedLimit();
    }

    private final Counter counter;

    private CostMeter(ExecutionContext execCxt) {
        super(execCxt);
        Counter metered = execCxt.getContext().get(COUNTER);
        this.counter = metered == null ? new Counter(null) : metered;
    }

    @Override
    protected QueryIterator exec(Op op, QueryIterator input) {
        return new Metered(super.exec(op, input), counter);
    }

    @Override
    protected QueryIterator execute(OpOrder order, QueryIterator input) {
        return new Sort(super.execute(order, input), counter);
    }

    /** The rows of one query, all its operators together, and its sorts open now. */
    private static final class Counter {
        private final QueryGate.Turn turn;
        private final Set<QueryIterator> sorts = ConcurrentHashMap.newKeySet();
        private long rows;

        Counter(QueryGate.Turn turn) {
            this.turn = turn;
        }

        void row() {
            if (++rows % EVERY == 0 && turn != null) turn.charge(rows);
        }
    }

    /** A sort, known to its query's counter while it is open. */
    private static final class Sort extends QueryIteratorWrapper {
        private final Counter counter;

        Sort(QueryIterator sort, Counter counter) {
            super(sort);
            this.counter = counter;
            counter.sorts.add(this);
        }

        @Override
        protected void closeIterator() {
            counter.sorts.remove(this);
            super.closeIterator();
        }
    }

    private static final class Metered extends QueryIteratorWrapper {
        private final Counter counter;

        Metered(QueryIterator iterator, Counter counter) {
            super(iterator);
            this.counter = counter;
        }

        @Override
        protected Binding moveToNextBinding() {
            counter.row();
            return super.moveToNextBinding();
        }
    }
}
