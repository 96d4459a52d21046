package org.fuliankg.store.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.apache.jena.vocabulary.RDF;
import org.fuliankg.rdf.FL;
import org.fuliankg.rdf.Iris;
import org.fuliankg.rdf.table.ResearchTables;
import org.junit.jupiter.api.Test;

/**
 * A summary follows the rows it sums: written again after a change, a row whose values changed holds only the new
 * ones, and a group that no longer holds is gone (the ledger's and summaries' difference writing); after an
 * incremental rebuild only the parts its documents touch are recomputed, and the summaries equal a recomputation.
 * Larger stores and the equality with the full-graph answers: ResearchTablesTest.
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

    @Test
    void anIncrementalUpdateRecomputesOnlyTheTouchedPartsAndEqualsARecomputation() {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        List<Quad> a = new ArrayList<>(post("a1", "person/a", "张三", "主席", "org/x", "甲市妇联"));
        a.addAll(post("a2", "person/a", "张三", "副主席", "org/y", "乙县妇联"));
        List<Quad> b = post("b1", "person/b", "李四", "主席", "org/y", "乙县妇联");
        List<Quad> c = post("c1", "person/c", "王五", "党组书记", "org/z", "丙区妇联");
        Txn.executeWrite(data, () -> {
            write(data, "a.txt", a, "org/x", "org/y");
            write(data, "b.txt", b, "org/y");
            write(data, "c.txt", c, "org/z");
            SummaryTables.rewrite(data);
        });

        // b removed, c changed (its post now in org/x), d added: as an incremental rebuild notes and writes them
        List<Quad> changedC = post("c1", "person/c", "王五", "党组书记", "org/x", "甲市妇联");
        List<Quad> d = post("d1", "person/d", "赵六", "秘书长", "org/w", "丁乡妇联");
        TouchedParts touched = SummaryTables.touchedParts();
        int recomputed = Txn.calculateWrite(data, () -> {
            for (var removed : Map.of("b.txt", b, "c.txt", c).entrySet()) {
                touched.add(data, document(removed.getKey()).getURI(), removed.getValue());
                removed.getValue().forEach(data::delete);
                data.removeGraph(document(removed.getKey()));
            }
            write(data, "c.txt", changedC, "org/x");
            touched.add(data, document("c.txt").getURI(), changedC);
            write(data, "d.txt", d, "org/w");
            touched.add(data, document("d.txt").getURI(), d);
            return SummaryTables.update(data, touched).computed();
        });

        Txn.executeRead(data, () -> {
            DatasetGraph computed = SummaryTables.computed(data);
            int rows = 0;
            for (String summary : SummaryTables.graphs()) {
                Node table = NodeFactory.createURI(summary);
                assertEquals(computed.getGraph(table).find().toSet(), data.getGraph(table).find().toSet(), summary);
                rows += data.getGraph(table).find().mapWith(t -> t.getSubject()).toSet().size();
            }
            // 副主席 and person a, in two organisations, were not touched: their rows were kept, not recomputed
            assertTrue(recomputed < rows - 1, recomputed + " of " + rows + " rows recomputed");
        });
        assertEquals(Map.of("主席", List.of("1"), "副主席", List.of("1"), "党组书记", List.of("1"), "秘书长", List.of("1")),
                cells(data, POSITIONS, "rowOfficials"));
        assertEquals(Map.of("张三", List.of("2")), cells(data, SEVERAL, "rowOrganisations"));
    }

    @Test
    void aSummaryIsSplitOnlyByAGroupKeyOverTablesAnIncrementalRebuildTracks() {
        String prefix = "PREFIX fl: <" + Iris.ONTOLOGY + ">\n";
        String byPosition = prefix + "SELECT ?position (COUNT(*) AS ?n) WHERE { GRAPH <" + POSTS.getURI()
                + "> { ?row fl:rowPosition ?label ; fl:rowPerson ?person } BIND (STR(?label) AS ?position) } GROUP BY ?position";
        SummaryPartition.of(byPosition, "label");
        assertThrows(IllegalStateException.class, () -> SummaryPartition.of(byPosition, "person"), "not a group key");
        String ledger = prefix + "SELECT ?region (COUNT(*) AS ?n) WHERE { GRAPH <" + ResearchTables.graph("ledger")
                + "> { ?row fl:rowRegion ?region } } GROUP BY ?region";
        assertThrows(IllegalStateException.class, () -> SummaryPartition.of(ledger, "region"),
                "the ledger is recomputed whole: its changes are not tracked per document");
        String limited = prefix + "SELECT ?person (COUNT(*) AS ?n) WHERE { { SELECT ?person WHERE { GRAPH <"
                + POSTS.getURI() + "> { ?row fl:rowPerson ?person } } LIMIT 10 } } GROUP BY ?person";
        assertThrows(IllegalStateException.class, () -> SummaryPartition.of(limited, "person"), "a limit cuts parts");
    }

    /** A document's graph (naming the federations {@code orgs} in mentions) and its post rows, written. */
    private static void write(DatasetGraph data, String file, List<Quad> rows, String... orgs) {
        rows.forEach(data::add);
        Node graph = document(file);
        for (String org : orgs) {
            Node federation = NodeFactory.createURI(Iris.BASE + org);
            Node mention = NodeFactory.createURI(Iris.BASE + "doc/" + file + "/mention/" + org);
            data.add(graph, federation, RDF.type.asNode(), FL.WomensFederation.asNode());
            data.add(graph, mention, FL.mentionOf.asNode(), federation);
            data.add(graph, mention, RDF.type.asNode(), FL.Mention.asNode());
        }
    }

    private static Node document(String file) {
        return NodeFactory.createURI(Iris.BASE + "graph/" + file);
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
