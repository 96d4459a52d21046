package org.fuliankg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.CountDownLatch;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/**
 * Requests asking a query whose answer another request is computing wait for that answer instead of computing it
 * again (eight clients asking the same heavy query computed it eight times, one after another).
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
}
