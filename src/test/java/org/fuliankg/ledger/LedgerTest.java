package org.fuliankg.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fuliankg.cli.Main;
import org.fuliankg.generate.LedgerCorpus;
import org.fuliankg.rdf.Iris;
import org.fuliankg.store.query.QueryableData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger over a generated corpus of yearly reports whose every figure is known: built by the real pipeline
 * ({@code build}), summed by the {@code ledger} command, and compared row by row with the sums made by hand from
 * the generator's facts (qualifiers, roles, cumulative periods and repeated reports respected).
 */
class LedgerTest {

    private static final int ARTICLES = 40;

    @TempDir
    static Path work;

    private static List<LedgerCorpus.Figure> figures;
    private static Path graph;
    private static String csv;
    private static FundingLedger ledger;

    @BeforeAll
    static void buildGeneratedCorpus() throws IOException {
        Path corpus = work.resolve("corpus");
        figures = new LedgerCorpus(11).write(ARTICLES, corpus);
        assertTrue(Files.exists(corpus.resolve(LedgerCorpus.FACTS_FILE))); // hidden: no input
        graph = work.resolve("ledger.trig");
        assertEquals(0, Main.run(new PrintStream(new ByteArrayOutputStream()), System.err,
                "build", "--out", graph.toString(), corpus.toString()));
        csv = ledgerCommand("--format", "csv");
        ledger = new FundingLedger(QueryableData.open(graph));
    }

    @Test
    void everyRowOfTheLedgerCommandEqualsTheSumsMadeByHandFromTheGeneratorsFacts() {
        Map<String, HandLedger.Totals> expected = HandLedger.of(figures);
        Map<String, HandLedger.Totals> actual = new TreeMap<>();
        for (String line : csv.lines().skip(1).toList()) {
            List<String> c = Csv.cells(line);
            String key = String.join("|", c.get(0), c.get(1), c.get(3), c.get(4), c.get(5));
            int leftOut = c.get(12).isEmpty() ? 0 : c.get(12).split(" \\| ").length
                    - (c.get(12).startsWith("largest of") ? 1 : 0);
            actual.put(key, new HandLedger.Totals(amount(c.get(6)), amount(c.get(7)), amount(c.get(8)),
                    Integer.parseInt(c.get(9)), Integer.parseInt(c.get(10)), leftOut));
        }
        assertEquals(expected, actual);
        // the corpus exercises every rule the sums depend on
        assertTrue(figures.stream().anyMatch(f -> f.qualifier().equals("range")));
        assertTrue(figures.stream().anyMatch(f -> f.qualifier().equals("approximate")));
        assertTrue(figures.stream().anyMatch(f -> f.qualifier().equals("at-least")));
        assertTrue(expected.keySet().stream().anyMatch(k -> k.contains("|cumulative|")), "cumulative periods");
        assertTrue(expected.keySet().stream().anyMatch(k -> k.endsWith("|not-summed")), "per-person standards");
        assertTrue(expected.values().stream().anyMatch(t -> t.figures() > 0 && t.leftOut() > 0), "repeats");
        assertTrue(expected.size() >= 30, "rows: " + expected.size());
    }

    @Test
    void theFiguresOfAProgrammeSayWhereTheyCountAndWhyTheyAreLeftOut() {
        List<LedgerFigure> spring = ledger.figures(Iris.programme("春蕾计划"));
        List<LedgerCorpus.Figure> known = figures.stream().filter(f -> f.programme().equals("春蕾计划")).toList();
        assertEquals(known.size(), spring.size());
        assertEquals(known.stream().filter(LedgerCorpus.Figure::cumulative).count(),
                spring.stream().filter(f -> f.kind().equals("cumulative")).count(), "cumulative figures");
        assertEquals(known.stream().map(LedgerCorpus.Figure::period).sorted().toList(),
                spring.stream().map(LedgerFigure::period).sorted().toList(), "years and periods");
        assertTrue(spring.stream().filter(f -> f.measure().equals("not-summed"))
                .allMatch(f -> f.reason().equals("per-person standard, not money moved") && f.label().contains("人均标准")));
        assertEquals(ledger.rows(Iris.programme("春蕾计划")),
                ledger.rows().stream().filter(r -> r.programmeName().equals("春蕾计划")).toList());
    }

    @Test
    void markdownAndHtmlTablesShowTheSameRowsAsTheCsv() {
        List<LedgerRow> rows = ledger.rows();
        assertEquals(csv.lines().count() - 1, rows.size());
        String markdown = table(rows, LedgerTables.Format.md);
        assertEquals(rows.size(), markdown.lines().count() - 2);
        assertTrue(markdown.startsWith("| programme | region | year | measure | lower bound (¥) |"), markdown);
        assertTrue(markdown.contains(" (cumulative) | received | "), markdown);
        String html = table(rows, LedgerTables.Format.html);
        assertEquals(rows.size() + 1, html.split("<tr>", -1).length - 1);
    }

    private static String table(List<LedgerRow> rows, LedgerTables.Format format) {
        var out = new ByteArrayOutputStream();
        LedgerTables.write(rows, format, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String ledgerCommand(String... options) {
        var out = new ByteArrayOutputStream();
        String[] args = new String[options.length + 3];
        args[0] = "ledger";
        args[1] = "--data";
        args[2] = graph.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        assertEquals(0, Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, args));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static BigDecimal amount(String cell) {
        return cell.isEmpty() ? null : new BigDecimal(cell).stripTrailingZeros();
    }
}
