package org.fuliankg.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

/**
 * The plain writer writes the very bytes Jena's SPARQL JSON and CSV writers write, for rows of every kind of IRI and
 * literal it takes: random ones (seeded) full of the characters either format escapes, empty answers, rows with
 * nothing bound; and it leaves to Jena the rows it cannot write.
 */
class PlainResultsWriterTest {

    /** Characters the formats treat apart, among plain ones and Chinese. */
    private static final String[] PIECES = {"a", "Z", "7", " ", "妇联", "春蕾计划", "\"", "\\", "/", "</", "<", ",",
            "\r\n", "\n", "\r", "\t", "\b", "\f", "\u0000", "\u001F", "\u007F", "\u0085", "\u009F", "\u00A0", "é",
            "\u2000", "\u2028", "\u2029", "\u20AC", "\u2100", "\uD83D\uDE00", "\uD83D", "\uDE00", "\uFFFD", "'", "}"};

    private static final Lang[] LANGS = {ResultSetLang.RS_JSON, ResultSetLang.RS_CSV};

    @Test
    void randomRowsAreWrittenByteForByteAsJenaWritesThem() {
        Random random = new Random(20);
        for (int round = 0; round < 200; round++) {
            List<Var> vars = vars(random);
            List<Binding> rows = new ArrayList<>();
            int n = random.nextInt(6);
            for (int r = 0; r < n; r++) rows.add(row(random, vars));
            for (Lang lang : LANGS) assertWrittenAsJenaWrites(lang, vars, rows, "round " + round);
        }
    }

    @Test
    void emptyAnswersAndEmptyRowsAreLaidOutAsJenaLaysThemOut() {
        List<Var> vars = List.of(Var.alloc("a"), Var.alloc("b"));
        for (Lang lang : LANGS) {
            assertWrittenAsJenaWrites(lang, vars, List.of(), "no rows");
            assertWrittenAsJenaWrites(lang, List.of(), List.of(), "no variables");
            assertWrittenAsJenaWrites(lang, vars, List.of(Binding.builder().build(), Binding.builder().build()), "nothing bound");
            assertWrittenAsJenaWrites(lang, List.of(), List.of(Binding.builder().build()), "one row of no variables");
        }
    }

    @Test
    void rowsWithBlankNodesOrDirectionsAreLeftToJena() {
        List<Var> vars = List.of(Var.alloc("x"));
        Binding blank = BindingBuilder.create().add(Var.alloc("x"), NodeFactory.createBlankNode()).build();
        Binding directed = BindingBuilder.create()
                .add(Var.alloc("x"), NodeFactory.createLiteralDirLang("مرحبا", "ar", TextDirection.RTL)).build();
        assertFalse(PlainResultsWriter.writes(ResultSetLang.RS_JSON, vars, List.of(blank)));
        assertFalse(PlainResultsWriter.writes(ResultSetLang.RS_CSV, vars, List.of(directed)));
        Binding plain = BindingBuilder.create().add(Var.alloc("x"), NodeFactory.createURI("urn:x")).build();
        assertTrue(PlainResultsWriter.writes(ResultSetLang.RS_JSON, vars, List.of(plain)));
        assertFalse(PlainResultsWriter.writes(ResultSetLang.RS_TSV, vars, List.of(plain)), "TSV is Jena's");
        assertFalse(PlainResultsWriter.writes(ResultSetLang.RS_XML, vars, List.of(plain)), "XML is Jena's");
    }

    private static void assertWrittenAsJenaWrites(Lang lang, List<Var> vars, List<Binding> rows, String what) {
        assertTrue(PlainResultsWriter.writes(lang, vars, rows), what);
        ByteArrayOutputStream jena = new ByteArrayOutputStream();
        ResultsWriter.create().lang(lang).context(new Context()).build().write(jena, RowSetStream.create(vars, rows.iterator()));
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        PlainResultsWriter.write(lang, vars, rows, plain);
        // as text first, for a readable difference; then the bytes (a replaced surrogate is '?' in both)
        assertEquals(jena.toString(StandardCharsets.UTF_8), plain.toString(StandardCharsets.UTF_8), lang + ", " + what);
        assertArrayEquals(jena.toByteArray(), plain.toByteArray(), lang + ", " + what);
    }

    private static List<Var> vars(Random random) {
        List<Var> vars = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) vars.add(Var.alloc(i == 3 ? "x\u2070" : "v" + i)); // a name JSON rows escape
        return vars;
    }

    private static Binding row(Random random, List<Var> vars) {
        BindingBuilder row = BindingBuilder.create();
        for (Var var : vars) {
            Node value = value(random);
            if (value != null) row.add(var, value);
        }
        return row.build();
    }

    /** An IRI, a plain, language-tagged or typed literal, or null (unbound). */
    private static Node value(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> null;
            case 1 -> NodeFactory.createURI("https://w3id.org/fulian-kg/" + text(random));
            case 2 -> NodeFactory.createLiteralString(text(random));
            case 3 -> NodeFactory.createLiteralLang(text(random), random.nextBoolean() ? "zh" : "en-GB");
            case 4 -> NodeFactory.createLiteralDT(Integer.toString(random.nextInt(100_000) - 500), XSDDatatype.XSDinteger);
            case 5 -> NodeFactory.createLiteralDT(random.nextInt(1000) + "." + random.nextInt(100), XSDDatatype.XSDdecimal);
            default -> NodeFactory.createLiteralDT("2019-0" + (1 + random.nextInt(9)), XSDDatatype.XSDgYearMonth);
        };
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(8);
        for (int i = 0; i < pieces; i++) text.append(PIECES[random.nextInt(PIECES.length)]);
        return text.toString();
    }
}
