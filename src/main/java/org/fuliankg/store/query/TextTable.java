package org.fuliankg.store.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * SELECT results as a text table for a terminal, like Jena's, but with columns aligned for Chinese text: a Han
 * character (or other wide character) takes two columns on screen, which Jena's table does not allow for.
 */
final class TextTable {

    private TextTable() {}

    static void write(ResultSet results, PrefixMapping prefixes, OutputStream out) {
        List<String> vars = results.getResultVars();
        List<List<String>> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution solution = results.next();
            List<String> row = new ArrayList<>();
            for (String var : vars) row.add(cell(solution.get(var), prefixes));
            rows.add(row);
        }
        int[] widths = new int[vars.size()];
        for (int i = 0; i < vars.size(); i++) {
            widths[i] = displayWidth(vars.get(i));
            for (List<String> row : rows) widths[i] = Math.max(widths[i], displayWidth(row.get(i)));
        }
        var print = new PrintStream(out, false, StandardCharsets.UTF_8);
        int lineWidth = 1;
        for (int width : widths) lineWidth += width + 3;
        print.println("-".repeat(lineWidth));
        print.println(line(vars, widths));
        print.println("=".repeat(lineWidth));
        for (List<String> row : rows) print.println(line(row, widths));
        print.println("-".repeat(lineWidth));
        print.flush();
    }

    private static String cell(RDFNode value, PrefixMapping prefixes) {
        return value == null ? "" : FmtUtils.stringForNode(value.asNode(), prefixes);
    }

    private static String line(List<String> cells, int[] widths) {
        var line = new StringBuilder("|");
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            line.append(' ').append(cell).append(" ".repeat(widths[i] - displayWidth(cell))).append(" |");
        }
        return line.toString();
    }

    /** Columns {@code text} takes on a terminal: two for East Asian wide and full-width characters. */
    static int displayWidth(String text) {
        return text.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)       // Hangul Jamo
                || (cp >= 0x2E80 && cp <= 0x303E)   // CJK radicals, punctuation
                || (cp >= 0x3041 && cp <= 0x33FF)   // kana, CJK compatibility
                || (cp >= 0x3400 && cp <= 0x4DBF)   // CJK extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF)   // CJK unified ideographs
                || (cp >= 0xA000 && cp <= 0xA4CF)   // Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3)   // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF)   // CJK compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F)   // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFF60)   // full-width forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F) // emoji
                || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions B and later
    }
}
