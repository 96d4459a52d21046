package org.fuliankg.rdf.table;

import java.util.Set;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;

/**
 * What one funding figure adds to its ledger row, by the rules of the full-graph ledger's figure SELECT: its
 * measure, why it is left out (or null), and its contributions to the lower bound, the approximate total and the
 * upper bound as SPARQL computes them (0 as an integer for a figure left out, so the sums keep SPARQL's types).
 */
record LedgerFigure(String figure, String document, String period, String kind, String measure, String yearFrom,
                    String reason, NodeValue low, NodeValue mid, NodeValue high, boolean open) {

    private static final NodeValue ZERO = NodeValue.makeInteger(0);
    private static final NodeValue TWO = NodeValue.makeInteger(2);
    private static final Set<String> RECEIVED = Set.of("raised", "donated", "allocated", "value-of-goods");
    private static final Set<String> OPEN = Set.of("approximate", "at-least");

    static LedgerFigure of(LedgerEntry entry, boolean repeats) {
        String role = entry.text(Columns.ROLE) == null ? "" : entry.text(Columns.ROLE);
        String qualifier = entry.text(Columns.QUALIFIER) == null ? "exact" : entry.text(Columns.QUALIFIER);
        String currency = entry.text(Columns.CURRENCY) == null ? "CNY" : entry.text(Columns.CURRENCY);
        String period = entry.text(Columns.PERIOD);
        boolean cumulative = role.equals("cumulative") || entry.node(Columns.CUMULATIVE) != null || period.contains("–");
        String measure = RECEIVED.contains(role) ? "received"
                : role.equals("disbursed") || role.equals("spent") ? "spent"
                : role.equals("loan") ? "loans"
                : role.equals("cumulative") ? "total" : "not-summed";
        String reason = reason(entry.node(Columns.AMOUNT) != null, currency, role, measure, repeats);
        NodeValue value = entry.node(Columns.AMOUNT) == null ? null : NodeValue.makeNode(entry.node(Columns.AMOUNT));
        NodeValue max = entry.node(Columns.MAX_AMOUNT) == null ? null : NodeValue.makeNode(entry.node(Columns.MAX_AMOUNT));
        boolean left = reason != null;
        NodeValue low = left || qualifier.equals("approximate") ? ZERO : value;
        NodeValue mid = left ? ZERO : qualifier.equals("range") && max != null
                ? XSDFuncOp.numDivide(XSDFuncOp.numAdd(value, max), TWO) : value;
        NodeValue high = left || OPEN.contains(qualifier) ? ZERO : max != null ? max : value;
        return new LedgerFigure(entry.figure, entry.document, period, cumulative ? "cumulative" : "year", measure,
                entry.text(Columns.YEAR_FROM), reason, low, mid, high, !left && OPEN.contains(qualifier));
    }

    private static String reason(boolean hasAmount, String currency, String role, String measure, boolean repeats) {
        if (!hasAmount) return "no amount";
        if (!currency.equals("CNY")) return "in " + currency + ", not yuan";
        switch (role) {
            case "per-person": return "per-person standard, not money moved";
            case "salary": return "pay or allowance standard, not money moved";
            case "budget": return "budget: a plan; its disbursements count instead";
            case "fund-size": return "size of a fund: a stock, not money of the period";
            case "pledged": return "pledge: promised, not yet moved";
            default: break;
        }
        if (measure.equals("not-summed")) return "role not known";
        return repeats ? "repeats an earlier figure: same amount, role, programme, organisation and time" : null;
    }
}
