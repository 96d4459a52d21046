package org.fuliankg.rdf.table;

import java.util.Collection;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/** Adds the cells of rows of one table to a list of quads: a column with no value adds nothing. */
final class RowWriter {

    private final Node table;
    private final List<Quad> out;

    RowWriter(Node table, List<Quad> out) {
        this.table = table;
        this.out = out;
    }

    void cell(Node row, Node column, Node value) {
        if (value != null) out.add(Quad.create(table, row, column, value));
    }

    void cells(Node row, Node column, Collection<Node> values) {
        for (Node value : values) cell(row, column, value);
    }
}
