package org.fuliankg.ledger;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/** Writes ledger rows as CSV (plain yuan), a Markdown table or an HTML page (yuan with thousands separators). */
public final class LedgerTables {

    public enum Format { csv, md, html }

    private static final List<String> CSV_HEADER = List.of("programme", "region_code", "region", "period", "kind",
            "measure", "lower_bound", "approximate_total", "upper_bound", "figures", "documents", "year_from",
            "left_out");
    private static final List<String> TABLE_HEADER = List.of("programme", "region", "year", "measure",
            "lower bound (¥)", "≈ total (¥)", "upper bound (¥)", "figures", "documents", "year from", "left out");

    private LedgerTables() {}

    public static void write(List<LedgerRow> rows, Format format, PrintStream out) {
        switch (format) {
            case csv -> csv(rows, out);
            case md -> markdown(rows, out);
            case html -> html(rows, out);
        }
        out.flush();
    }

    private static void csv(List<LedgerRow> rows, PrintStream out) {
        out.print(String.join(",", CSV_HEADER) + "\r\n");
        for (LedgerRow r : rows) {
            List<String> cells = List.of(r.programmeName(), r.regionCode(), r.regionName(), r.period(), r.kind(),
                    r.measure(), plain(r.lowerBound()), plain(r.approximateTotal()), plain(r.upperBound()),
                    String.valueOf(r.figures()), String.valueOf(r.documents()), r.yearFrom(),
                    String.join(" | ", r.leftOut()));
            out.print(String.join(",", cells.stream().map(LedgerTables::csvCell).toList()) + "\r\n");
        }
    }

    private static void markdown(List<LedgerRow> rows, PrintStream out) {
        out.println("| " + String.join(" | ", TABLE_HEADER) + " |");
        out.println("|---|---|---|---|--:|--:|--:|--:|--:|---|---|");
        for (LedgerRow r : rows) {
            out.println("| " + String.join(" | ", tableCells(r).stream().map(c -> c.replace("|", "\\|")).toList())
                    + " |");
        }
    }

    private static void html(List<LedgerRow> rows, PrintStream out) {
        out.println("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>资金台账 / Funding ledger"
                + "</title><style>table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px}"
                + "td.n{text-align:right}</style></head><body><h1>资金台账 / Funding ledger</h1><table><tr>");
        TABLE_HEADER.forEach(h -> out.print("<th>" + esc(h) + "</th>"));
        out.println("</tr>");
        for (LedgerRow r : rows) {
            List<String> cells = tableCells(r);
            out.print("<tr>");
            for (int i = 0; i < cells.size(); i++) {
                out.print((i >= 4 && i <= 8 ? "<td class=\"n\">" : "<td>") + esc(cells.get(i)) + "</td>");
            }
            out.println("</tr>");
        }
        out.println("</table></body></html>");
    }

    private static List<String> tableCells(LedgerRow r) {
        String region = r.regionName().isEmpty() ? "?" : r.regionName();
        String year = r.isYear() ? r.period() : r.period() + " (cumulative)";
        String upper = r.figures() == 0 ? "" : r.upperBound() == null ? "open" : yuan(r.upperBound());
        return List.of(r.programmeName().isEmpty() ? "—" : r.programmeName(), region, year, r.measure(),
                yuan(r.lowerBound()), yuan(r.approximateTotal()), upper, String.valueOf(r.figures()),
                String.valueOf(r.documents()), r.yearFrom(), String.join("; ", r.leftOut()));
    }

    /** Yuan with thousands separators and at most two decimals (ranges' midpoints may have them). */
    static String yuan(BigDecimal amount) {
        return amount == null ? "" : new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(amount);
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    private static String csvCell(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
