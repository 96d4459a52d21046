package org.fuliankg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/**
 * Requests asking a query whose answer another request is computing wait for that answer instead of computing it
 * again (eight clients asking the same heavy query computed it eight times, one after another), and go on with it
 * as soon as it is written.
 */
class SameQueryOnceTest {

    private final ResultCache cache = new ResultCache(DatasetGraphFactory.createTxnMem(), 1_000_000);

    @Test
    void theFirstRequestComputesAndTheOthersWaitForItsEnd() {
        assertNull(cache.claim("q"), "the first request computes");
        CountDownLatch second = cache.claim("q");
        assertNotNull(second, "the second waits");
        assertSame(second, cache.claim("q"), "so does the third, for the same computation");
        assertNull(cache.claim("another query"), "another query is computed at once");
        assertEquals(1, second.getCount());
        cache.computed("q");
        assertEquals(0, second.getCount(), "the waiting requests go on when it is done, kept or not");
        assertNull(cache.claim("q"), "a later request may compute it again (when it was not kept)");
    }

    @Test
    void theWaitingGoOnWithTheAnswerOnceItIsWrittenNotOnceItIsSentAndKept() {
        ResultCache.Answer answer = answer("{}");
        assertNull(cache.claim("q"));
        CountDownLatch waiting = cache.claim("q");
        cache.written("q", answer);
        assertEquals(0, waiting.getCount(), "written: the waiting go on while it is sent to its own client");
        assertSame(answer, cache.get("q"), "they, and requests arriving now, take the written answer");
        assertNotNull(cache.claim("q"), "and do not compute it again");
        cache.put("q", answer);
        cache.computed("q");
        assertSame(answer, cache.get("q"), "then it is the kept one");
    }

    @Test
    void aWrittenAnswerNotKeptIsHandedOnOnlyUntilItsComputationEnds() {
        assertNull(cache.claim("q"));
        cache.written("q", answer("{}"));
        cache.computed("q");
        assertNull(cache.get("q"), "not kept (say, too large even compressed): the next request computes it");
        cache.written("unclaimed", answer("{}"));
        assertNull(cache.get("unclaimed"), "a request that claimed nothing hands nothing on: none would take it back");
    }

    private static ResultCache.Answer answer(String text) {
        AnswerBytes body = new AnswerBytes(1_000);
        body.write(text.getBytes(StandardCharsets.UTF_8), 0, text.length());
        body.close();
        return new ResultCache.Answer("application/sparql-results+json", body).tagged(); // as an answer is written
    }
}
