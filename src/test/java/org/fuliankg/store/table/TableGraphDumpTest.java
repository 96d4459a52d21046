package org.fuliankg.store.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.fuliankg.rdf.table.ResearchTables;
import org.junit.jupiter.api.Test;

/**
 * The table reader gives the engine's rows, on a TDB2 store (read by node ids) and on a plain dataset, also for a
 * block that names a value (its rows found first, then read row by row), a value or a table the store lacks, and
 * a row with two values in a column.
 */
class TableGraphDumpTest {

    private static final String TABLE = ResearchTables.graph("fundings");
    private static final String BLOCK = "SELECT * WHERE { GRAPH <" + TABLE + "> { ";

    private static final List<String> QUERIES = List.of(
            BLOCK + "?row <urn:x:kind> ?k ; <urn:x:amount> ?a . OPTIONAL { ?row <urn:x:note> ?n } } } ORDER BY ?row ?n ?a",
            BLOCK + "?row <urn:x:kind> \"k1\" ; <urn:x:amount> ?a . OPTIONAL { ?row <urn:x:note> ?n } } } ORDER BY ?row ?n ?a",
            BLOCK + "?row <urn:x:amount> ?a ; <urn:x:kind> \"k2\" ; <urn:x:kind> ?k } } ORDER BY ?row",
            BLOCK + "?row <urn:x:kind> \"k0\" ; <urn:x:note> \"甲\" } } ORDER BY ?row",
            BLOCK + "?row <urn:x:kind> \"none\" ; <urn:x:amount> ?a } } ORDER BY ?row",
            "SELECT (COUNT(*) AS ?rows) (SUM(?a) AS ?total) WHERE { GRAPH <" + TABLE
                    + "> { ?row <urn:x:kind> \"k1\" ; <urn:x:amount> ?a } }",
            "SELECT * WHERE { GRAPH <" + ResearchTables.graph("absent") + "> { ?row <urn:x:kind> \"k1\" ; <urn:x:amount> ?a } }");

    @Test
    void theReaderGivesTheEnginesRowsOnTdb2AndOnAPlainDataset() {
        for (DatasetGraph dataset : List.of(DatabaseMgr.createDatasetGraph(), DatasetGraphFactory.createTxnMem())) {
            fill(dataset);
            for (String text : QUERIES) {
                Query query = QueryFactory.create(text);
                List<String> engine = Txn.calculateRead(dataset, () -> {
                    try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
                        return lines(query, exec.select());
                    }
                });
                List<String> read = Txn.calculateRead(dataset, () -> {
                    RowSet rows = TableGraphDump.rows(query, dataset);
                    assertNotNull(rows, "the reader takes " + text);
                    return lines(query, rows);
                });
                assertEquals(engine, read, dataset.getClass().getSimpleName() + ": " + text);
            }
            Query named = QueryFactory.create(QUERIES.get(1));
            assertEquals(11, Txn.calculateRead(dataset, () -> lines(named, TableGraphDump.rows(named, dataset))).size(),
                    "ten rows of k1, one of them with two amounts");
        }
    }

    /** 30 rows: kind k0, k1 or k2, an amount, a note on every third, and a second amount on row 4. */
    static void fill(DatasetGraph dataset) {
        Node table = NodeFactory.createURI(TABLE);
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < 30; i++) {
                Node row = NodeFactory.createURI(TABLE + "/row" + i);
                dataset.add(Quad.create(table, row, column("kind"), NodeFactory.createLiteralString("k" + i % 3)));
                dataset.add(Quad.create(table, row, column("amount"), NodeFactory.createLiteralDT(
                        Integer.toString(i * 100), XSDDatatype.XSDinteger)));
                if (i % 3 == 0) dataset.add(Quad.create(table, row, column("note"), NodeFactory.createLiteralString(i % 2 == 0 ? "甲" : "乙")));
            }
            dataset.add(Quad.create(table, NodeFactory.createURI(TABLE + "/row4"), column("amount"),
                    NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger)));
        });
    }

    private static Node column(String name) {
        return NodeFactory.createURI("urn:x:" + name);
    }

    /** Each row as its result variables' values, in the query's order. */
    static List<String> lines(Query query, RowSet rows) {
        List<String> lines = new ArrayList<>();
        rows.forEachRemaining(row -> {
            StringBuilder line = new StringBuilder();
            for (String variable : query.getResultVars()) line.append(row.get(variable)).append('\t');
            lines.add(line.toString());
        });
        return lines;
    }
}
