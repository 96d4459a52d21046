package org.fuliankg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** Cross products judged before computing, over 20 triples (7 of them with the predicate p0). */
class CrossProductTest {

    private static final DatasetGraph DATA = DatasetGraphFactory.createTxnMem();

    static {
        for (int i = 0; i < 20; i++) {
            DATA.add(Quad.defaultGraphIRI, NodeFactory.createURI("urn:x:s" + i),
                    NodeFactory.createURI("urn:x:p" + i % 3), NodeFactory.createLiteralString("value " + i));
        }
    }

    /** The verdict with a row limit of 100, a time limit of 1 s and an engine of {@code rowsPerSecond}. */
    private static CrossProduct.Judged judged(String query, long rowsPerSecond) {
        Query parsed = StoredAnswers.parsed(query);
        return Txn.calculateRead(DATA, () -> CrossProduct.judged(parsed, DATA, 100, 1_000, rowsPerSecond));
    }

    @Test
    void aListedCrossProductPastTheRowLimitIsTooLarge() {
        var judged = judged("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }", Long.MAX_VALUE);
        assertEquals(CrossProduct.Verdict.TOO_MANY_ROWS, judged.verdict());
        assertEquals(2, judged.groups());
        assertEquals(20 * 20, judged.rows());
    }

    @Test
    void aSliceWithinTheRowLimitIsComputed() {
        assertNull(judged("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 100", 1));
        // 400 rows, from row 350: 50 rows
        assertNull(judged("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } OFFSET 350", Long.MAX_VALUE));
        assertEquals(CrossProduct.Verdict.TOO_MANY_ROWS,
                judged("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } OFFSET 299", Long.MAX_VALUE).verdict());
    }

    @Test
    void aCountOrSortOfMoreRowsThanTheEngineGoesThroughInTheLimitIsTooLong() {
        String count = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"; // 8,000 rows
        assertEquals(CrossProduct.Verdict.TOO_LONG, judged(count, 7_999).verdict());
        assertEquals(8_000, judged(count, 7_999).rows());
        assertNull(judged(count, 8_000));
        String sorted = "SELECT * WHERE { ?a ?b ?c . ?d <urn:x:p0> ?f } ORDER BY ?c ?f LIMIT 10"; // 20 × 7 rows
        assertEquals(CrossProduct.Verdict.TOO_LONG, judged(sorted, 139).verdict());
        assertNull(judged(sorted, 140));
        // without a sort the engine stops at the tenth row
        assertNull(judged("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 10", 1));
    }

    @Test
    void aDistinctAnswerIsNotCountedAsTheProductsRows() {
        assertNull(judged("SELECT DISTINCT ?b ?e WHERE { ?a ?b ?c . ?d ?e ?f }", Long.MAX_VALUE));
    }

    @Test
    void joinedFilteredOrEmptyPatternsAreComputed() {
        assertNull(judged("SELECT * WHERE { ?a ?b ?c . ?c ?d ?e }", 1));
        assertNull(judged("SELECT * WHERE { ?a ?b ?c . _:x ?e ?f . _:x ?g ?h }", 1));
        assertNull(judged("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f FILTER(?c != ?f) }", 1));
        assertNull(judged("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f OPTIONAL { ?a ?x ?y } }", 1));
        assertNull(judged("SELECT * WHERE { ?a ?b ?c . <urn:x:none> ?e ?f }", 1));
        assertNull(judged("SELECT * WHERE { ?a ?b ?c }", 1));
    }
}
