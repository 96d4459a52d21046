package org.fuliankg.rdf.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;

/**
 * One ledger row being summed: the aggregates of the full-graph ledger over the figures of one programme, region,
 * period, kind and measure, with SPARQL's arithmetic (Jena's own), so that the totals have the types and values
 * the full-graph form gives.
 */
final class LedgerSum {

    private static final NodeValue ZERO = NodeValue.makeInteger(0);
    /** Left-out figures a row lists; past them it counts. */
    static final int LISTED = 50;

    private final Node programme;
    private final String programmeName;
    private final LedgerRegions.Region region;
    private final String period;
    private final String kind;
    private final String measure;
    private NodeValue lowSum = ZERO;
    private NodeValue lowMax;
    private NodeValue midSum = ZERO;
    private NodeValue midMax;
    private NodeValue highSum = ZERO;
    private int open;
    private int figures;
    private final Set<String> documents = new HashSet<>();
    private final Set<String> yearFrom = new LinkedHashSet<>();
    private final List<String> notes = new ArrayList<>();

    LedgerSum(Node programme, String programmeName, LedgerRegions.Region region, LedgerFigure first) {
        this.programme = programme;
        this.programmeName = programmeName;
        this.region = region;
        this.period = first.period();
        this.kind = first.kind();
        this.measure = first.measure();
    }

    /** @param note the figure's label and reason when it is left out, else null */
    void add(LedgerFigure figure, String note) {
        lowSum = XSDFuncOp.numAdd(figure.low(), lowSum);
        lowMax = max(lowMax, figure.low());
        midSum = XSDFuncOp.numAdd(figure.mid(), midSum);
        midMax = max(midMax, figure.mid());
        highSum = XSDFuncOp.numAdd(figure.high(), highSum);
        if (figure.open()) open++;
        yearFrom.add(figure.yearFrom());
        if (note != null) {
            notes.add(note);
        } else {
            figures++;
            documents.add(figure.document());
        }
    }

    void write(Node row, Graph ledger) {
        boolean cumulative = kind.equals("cumulative");
        cell(ledger, row, Columns.PROGRAMME_NAME, text(programmeName));
        cell(ledger, row, Columns.REGION_CODE, text(region.code()));
        cell(ledger, row, Columns.REGION_NAME, text(region.name()));
        cell(ledger, row, Columns.PERIOD, text(period));
        cell(ledger, row, Columns.KIND, text(kind));
        cell(ledger, row, Columns.MEASURE, text(measure));
        if (figures > 0) {
            cell(ledger, row, Columns.LOWER_BOUND, (cumulative ? lowMax : lowSum).asNode());
            cell(ledger, row, Columns.APPROXIMATE_TOTAL, (cumulative ? midMax : midSum).asNode());
            if (open == 0) cell(ledger, row, Columns.UPPER_BOUND, highSum.asNode());
        }
        cell(ledger, row, Columns.FIGURES, NodeValue.makeInteger(figures).asNode());
        cell(ledger, row, Columns.DOCUMENTS, NodeValue.makeInteger(documents.size()).asNode());
        cell(ledger, row, Columns.YEAR_FROM, text(String.join(", ", yearFrom)));
        cell(ledger, row, Columns.LEFT_OUT, text(leftOut()));
        if (programme != null) cell(ledger, row, Columns.PROGRAMME, programme);
        if (region.iri() != null) cell(ledger, row, Columns.REGION, region.iri());
    }

    private String leftOut() {
        String listed = listed(String.join(" | ", notes), notes.size());
        if (!kind.equals("cumulative") || figures <= 1) return listed;
        return "largest of " + figures + " cumulative totals of this period (they may hold the same money)"
                + (listed.isEmpty() ? "" : " | ") + listed;
    }

    /**
     * The figures left out, listed, or only counted when there are more than {@value #LISTED}, as the full-graph query
     * gives them: a catch-all row of 10,000 articles (no programme, region or year) listed every per-person standard,
     * 940 KB in one cell where a spreadsheet keeps 32,767 characters. Counted, not cut: the order of the notes differs
     * between the two forms, so no first 50 would be the same.
     */
    static String listed(String notes, int count) {
        return count <= LISTED ? notes : count + " figures left out (too many to list: each is in the fundings table)";
    }

    /** SPARQL's MAX: the first of equal values stays. */
    private static NodeValue max(NodeValue soFar, NodeValue next) {
        return soFar == null || NodeValue.compareAlways(next, soFar) > 0 ? next : soFar;
    }

    private static Node text(String value) {
        return NodeFactory.createLiteralString(value);
    }

    private static void cell(Graph ledger, Node row, Node column, Node value) {
        ledger.add(row, column, value);
    }
}
