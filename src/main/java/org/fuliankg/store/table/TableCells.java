package org.fuliankg.store.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.ObjIntConsumer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The cells of one research table's graph, read a column or a row at a time, in the store's index order.
 * On a TDB2 store they are read from its quad index as node ids, each distinct node decoded once: read as quads,
 * every cell decodes its graph, column and row again (four node-table lookups where one is needed). Rows are keys,
 * equal for one row, turned into their node by {@link #row}. In a read transaction.
 */
abstract class TableCells {

    /** The cells of {@code graph} in {@code dataset}: by node id on a TDB2 store, else by {@code find}. */
    static TableCells of(DatasetGraph dataset, Node graph) {
        DatasetGraph inner = dataset instanceof DatasetGraphText text ? text.getWrapped() : dataset;
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(inner);
        return tdb == null ? new Found(dataset, graph) : new Ids(tdb.getQuadTable().getNodeTupleTable(), graph);
    }

    /** Calls {@code cell} with the row and value of each cell of a column; {@code value} ANY, or the value wanted. */
    abstract void column(Node predicate, Node value, BiConsumer<Object, Node> cell);

    /** Calls {@code cell} with each value of {@code row} in one of {@code columns} and that column's index there. */
    abstract void cells(Object row, List<Node> columns, ObjIntConsumer<Node> cell);

    /** The node of a row key. */
    abstract Node row(Object key);

    /**
     * Row keys in an order, kept compactly: on a TDB2 store a row (an IRI) is a pointer into the node table, kept as
     * its location (8 bytes a row; a node id object took 32).
     */
    abstract static class RowKeys {
        abstract int size();

        abstract Object get(int index);

        /** The rows' places in the node table, in order; null when a key is not a TDB2 pointer. */
        abstract long[] pointers();

        /** Rows kept as {@link #pointers()}. */
        static RowKeys ofPointers(long[] locations) {
            return new Pointers(locations);
        }

        static RowKeys of(List<Object> keys) {
            long[] locations = new long[keys.size()];
            for (int i = 0; i < locations.length; i++) {
                if (!(keys.get(i) instanceof NodeId id) || !id.isPtr()) return new Any(keys.toArray());
                locations[i] = id.getPtrLocation();
            }
            return new Pointers(locations);
        }

        private static final class Pointers extends RowKeys {
            private final long[] locations;

            Pointers(long[] locations) {
                this.locations = locations;
            }

            @Override
            int size() {
                return locations.length;
            }

            @Override
            Object get(int index) {
                return NodeIdFactory.createPtr(locations[index]);
            }

            @Override
            long[] pointers() {
                return locations;
            }
        }

        private static final class Any extends RowKeys {
            private final Object[] keys;

            Any(Object[] keys) {
                this.keys = keys;
            }

            @Override
            int size() {
                return keys.length;
            }

            @Override
            Object get(int index) {
                return keys[index];
            }

            @Override
            long[] pointers() {
                return null;
            }
        }
    }

    /** Any dataset: quads found by pattern. */
    private static final class Found extends TableCells {
        private final DatasetGraph dataset;
        private final Node graph;

        Found(DatasetGraph dataset, Node graph) {
            this.dataset = dataset;
            this.graph = graph;
        }

        @Override
        void column(Node predicate, Node value, BiConsumer<Object, Node> cell) {
            dataset.find(graph, Node.ANY, predicate, value).forEachRemaining(q -> cell.accept(q.getSubject(), q.getObject()));
        }

        @Override
        void cells(Object row, List<Node> columns, ObjIntConsumer<Node> cell) {
            dataset.find(graph, (Node) row, Node.ANY, Node.ANY).forEachRemaining(q -> {
                int column = columns.indexOf(q.getPredicate());
                if (column >= 0) cell.accept(q.getObject(), column);
            });
        }

        @Override
        Node row(Object key) {
            return (Node) key;
        }
    }

    /** A TDB2 store: tuples of node ids (graph, row, column, value) from its quad indexes. */
    private static final class Ids extends TableCells {
        private final NodeTupleTable quads;
        private final NodeTable nodes;
        private final Node graphNode;
        private final NodeId graph;
        private final Map<Node, NodeId> columns = new HashMap<>();
        private final Map<NodeId, Node> decoded = new HashMap<>(); // pointers only

        Ids(NodeTupleTable quads, Node graph) {
            this.quads = quads;
            this.nodes = quads.getNodeTable();
            this.graphNode = graph;
            this.graph = nodes.getNodeIdForNode(graph);
        }

        @Override
        void column(Node predicate, Node value, BiConsumer<Object, Node> cell) {
            // by nodes: a graph, column or value the store does not hold finds nothing
            quads.findAsNodeIds(graphNode, Node.ANY, predicate, value)
                    .forEachRemaining(t -> cell.accept(t.get(1), node(t.get(3))));
        }

        /**
         * A row's cells by ids, with one range of the (graph, row) index: the row came from a column read, so its
         * graph exists. Only the cells of the columns asked for are decoded.
         */
        @Override
        void cells(Object row, List<Node> wanted, ObjIntConsumer<Node> cell) {
            List<NodeId> ids = new ArrayList<>(wanted.size());
            for (Node column : wanted) ids.add(columns.computeIfAbsent(column, nodes::getNodeIdForNode));
            quads.find(graph, (NodeId) row, NodeId.NodeIdAny, NodeId.NodeIdAny).forEachRemaining(t -> {
                int column = ids.indexOf(t.get(2));
                if (column >= 0) cell.accept(node(t.get(3)), column);
            });
        }

        @Override
        Node row(Object key) {
            return node((NodeId) key);
        }

        /**
         * A node, decoded once per pointer into the node table; a value held in its id (a number, a date) is read
         * from the id. Only pointers share one map: NodeId's equality ignores the id's type.
         */
        private Node node(NodeId id) {
            return id.isPtr() ? decoded.computeIfAbsent(id, nodes::getNodeForNodeId) : nodes.getNodeForNodeId(id);
        }
    }
}
