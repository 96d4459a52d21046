package org.fuliankg.bench.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;
import org.junit.jupiter.api.Test;

/** Counting the rows of SPARQL JSON answers without parsing them. */
class JsonAnswerTest {

    /** Three rows as Jena writes them, with braces, quotes and escapes inside the values. */
    private static final String TSV = """
            ?name\t?note
            "王某{甲}"\t"say \\"}{\\" twice"
            "李某"\t"a \\\\ back}slash"
            "赵某"\t
            """;

    @Test
    void counts_the_rows_of_an_answer_as_the_server_writes_it() throws IOException {
        var results = ResultSetMgr.read(new ByteArrayInputStream(TSV.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_TSV);
        var json = new ByteArrayOutputStream();
        ResultSetFormatter.outputAsJSON(json, results);
        assertEquals(new JsonAnswer(true, 3), JsonAnswer.read(new ByteArrayInputStream(json.toByteArray())));
    }

    @Test
    void an_answer_cut_short_is_incomplete() throws IOException {
        var json = new ByteArrayOutputStream();
        ResultSetFormatter.outputAsJSON(json, ResultSetFactory.copyResults(
                ResultSetMgr.read(new ByteArrayInputStream(TSV.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_TSV)));
        byte[] whole = json.toByteArray();
        var cut = new ByteArrayInputStream(java.util.Arrays.copyOf(whole, whole.length / 2));
        assertEquals(false, JsonAnswer.read(cut).complete());
    }

    @Test
    void an_answer_cut_inside_a_value_right_after_a_brace_is_incomplete() throws IOException {
        var json = new ByteArrayOutputStream();
        ResultSetFormatter.outputAsJSON(json, ResultSetMgr.read(
                new ByteArrayInputStream(TSV.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_TSV));
        String whole = json.toString(StandardCharsets.UTF_8);
        byte[] cut = whole.substring(0, whole.indexOf("甲}") + 2).getBytes(StandardCharsets.UTF_8);
        assertEquals(false, JsonAnswer.read(new ByteArrayInputStream(cut)).complete());
    }

    @Test
    void a_whole_answer_ends_and_one_cut_short_does_not() throws IOException {
        var json = new ByteArrayOutputStream();
        ResultSetFormatter.outputAsJSON(json, ResultSetMgr.read(
                new ByteArrayInputStream(TSV.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_TSV));
        byte[] whole = json.toByteArray();
        assertEquals(true, JsonAnswer.ends(new ByteArrayInputStream(whole)));
        String cancelled = json.toString(StandardCharsets.UTF_8) + "Query cancelled\n";
        assertEquals(false, JsonAnswer.ends(new ByteArrayInputStream(cancelled.getBytes(StandardCharsets.UTF_8))));
        String cutInName = json.toString(StandardCharsets.UTF_8);
        cutInName = cutInName.substring(0, cutInName.indexOf("王某") + 1);
        assertEquals(false, JsonAnswer.ends(new ByteArrayInputStream(cutInName.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void an_empty_answer_has_no_rows() throws IOException {
        String empty = "{ \"head\": { \"vars\": [ \"x\" ] } , \"results\": { \"bindings\": [ ] } }\n";
        assertEquals(new JsonAnswer(true, 0), JsonAnswer.read(new ByteArrayInputStream(empty.getBytes(StandardCharsets.UTF_8))));
    }
}
