package org.fuliankg.store.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.fuliankg.rdf.Iris;
import org.fuliankg.rdf.table.ResearchTables;
import org.junit.jupiter.api.Test;

/**
 * A summary follows the rows it sums: written again after a change, a row whose values changed holds only the new
 * ones, and a group that no longer holds is gone (the ledger's and summaries' difference writing). Larger stores
 * and the equality with the full-graph answers: ResearchTablesTest.
 */
class SummaryTablesTest {

    private static final Node POSTS = NodeFactory.createURI(ResearchTables.graph("posts"));
    private static final String POSITIONS = "positions";
    private static final String SEVERAL = "officials-in-several-organisations";

    @Test
    void aRewrittenSummaryHoldsOnlyWhatTheRowsNowSay() {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        List<Quad> gone = new ArrayList<>(post("p2", "person/b", "李四", "主席", "org/y", "乙县妇联"));
        gone.addAll(post("p3", "person/a", "张三", "党的二十大代表", "org/y", "乙县妇联"));
        Txn.executeWrite(data, () -> {
            post("p1", "person/a", "张三", "主席", "org/x", "甲市妇联").forEach(data::add);
            gone.forEach(data::add);
            SummaryTables.rewrite(data);
        });
        assertEquals(Map.of("主席", List.of("2"), "党的二十大代表", List.of("1")),
                cells(data, POSITIONS, "rowOfficials"));
        assertEquals(Map.of("张三", List.of("2")), cells(data, SEVERAL, "rowOrganisations"));

        Txn.executeWrite(data, () -> {
            gone.forEach(data::delete);
            post("p4", "person/c", "王五", "副主席", "org/x", "甲市妇联").forEach(data::add);
            post("p5", "person/c", "王五", "主席", "org/y", "乙县妇联").forEach(data::add);
            SummaryTables.rewrite(data);
        });
        assertEquals(Map.of("主席", List.of("2"), "副主席", List.of("1")), cells(data, POSITIONS, "rowOfficials"));
        List<String> chairs = cells(data, POSITIONS, "rowNames").get("主席");
        assertEquals(1, chairs.size(), "one names cell: " + chairs);
        assertEquals(List.of("张三", "王五"), List.of(chairs.get(0).split("、")).stream().sorted().toList());
        assertEquals(Map.of("王五", List.of("2")), cells(data, SEVERAL, "rowOrganisations"));
    }

    /** The rows of a post holding as the posts table holds them. */
    private static List<Quad> post(String id, String person, String name, String position, String org,
                                   String orgName) {
        Node row = NodeFactory.createURI(ResearchTables.graph("posts") + "/doc/a.txt/post/" + id);
        return List.of(
                cell(row, "rowPerson", NodeFactory.createURI(Iris.BASE + person)),
                cell(row, "rowName", NodeFactory.createLiteralString(name)),
                cell(row, "rowPosition", NodeFactory.createLiteralLang(position, "zh")),
                cell(row, "rowOrganisation", NodeFactory.createURI(Iris.BASE + org)),
                cell(row, "rowOrganisationName", NodeFactory.createLiteralLang(orgName, "zh")));
    }

    private static Quad cell(Node row, String column, Node value) {
        return Quad.create(POSTS, row, NodeFactory.createURI(Iris.ONTOLOGY + column), value);
    }

    /**
     * The rows of a summary by their first column's value (a position, a name): every value they hold in
     * {@code column}.
     */
    private static Map<String, List<String>> cells(DatasetGraph data, String summary, String column) {
        Node table = NodeFactory.createURI(ResearchTables.graph(summary));
        Node key = column(summary.equals(POSITIONS) ? "rowPosition" : "rowName");
        Map<String, List<String>> cells = new TreeMap<>();
        Txn.executeRead(data, () -> data.find(table, Node.ANY, key, Node.ANY).forEachRemaining(q -> cells.put(
                q.getObject().getLiteralLexicalForm(),
                Iter.toList(Iter.map(data.find(table, q.getSubject(), column(column), Node.ANY),
                        c -> c.getObject().getLiteralLexicalForm())))));
        return cells;
    }

    private static Node column(String local) {
        return NodeFactory.createURI(Iris.ONTOLOGY + local);
    }
}
