package org.fuliankg.rdf.table;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A table computed whole (the ledger, the summaries) or in part (the summaries' parts an incremental rebuild
 * touches) written into a store as the difference to the stored rows, so that a rebuild which changes a few
 * documents changes only the rows they touch.
 */
public final class StoredTable {

    /**
     * What a table's writing did: {@code computed} rows were computed (the whole table, or the parts recomputed),
     * {@code changed} of the stored rows were written (added, removed, or with a cell changed).
     */
    public record Written(int computed, int changed) {
        public Written plus(Written other) {
            return new Written(computed + other.computed, changed + other.changed);
        }
    }

    private StoredTable() {}

    /**
     * Makes the graph {@code table} of {@code dataset} hold exactly {@code computed}; in a write transaction.
     *
     * @return the rows changed (added, removed, or with a cell changed)
     */
    public static int replace(DatasetGraph dataset, Node table, Graph computed) {
        return replace(dataset, table, dataset.getGraph(table), computed);
    }

    /**
     * Makes the rows {@code stored} of the graph {@code table} of {@code dataset} (a part of its rows, or all) hold
     * exactly {@code computed}; in a write transaction.
     *
     * @return the rows changed (added, removed, or with a cell changed)
     */
    public static int replace(DatasetGraph dataset, Node table, Graph stored, Graph computed) {
        // the stored rows read in one scan: asking the store whether it holds each computed triple took a probe each
        // (the ledger's 600,000 cells at 10,000 articles)
        Graph read = GraphFactory.createDefaultGraph();
        stored.find().forEachRemaining(read::add);
        List<Triple> gone = read.find().filterDrop(computed::contains).toList();
        List<Triple> added = computed.find().filterDrop(read::contains).toList();
        gone.forEach(t -> dataset.delete(table, t.getSubject(), t.getPredicate(), t.getObject()));
        added.forEach(t -> dataset.add(table, t.getSubject(), t.getPredicate(), t.getObject()));
        Set<Node> changed = new HashSet<>();
        gone.forEach(t -> changed.add(t.getSubject()));
        added.forEach(t -> changed.add(t.getSubject()));
        return changed.size();
    }
}
