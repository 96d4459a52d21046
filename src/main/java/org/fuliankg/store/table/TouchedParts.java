package org.fuliankg.store.table;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The parts of the summaries that the documents of an incremental rebuild touch ({@link SummaryPartition}), noted
 * while the rebuild drops their old graphs and rows and writes the new ones; {@link SummaryTables#update} then
 * recomputes only those parts. Holds values only, not the documents.
 */
public final class TouchedParts {

    private final Map<String, SummaryPartition> partitions;
    private final Map<String, Set<Node>> values = new HashMap<>();

    TouchedParts(Map<String, SummaryPartition> partitions) {
        this.partitions = partitions;
    }

    /**
     * Notes what one changed document touches: its graph {@code documentGraph} as {@code dataset} holds it (before the
     * graph is dropped, or once it is written) and its rows of the per-document tables ({@code rows}, dropped or
     * written with it). In the rebuild's transaction.
     */
    public void add(DatasetGraph dataset, String documentGraph, List<Quad> rows) {
        Node graph = NodeFactory.createURI(documentGraph);
        partitions.forEach((summary, parts) -> parts.touched(dataset, graph, rows,
                values.computeIfAbsent(summary, s -> new HashSet<>())));
    }

    /** The values of the parts of {@code summary} touched so far. */
    Set<Node> values(String summary) {
        return values.getOrDefault(summary, Set.of());
    }
}
