package org.fuliankg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pins the contract queries: their result variables and their exact rows over the two fixture documents. */
class ContractQueriesTest {

    private static final String A = FactsFixture.FILE_A;
    private static final String B = FactsFixture.FILE_B;
    private static Dataset dataset;

    @BeforeAll
    static void build() {
        dataset = FactsFixture.dataset();
    }

    @Test
    void officialsGivesOneRowPerPostHeld() {
        // ?orgWritten is new, after the columns the contract already had: the body as written, unbound when not kept
        assertEquals(List.of("file", "name", "position", "org", "orgWritten"),
                QueryFiles.parse("officials.rq").getResultVars());
        assertRows("officials.rq",
                row(A, "李红梅", "党组书记", "自贡市妇联", "自贡市妇联"),
                row(A, "李红梅", "主席", "自贡市妇联", "自贡市妇联"),
                row(A, "张丽", "主席", "富顺县妇联", "富顺县妇联"),
                row(A, "张丽", "会长", "自贡市女企业家协会", "自贡市女企业家协会"),
                row(B, "李红梅", "主席", "自贡市妇联", null));
    }

    @Test
    void fundingsGivesOneRowPerFigure() {
        // ?cumulative, ?year, then ?currency are new, after the columns the contract already had
        assertEquals(List.of("file", "amount", "qualifier", "role", "program", "org", "beneficiaries", "cumulative",
                        "year", "currency"), QueryFiles.parse("fundings.rq").getResultVars());
        assertRows("fundings.rq",
                row(A, "1200000.0", "at-least", "raised", "春蕾计划", "自贡市妇联", "800", "false", "2022", "CNY"),
                row(A, "10000.0", "exact", "per-person", "两癌救助", "自贡市妇联", "150", "false", null, "CNY"));
    }

    @Test
    void aTdb2StoreGivesTheSameAmountsAndFindsEachAgain() {
        // TDB2 keeps decimals by value and gives them back in canonical form: an amount written otherwise
        // (1200000 rather than 1200000.0) would no longer match its own figure once read from an answer
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(store, () -> dataset.asDatasetGraph().find().forEachRemaining(store::add));
        Txn.executeRead(store, () -> {
            Dataset tdb = DatasetFactory.wrap(store);
            assertEquals(sorted(QueryFiles.rows(dataset, "fundings.rq")), sorted(QueryFiles.rows(tdb, "fundings.rq")));
            for (List<String> row : QueryFiles.rows(tdb, "fundings.rq")) {
                String again = "SELECT ?f WHERE { GRAPH ?g { ?f <https://schema.org/value> " + row.get(1) + " } }";
                try (QueryExecution exec = QueryExecution.create(again, tdb)) {
                    assertTrue(exec.execSelect().hasNext(), again);
                }
            }
        });
    }

    @Test
    void organisationsGivesOneRowPerOrganisationAndFile() {
        assertEquals(List.of("file", "name", "type", "level", "region"), QueryFiles.parse("organisations.rq").getResultVars());
        assertRows("organisations.rq",
                row(A, "自贡市妇联", "federation", "prefecture", "自贡市"),
                row(A, "中国妇女发展基金会", "foundation", "national", "中国"),
                row(A, "富顺县妇联", "federation", "county", "富顺县"),
                row(A, "自贡市女企业家协会", "association", "prefecture", "自贡市"),
                row(B, "自贡市妇联", "federation", "prefecture", "自贡市"),
                row(B, "四川省妇联", "federation", "province", "四川省"),
                row(B, "中国妇女报", "media", null, null));
    }

    @Test
    void programmesGivesOneRowPerProgrammeAndFile() {
        assertEquals(List.of("file", "name", "kind"), QueryFiles.parse("programmes.rq").getResultVars());
        assertRows("programmes.rq",
                row(A, "春蕾计划", "spring-bud"),
                row(A, "两癌救助", "two-cancer"),
                row(B, "百千万巾帼大宣讲", "publicity"),
                row(B, "春蕾计划", "spring-bud"));
    }

    private static List<String> row(String... values) {
        return Arrays.asList(values);
    }

    @SafeVarargs
    private static void assertRows(String query, List<String>... expected) {
        assertEquals(sorted(List.of(expected)), sorted(QueryFiles.rows(dataset, query)), query);
    }

    static List<List<String>> sorted(List<List<String>> rows) {
        List<List<String>> copy = new ArrayList<>(rows);
        copy.sort(Comparator.comparing(List::toString));
        return copy;
    }
}
