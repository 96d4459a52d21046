package org.fuliankg.serve;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * SELECT answers of one read-only store as written (JSON, XML, CSV, TSV …), so that a query asked again is answered
 * by sending bytes, without running it or writing its rows again: eight clients reading a 46,000-row answer each
 * had it written for them, seconds of CPU apiece. Correct by construction: a cache belongs to one dataset, which
 * is never written while served (a rebuilt store is served by a new server with a new cache; a writable server has
 * none), its key is the whole query with the request's dataset description and the answer's format, and queries
 * whose answer can change while the store does not (SERVICE, NOW(), RAND() …) are never kept. Bounded by the bytes
 * its answers take, the least recently used answer leaving first; an answer too large to keep as written is kept
 * gzip-compressed (the ledger's 60 MB of JSON at 10,000 articles take ~6 MB), and one of {@link #GZIP_FROM} bytes
 * or more also compressed beside, for clients that accept gzip: eight clients at once reading a table's answer
 * of a few MB spent their time moving its bytes, a tenth as many when compressed.
 */
final class ResultCache {

    /** The share of the heap the answers may take: TDB2's node caches and the queries computing need the rest. */
    static final double HEAP_SHARE = 0.10;

    /** {@link #HEAP_SHARE} of the JVM's maximum heap (100 MB under the launcher's 1 GB). */
    static long defaultMaxBytes() {
        return (long) (Runtime.getRuntime().maxMemory() * HEAP_SHARE);
    }

    /**
     * An answer over this share of the bound is not kept as written but compressed, and not at all when still
     * larger: a few whole tables (a contract dump asked over SPARQL, 50–150 MB of JSON at 10,000 articles) pushed
     * every research answer out, which were then computed again under load.
     */
    static final int LARGEST_SHARE = 4;

    /** The smallest answer kept also compressed: below it, gzip saves a client less than a millisecond. */
    static final int GZIP_FROM = 64 << 10;

    /** A kept answer's map entry and key object, rounded up. */
    private static final long ENTRY_BYTES = 200;

    /** Functions and clauses whose answer depends on more than the store. */
    private static final Pattern VOLATILE = Pattern.compile(
            "(?i)\\b(?:SERVICE|NOW|RAND|UUID|STRUUID|BNODE)\\b");

    /**
     * One kept answer: its Content-Type header, its bytes as written (null when kept compressed only), gzip-compressed
     * (null when not compressed), its length as written, and its entity tag ({@link #tagged}; null on an answer made without one).
     */
    record Answer(String contentType, AnswerBytes written, AnswerBytes gzipped, long length, String tag) {
        Answer(String contentType, AnswerBytes written) {
            this(contentType, written, null, written.size());
        }

        Answer(String contentType, AnswerBytes written, AnswerBytes gzipped, long length) {
            this(contentType, written, gzipped, length, null);
        }

        /**
         * With its entity tag: a weak tag (the same for the answer as written and gzipped) naming its bytes, so a
         * client holding the answer of an earlier request, of this server or of one serving the same store before,
         * asks with {@code If-None-Match} and gets a 304 without a body ({@link AnswerFormat#send}); a new store's
         * answer differs, so does its tag. Computed once, when the answer is written (SHA-256 of its bytes as
         * written; of its compressed bytes for one kept compressed only from the start, an answer written with the
         * store), and kept through compression.
         */
        Answer tagged() {
            if (tag != null) return this;
            AnswerBytes named = written != null ? written : gzipped;
            return new Answer(contentType, written, gzipped, length, "W/\"" + named.sha256(contentType) + "\"");
        }

        /** Kept compressed only: sent decompressed to clients that do not accept gzip. */
        boolean compressed() {
            return written == null;
        }

        /** The bytes it is kept in: as written when it is, else compressed. */
        AnswerBytes body() {
            return written != null ? written : gzipped;
        }

        /** The bytes it takes, in both forms. */
        long size() {
            return (written == null ? 0 : written.size()) + (gzipped == null ? 0 : gzipped.size());
        }

        /** Compressed only. */
        Answer compress() {
            return compressed() ? this : new Answer(contentType, null, gzipped != null ? gzipped : written.gzipped(), length, tag);
        }

        /**
         * As written and compressed beside, unless gzip cannot shrink it to a quarter: then as it is. A table's JSON
         * shrinks 10–15 times; the 235 KB of names of {@code officials-by-position} (2,000 articles) only 2.6 times,
         * and 8 clients inflating it waited longer (p50 130 ms) than for its bytes as written (44–61 ms).
         */
        Answer alsoCompressed() {
            if (gzipped != null) return this;
            AnswerBytes packed = written.gzipped();
            return packed.size() * 4 > written.size() ? this : new Answer(contentType, written, packed, length, tag);
        }
    }

    /** A kept answer and the bytes it takes with its entry. */
    private record Sized(Answer answer, long size) {}

    private final DatasetGraph dataset;
    private final long maxBytes;
    private final Map<String, Sized> answers = new LinkedHashMap<>(64, 0.75f, true);
    /** Keys whose answer a request is computing now; the latch opens when it is written or the computation ends. */
    private final Map<String, CountDownLatch> computing = new HashMap<>();
    /** Answers written and not yet kept: their requests are sending them, then compress and keep them. */
    private final Map<String, Answer> handedOver = new HashMap<>();
    /**
     * Answers written with the store ({@link StoredAnswers}): never pushed out, as computing them under load is what
     * they spare (a few MB compressed, outside the bound: table pages pushed the ledger out and it was computed again).
     */
    private final Map<String, Answer> stored = new HashMap<>();
    private long bytes;

    ResultCache(DatasetGraph dataset, long maxBytes) {
        this.dataset = dataset;
        this.maxBytes = maxBytes;
    }

    /**
     * The key of a query on {@code requested} (the dataset the request reads) answered in {@code mediaType}, or null
     * when its answer must not be kept: another dataset, or a volatile query.
     */
    String key(DatasetGraph requested, Query query, String defaultGraphs, String namedGraphs, String mediaType) {
        if (!serves(requested)) return null;
        String text = query.toString();
        if (VOLATILE.matcher(text).find()) return null;
        return text + "\n#default-graph-uri " + defaultGraphs + "\n#named-graph-uri " + namedGraphs
                + "\n#format " + mediaType;
    }

    /** Whether this is the cache of {@code requested}: the store it keeps answers of. */
    boolean serves(DatasetGraph requested) {
        return requested == dataset;
    }

    /** The bytes the kept answers take, with their entries. */
    synchronized long bytes() {
        return bytes;
    }

    /** The kept answer of {@code key}, or the one just written for it and not kept yet; null when neither. */
    synchronized Answer get(String key) {
        Answer written = stored.get(key);
        if (written != null) return written;
        Sized kept = answers.get(key);
        return kept != null ? kept.answer() : handedOver.get(key);
    }

    /**
     * Claims the computation of {@code key}'s answer: null when the caller is to compute it (and then must call
     * {@link #computed}), else the latch of the request computing it now, to wait for and then read the written
     * answer ({@link #get}). Eight clients asking the same heavy query at once computed it eight times, one after
     * another in the expensive slot, each waiting for all before it.
     */
    synchronized CountDownLatch claim(String key) {
        CountDownLatch other = computing.get(key);
        if (other == null) computing.put(key, new CountDownLatch(1));
        return other;
    }

    /**
     * Hands the answer of a computation {@link #claim}ed to the requests waiting for it and to those asking for it
     * until it is kept ({@link #get}): they send it while its own request does, instead of waiting through that
     * sending and the compressing of a large answer for the cache ({@link #put}).
     */
    void written(String key, Answer answer) {
        CountDownLatch done;
        synchronized (this) {
            done = computing.get(key);
            // unclaimed (a request computing what it waited for in vain): no one to hand it to, none to take it back
            if (done != null) handedOver.put(key, answer);
        }
        if (done != null) done.countDown();
    }

    /** Ends a computation {@link #claim}ed, whether its answer was kept or not: the requests waiting for it go on. */
    void computed(String key) {
        CountDownLatch done;
        synchronized (this) {
            done = computing.remove(key);
            handedOver.remove(key);
        }
        if (done != null) done.countDown();
    }

    /** Keeps an answer written with the store for good ({@link #stored}). */
    void keepStored(String key, Answer answer) {
        Answer tagged = answer.tagged();
        synchronized (this) {
            stored.put(key, tagged);
        }
    }

    /** The largest answer kept, in bytes: {@link #LARGEST_SHARE a quarter} of the bound. */
    long largestAnswer() {
        return maxBytes / LARGEST_SHARE;
    }

    /** The largest answer written to be kept (compressed when over {@link #largestAnswer()}): the bound. */
    long largestWritten() {
        return maxBytes;
    }

    /** The bytes {@code answer} takes when kept under {@code key}: its body, its key and its entry. */
    long bytesWith(String key, Answer answer) {
        return key.length() * 2L + ENTRY_BYTES + answer.size();
    }

    /**
     * Keeps an answer: as written when it takes at most {@link #largestAnswer()} (from {@link #GZIP_FROM} bytes on
     * with a compressed copy beside, when both fit), else gzip-compressed when that does, else not at all; the least
     * recently used leave for it. Call after sending it ({@link #written} hands it on meanwhile): compressing takes
     * time.
     */
    void put(String key, Answer answer) {
        Answer kept = answer.compressed() || answer.length() < GZIP_FROM ? answer : answer.alsoCompressed();
        if (bytesWith(key, kept) > largestAnswer()) kept = kept.compress();
        long size = bytesWith(key, kept);
        if (size > largestAnswer()) return;
        kept = kept.tagged();
        synchronized (this) {
            Sized old = answers.put(key, new Sized(kept, size));
            bytes += size - (old == null ? 0 : old.size());
            Iterator<Sized> eldest = answers.values().iterator();
            while (bytes > maxBytes && eldest.hasNext()) {
                bytes -= eldest.next().size();
                eldest.remove();
            }
        }
    }
}
