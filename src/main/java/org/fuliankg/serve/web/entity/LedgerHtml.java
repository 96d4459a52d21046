package org.fuliankg.serve.web.entity;

import static org.fuliankg.serve.web.entity.EntityHtml.esc;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
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
import org.fuliankg.ledger.LedgerMeasure;
import org.fuliankg.ledger.LedgerRow;

/**
 * The money section of a programme's, an organisation's or a region's page: a bar chart (Chart.js) of the ledger's
 * lower-bound totals per year and measure, each bar linking to the list of its figures below; beside it the running
 * totals over a period (never drawn as bars of a year, which they are not: they hold the yearly figures of their
 * period); each measure's plain name with the roles it covers; then the ledger's rows and every figure by period,
 * summed or left out with its reason. No chart is drawn when no year has a summed amount, so the page never shows an
 * empty axis.
 */
final class LedgerHtml {

    /** Measures drawn as bars, in order; running totals and figures not summed are listed, not drawn. */
    private static final List<LedgerMeasure> DRAWN = List.of(LedgerMeasure.RECEIVED, LedgerMeasure.SPENT,
            LedgerMeasure.LOANS);

    private final FundingLedger ledger;

    LedgerHtml(FundingLedger ledger) {
        this.ledger = ledger;
    }

    /** The section, or "" when no figure belongs to the entity. */
    String section(FundingLedger.Scope scope, String iri) {
        if (!ledger.hasFigures(scope, iri)) return "";
        List<LedgerRow> rows = ledger.rows(scope, iri);
        if (rows.isEmpty()) return "";
        List<LedgerFigure> figures = ledger.figures(scope, iri);
        boolean byProgramme = scope != FundingLedger.Scope.PROGRAMME;
        var html = new StringBuilder("<section id=\"ledger\"><h2>资金台账 / Money per year</h2><p class=\"hint\">")
                .append(switch (scope) {
                    case PROGRAMME -> "此项目的资金数字，各地区合计。This programme's figures, all regions. ";
                    case ORGANISATION -> "此组织负责（管理或给出）的资金数字，各项目合计。Figures this organisation is "
                            + "responsible for (administers or gives), all programmes. ";
                    case REGION -> "此地区及其下辖地区的组织负责的资金数字。Figures of organisations in this region "
                            + "and the divisions inside it. ";
                })
                .append("下限合计（元）；点击柱形查看其资金数字。Lower-bound totals in yuan; click a bar for its "
                        + "figures. Rules: ontology/README.md, Funding ledger.</p><div class=\"ledger-view\">");
        JsonObject chart = chartData(rows);
        if (chart.get("labels").getAsArray().isEmpty()) {
            html.append("<p class=\"no-chart hint\">无逐年合计，故不画图：见右侧累计数与下表。No year has a summed "
                    + "amount, so no chart is drawn: see the running totals and the table.</p>");
        } else {
            html.append("<div class=\"ledger-chart\"><canvas id=\"ledger-chart\" role=\"img\" aria-label=\"money per "
                    + "year\"></canvas></div><script type=\"application/json\" id=\"ledger-data\">")
                    .append(chart.toString().replace("</", "<\\/")).append("</script>")
                    .append("<script src=\"/webjars/chart.js/dist/chart.umd.js\"></script>")
                    .append("<script src=\"/web/ledger-chart.js\"></script>");
        }
        runningTotals(rows, byProgramme, html);
        html.append("</div>").append(measures(rows)).append(table(rows, byProgramme));
        Map<String, List<LedgerFigure>> byPeriod = new TreeMap<>(PERIODS);
        figures.forEach(f -> byPeriod.computeIfAbsent(f.period(), k -> new ArrayList<>()).add(f));
        byPeriod.forEach((period, list) -> {
            html.append("<h3 id=\"").append(esc(anchor(period))).append("\">").append(esc(period)).append("</h3><ul class=\"ledger-figures\">");
            list.stream().sorted(Comparator.comparing(LedgerFigure::label)).forEach(f -> html.append("<li><a href=\"")
                    .append(esc(IriPaths.pageOf(f.figure()))).append("\">").append(esc(f.label())).append("</a> <span class=\"hint\">")
                    .append(esc(f.regionName().isEmpty() ? "?" : f.regionName())).append(" · ").append(esc(measureName(f.measure())))
                    .append(f.kind().equals("cumulative") ? " · 累计 / running total" : "")
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

    private static String measureName(String code) {
        return LedgerMeasure.of(code).map(LedgerMeasure::label).orElse("未计入 / not summed");
    }

    /** Running totals with a summed figure, by period: beside the chart, as what they are. */
    private static void runningTotals(List<LedgerRow> rows, boolean byProgramme, StringBuilder html) {
        List<LedgerRow> totals = rows.stream().filter(r -> !r.isYear() && r.figures() > 0)
                .sorted(Comparator.comparing(LedgerRow::period, PERIODS)).toList();
        if (totals.isEmpty()) return;
        html.append("<aside class=\"running-totals\"><h3>累计（跨年）/ Running totals over a period</h3><ul>");
        for (LedgerRow r : totals) {
            html.append("<li data-period=\"").append(esc(r.period())).append("\"><a class=\"period\" href=\"#")
                    .append(esc(anchor(r.period()))).append("\">").append(esc(r.period())).append("</a>")
                    .append(r.period().startsWith("…") ? " <span class=\"hint\">(始于何年不详 / start not said)</span> " : " ")
                    .append(esc(measureName(r.measure()))).append(": <strong>≥ ").append(yuan(r.lowerBound()))
                    .append(" 元</strong>");
            if (r.approximateTotal() != null && r.approximateTotal().compareTo(r.lowerBound()) != 0) {
                html.append(" (≈ ").append(yuan(r.approximateTotal())).append(" 元)");
            }
            html.append(" <span class=\"hint\">").append(esc(r.regionName().isEmpty() ? "?" : r.regionName()))
                    .append(byProgramme && !r.programmeName().isEmpty() ? " · " + esc(r.programmeName()) : "")
                    .append("</span></li>");
        }
        html.append("</ul><p class=\"hint\">累计数已含其期间内各年的数字，不与逐年柱形相加。A running total already holds "
                + "the yearly figures of its period: it is never added to a year's bar.</p></aside>");
    }

    /** Each measure of the rows: its plain name and the roles it covers. */
    private static String measures(List<LedgerRow> rows) {
        var html = new StringBuilder("<dl class=\"measures\">");
        for (LedgerMeasure m : LedgerMeasure.values()) {
            if (rows.stream().noneMatch(r -> r.measure().equals(m.code()))) continue;
            html.append("<dt data-measure=\"").append(m.code()).append("\">").append(esc(m.label()))
                    .append("</dt><dd>").append(esc(m.explanation())).append("</dd>");
        }
        return html.append("</dl>").toString();
    }

    private static JsonObject chartData(List<LedgerRow> rows) {
        Map<String, Map<LedgerMeasure, BigDecimal[]>> byYear = new TreeMap<>(PERIODS);
        for (LedgerRow r : rows) {
            var measure = LedgerMeasure.of(r.measure()).filter(DRAWN::contains);
            if (!r.isYear() || measure.isEmpty() || r.lowerBound() == null) continue;
            BigDecimal[] sums = byYear.computeIfAbsent(r.period(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(measure.get(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(r.lowerBound());
            sums[1] = sums[1].add(r.approximateTotal());
        }
        // a year whose every lower bound is 0 (only approximate figures) would draw an empty axis
        byYear.values().removeIf(m -> m.values().stream().allMatch(s -> s[0].signum() == 0));
        JsonArray labels = new JsonArray();
        JsonArray anchors = new JsonArray();
        byYear.keySet().forEach(year -> {
            labels.add(year);
            anchors.add("#" + anchor(year));
        });
        JsonArray datasets = new JsonArray();
        for (LedgerMeasure measure : DRAWN) {
            if (byYear.values().stream().noneMatch(m -> m.containsKey(measure))) continue;
            JsonArray lower = new JsonArray();
            JsonArray approximate = new JsonArray();
            byYear.values().forEach(m -> {
                BigDecimal[] sums = m.getOrDefault(measure, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                lower.add(JsonNumber.value(sums[0].doubleValue()));
                approximate.add(JsonNumber.value(sums[1].doubleValue()));
            });
            JsonObject dataset = new JsonObject();
            dataset.put("label", measure.label());
            dataset.put("data", lower);
            dataset.put("approximate", approximate);
            datasets.add(dataset);
        }
        JsonObject data = new JsonObject();
        data.put("labels", labels);
        data.put("anchors", anchors);
        data.put("datasets", datasets);
        return data;
    }

    private static String table(List<LedgerRow> rows, boolean byProgramme) {
        var html = new StringBuilder("<table class=\"statements ledger\"><tr>")
                .append(byProgramme ? "<th>项目 / programme</th>" : "").append("<th>地区 / region</th><th>年份 / year</th>"
                + "<th>用途 / measure (见上 / above)</th><th>下限 / lower bound</th><th>约数 / ≈ total</th><th>数字 / figures</th></tr>");
        for (LedgerRow r : rows) {
            String period = r.isYear() ? r.period() : r.period() + " 累计 / running total";
            html.append("<tr>");
            if (byProgramme) html.append("<td>").append(esc(r.programmeName().isEmpty() ? "—" : r.programmeName())).append("</td>");
            html.append("<td>").append(esc(r.regionName().isEmpty() ? "?" : r.regionName())).append("</td><td><a href=\"#")
                    .append(esc(anchor(r.period()))).append("\">").append(esc(period)).append("</a></td><td>")
                    .append(esc(LedgerMeasure.of(r.measure()).map(LedgerMeasure::zh).orElse("未计入"))).append("</td><td>")
                    .append(yuan(r.lowerBound())).append("</td><td>")
                    .append(yuan(r.approximateTotal())).append("</td><td>").append(r.figures())
                    .append(r.leftOutFigures() == 0 ? "" : " (+" + r.leftOutFigures() + " 未计入 / left out)")
                    .append("</td></tr>");
        }
        return html.append("</table>").toString();
    }

    private static String yuan(BigDecimal amount) {
        return amount == null ? "" : new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(amount);
    }
}
