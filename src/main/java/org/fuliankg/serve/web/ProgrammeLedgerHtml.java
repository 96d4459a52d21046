package org.fuliankg.serve.web;

import static org.fuliankg.serve.web.EntityHtml.esc;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.fuliankg.ledger.FundingLedger;
import org.fuliankg.ledger.LedgerFigure;
import org.fuliankg.ledger.LedgerRow;

/**
 * The money section of a programme's page: a bar chart (Chart.js) of the ledger's lower-bound totals per year and
 * measure, summed over regions, each bar linking to the list of its figures below; then the cumulative periods,
 * and every figure by year, summed or left out with its reason.
 */
final class ProgrammeLedgerHtml {

    /** Measures drawn as bars, in order; cumulative totals and figures not summed are listed, not drawn. */
    private static final Map<String, String> DRAWN = new LinkedHashMap<>();

    static {
        DRAWN.put("received", "收入 / received");
        DRAWN.put("spent", "支出 / spent");
        DRAWN.put("loans", "贷款 / loans");
    }

    private final FundingLedger ledger;

    ProgrammeLedgerHtml(FundingLedger ledger) {
        this.ledger = ledger;
    }

    /** The section, or "" when no figure names the programme. */
    String section(String programmeIri) {
        List<LedgerRow> rows = ledger.rows(programmeIri);
        if (rows.isEmpty()) return "";
        List<LedgerFigure> figures = ledger.figures(programmeIri);
        var html = new StringBuilder("<section id=\"ledger\"><h2>资金台账 / Money per year</h2>");
        html.append("<p class=\"hint\">下限合计（元），按年份与用途；点击柱形查看其资金数字。Lower-bound totals in yuan per "
                + "year (all regions); click a bar for its figures. Rules: ontology/README.md, Funding ledger.</p>");
        html.append("<div class=\"ledger-chart\"><canvas id=\"ledger-chart\" role=\"img\" aria-label=\"money per year\">"
                + "</canvas></div>");
        html.append("<script type=\"application/json\" id=\"ledger-data\">")
                .append(chartData(rows).toString().replace("</", "<\\/")).append("</script>");
        html.append("<script src=\"/webjars/chart.js/dist/chart.umd.js\"></script>")
                .append("<script src=\"/web/ledger-chart.js\"></script>");
        html.append(table(rows));
        Map<String, List<LedgerFigure>> byPeriod = new TreeMap<>(PERIODS);
        figures.forEach(f -> byPeriod.computeIfAbsent(f.period(), k -> new java.util.ArrayList<>()).add(f));
        byPeriod.forEach((period, list) -> {
            html.append("<h3 id=\"").append(esc(anchor(period))).append("\">").append(esc(period)).append("</h3><ul class=\"ledger-figures\">");
            list.stream().sorted(Comparator.comparing(LedgerFigure::label)).forEach(f -> html.append("<li><a href=\"")
                    .append(esc(IriPaths.pageOf(f.figure()))).append("\">").append(esc(f.label())).append("</a> <span class=\"hint\">")
                    .append(esc(f.regionName().isEmpty() ? "?" : f.regionName())).append(" · ").append(esc(f.measure()))
                    .append(f.kind().equals("cumulative") ? " · 累计 / cumulative" : "")
                    .append(f.summed() ? "" : " · 未计入 / left out: " + esc(f.reason())).append("</span></li>"));
            html.append("</ul>");
        });
        return html.append("</section>").toString();
    }

    /** Years in order, then periods, then the unknown year. */
    private static final Comparator<String> PERIODS = Comparator.comparing((String p) -> p.startsWith("?"))
            .thenComparing(p -> p.contains("–")).thenComparing(Comparator.naturalOrder());

    static String anchor(String period) {
        return "ledger-" + period;
    }

    private static JsonObject chartData(List<LedgerRow> rows) {
        Map<String, Map<String, BigDecimal[]>> byYear = new TreeMap<>(PERIODS);
        for (LedgerRow r : rows) {
            if (!r.isYear() || !DRAWN.containsKey(r.measure()) || r.lowerBound() == null) continue;
            BigDecimal[] sums = byYear.computeIfAbsent(r.period(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.measure(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(r.lowerBound());
            sums[1] = sums[1].add(r.approximateTotal());
        }
        JsonArray labels = new JsonArray();
        JsonArray anchors = new JsonArray();
        byYear.keySet().forEach(year -> {
            labels.add(year);
            anchors.add("#" + anchor(year));
        });
        JsonArray datasets = new JsonArray();
        DRAWN.forEach((measure, name) -> {
            if (byYear.values().stream().noneMatch(m -> m.containsKey(measure))) return;
            JsonArray lower = new JsonArray();
            JsonArray approximate = new JsonArray();
            byYear.values().forEach(m -> {
                BigDecimal[] sums = m.getOrDefault(measure, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                lower.add(JsonNumber.value(sums[0].doubleValue()));
                approximate.add(JsonNumber.value(sums[1].doubleValue()));
            });
            JsonObject dataset = new JsonObject();
            dataset.put("label", name);
            dataset.put("data", lower);
            dataset.put("approximate", approximate);
            datasets.add(dataset);
        });
        JsonObject data = new JsonObject();
        data.put("labels", labels);
        data.put("anchors", anchors);
        data.put("datasets", datasets);
        return data;
    }

    private static String table(List<LedgerRow> rows) {
        var html = new StringBuilder("<table class=\"statements ledger\"><tr><th>地区 / region</th><th>年份 / year</th>"
                + "<th>用途 / measure</th><th>下限 / lower bound</th><th>约数 / ≈ total</th><th>数字 / figures</th></tr>");
        for (LedgerRow r : rows) {
            String period = r.isYear() ? r.period() : r.period() + " 累计 / cumulative";
            html.append("<tr><td>").append(esc(r.regionName().isEmpty() ? "?" : r.regionName())).append("</td><td><a href=\"#")
                    .append(esc(anchor(r.period()))).append("\">").append(esc(period)).append("</a></td><td>")
                    .append(esc(r.measure())).append("</td><td>").append(yuan(r.lowerBound())).append("</td><td>")
                    .append(yuan(r.approximateTotal())).append("</td><td>").append(r.figures())
                    .append(r.leftOut().isEmpty() ? "" : " (+" + r.leftOut().size() + " 未计入 / left out)")
                    .append("</td></tr>");
        }
        return html.append("</table>").toString();
    }

    private static String yuan(BigDecimal amount) {
        return amount == null ? "" : new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(amount);
    }
}
