package org.fuliankg.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/**
 * The load test asks for the contract dumps as the project documents whole tables: pages in the query's own order
 * over SPARQL, and whole downloads from /kg/table/; never the whole table over SPARQL, which the row limit refuses.
 */
class LoadRequestTest {

    private static final Path QUERIES = Path.of("queries");

    @Test
    void contractDumpsArePagedInTheirOrderAndDownloadedWhole() throws Exception {
        List<List<LoadRequest>> rounds = LoadRequest.rounds(QUERIES);
        for (int r = 0; r < rounds.size(); r++) {
            long offset = r % 2 == 0 ? 0 : 100_000;
            for (String dump : LoadRequest.CONTRACT_DUMPS) {
                LoadRequest page = only(rounds.get(r), LoadRequest.PAGE, dump);
                Query query = QueryFactory.create(page.query());
                assertEquals(LoadRequest.PAGE_ROWS, query.getLimit(), dump);
                assertEquals(offset, query.getOffset(), dump);
                assertTrue(query.hasOrderBy(), dump + ": a page is only stable in the query's own order");
                assertEquals(LoadRequest.PAGE_ROWS, page.maxRows());
                LoadRequest table = only(rounds.get(r), LoadRequest.TABLE, dump.replace(".rq", ".csv"));
                assertEquals(dump.replace(".rq", ""), table.query());
                assertFalse(rounds.get(r).stream().anyMatch(q -> q.kind().equals(LoadRequest.CANNED)
                        && q.name().equals(dump)), dump + " is not asked whole over SPARQL");
            }
            assertTrue(rounds.get(r).stream().anyMatch(q -> q.name().equals("funding-ledger.rq")
                    && q.kind().equals(LoadRequest.CANNED) && q.maxRows() == Long.MAX_VALUE), "research queries whole");
        }
    }

    private static LoadRequest only(List<LoadRequest> round, String kind, String name) {
        List<LoadRequest> found = round.stream().filter(q -> q.kind().equals(kind) && q.name().contains(name)).toList();
        assertEquals(1, found.size(), kind + " " + name + " in " + round.stream().map(LoadRequest::name).toList());
        return found.get(0);
    }
}
