package org.fuliankg.rdf.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.fuliankg.rdf.Iris;
import org.fuliankg.store.table.SummaryTables;
import org.junit.jupiter.api.Test;

/**
 * The two-cancer summary holds a row per yuan figure of a two-cancer programme with beneficiaries: two equal
 * figures stay two rows (the answer has them twice, as the full-graph form has), and figures in another currency,
 * without beneficiaries or of another programme kind are left out. Equality with the full-graph answers on real
 * stores: ResearchTablesTest.
 */
class TwoCancerSummaryTest {

    private static final Node FUNDINGS = NodeFactory.createURI(ResearchTables.graph("fundings"));

    @Test
    void twoEqualFiguresStayTwoRowsAndOnlyYuanFiguresWithBeneficiariesAreRows() throws IOException {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(data, () -> {
            figure("1-9", "two-cancer", "500000", "raised", 100, null).forEach(data::add);
            figure("20-28", "two-cancer", "500000", "raised", 100, null).forEach(data::add); // the same again
            figure("30-36", "two-cancer", "10000", "per-person", 3, null).forEach(data::add);
            figure("40-48", "two-cancer", "500000", "raised", 100, "USD").forEach(data::add);
            figure("50-58", "two-cancer", "500000", "raised", 0, null).forEach(data::add);
            figure("60-68", "spring-bud", "500000", "raised", 100, null).forEach(data::add);
            SummaryTables.rewrite(data);
        });
        Node summary = NodeFactory.createURI(ResearchTables.graph("two-cancer"));
        long rows = Txn.calculateRead(data, () -> data.stream(summary, Node.ANY, Node.ANY, Node.ANY)
                .map(Quad::getSubject).distinct().count());
        assertEquals(3, rows, "a row per yuan two-cancer figure with beneficiaries");

        List<String> answer = new ArrayList<>();
        String query = Files.readString(Path.of("queries/two-cancer-per-beneficiary.rq"));
        Txn.executeRead(data, () -> QueryExec.dataset(data).query(query).select().forEachRemaining(row -> answer.add(
                row.get("program").getLiteralLexicalForm() + " " + row.get("org").getLiteralLexicalForm() + " "
                        + row.get("role").getLiteralLexicalForm() + " "
                        + Double.parseDouble(row.get("perBeneficiary").getLiteralLexicalForm()))));
        assertEquals(List.of("两癌救助 甲市妇联 per-person 10000.0", "两癌救助 甲市妇联 raised 5000.0",
                "两癌救助 甲市妇联 raised 5000.0"), answer);
    }

    /** The cells of a figure's row as the fundings table holds them (the currency only when it is not yuan). */
    private static List<Quad> figure(String span, String kind, String amount, String role, int beneficiaries,
                                     String currency) {
        Node row = NodeFactory.createURI(ResearchTables.graph("fundings") + "/doc/a.txt/funding/" + span);
        List<Quad> cells = new ArrayList<>(List.of(
                cell(row, "rowProgrammeKind", NodeFactory.createLiteralString(kind)),
                cell(row, "rowProgrammeName", NodeFactory.createLiteralLang("两癌救助", "zh")),
                cell(row, "rowAmount", NodeFactory.createLiteralDT(amount, XSDDatatype.XSDdecimal)),
                cell(row, "rowRole", NodeFactory.createLiteralString(role)),
                cell(row, "rowBeneficiaries", NodeFactory.createLiteralDT(Integer.toString(beneficiaries),
                        XSDDatatype.XSDinteger)),
                cell(row, "rowFile", NodeFactory.createLiteralString("a.txt")),
                cell(row, "rowOrganisationName", NodeFactory.createLiteralLang("甲市妇联", "zh"))));
        if (currency != null) cells.add(cell(row, "rowCurrency", NodeFactory.createLiteralString(currency)));
        return cells;
    }

    private static Quad cell(Node row, String column, Node value) {
        return Quad.create(FUNDINGS, row, NodeFactory.createURI(Iris.ONTOLOGY + column), value);
    }
}
