package org.fuliankg.bench.process;

import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/**
 * What one corpus size measured in its own JVM: text → served TDB2 store.
 *
 * @param buildSeconds     wall time of {@code CorpusStore.update} from nothing
 * @param chars            characters (code points) of the articles
 * @param triples          quads in the store (document graphs plus the reference graph)
 * @param documentQuads    quads of the document graphs alone (the reference graph is the same for every corpus)
 * @param peakRssMb        peak resident set size of the JVM during the build
 * @param peakRssAnonMb    peak anonymous part of it: heap and native memory, without TDB2's file mappings
 * @param peakHeapMb       peak used heap (sampled, garbage included) during the build
 * @param peakLiveHeapMb   peak heap left after a collection during the build
 * @param rebuildUnchangedSeconds second update with the same files, or -1 when not measured
 * @param rebuildChangedSeconds   update after rewriting 1% of the files, or -1 when not measured
 * @param store            the store left current (after the rebuilds, if any)
 * @param extractSeconds   the part of the build until the last document was extracted, mapped and staged (what a
 *                         Spark job spreads over executors); the rest is TDB2's bulk load, person links, text index
 * @param storeMb          the store's files (TDB2 and the full-text index) right after the build, in MiB
 * @param maxHeapMb        the build JVM's heap limit
 */
public record ScaleResult(int articles, int documents, long chars, double buildSeconds, long triples,
                   long documentQuads, double peakRssMb, double peakRssAnonMb, double peakHeapMb, double peakLiveHeapMb, double rebuildUnchangedSeconds, double rebuildChangedSeconds, boolean rebuiltOnChange,
                   Path store, double extractSeconds, double storeMb, double maxHeapMb) {

    public String toJson() {
        JsonObject o = new JsonObject();
        o.put("articles", articles);
        o.put("documents", documents);
        o.put("chars", chars);
        o.put("build_seconds", JsonNumber.value(buildSeconds));
        o.put("triples", triples);
        o.put("document_quads", documentQuads);
        o.put("peak_rss_mb", JsonNumber.value(peakRssMb));
        o.put("peak_rss_anon_mb", JsonNumber.value(peakRssAnonMb));
        o.put("peak_heap_mb", JsonNumber.value(peakHeapMb));
        o.put("peak_live_heap_mb", JsonNumber.value(peakLiveHeapMb));
        o.put("rebuild_unchanged_seconds", JsonNumber.value(rebuildUnchangedSeconds));
        o.put("rebuild_1pct_seconds", JsonNumber.value(rebuildChangedSeconds));
        o.put("rebuilt_on_change", rebuiltOnChange);
        o.put("store", store.toString());
        o.put("extract_seconds", JsonNumber.value(extractSeconds));
        o.put("store_mb", JsonNumber.value(storeMb));
        o.put("max_heap_mb", JsonNumber.value(maxHeapMb));
        return JSON.toStringFlat(o);
    }

    static ScaleResult fromJson(String line) {
        JsonObject o = JSON.parse(line);
        return new ScaleResult(o.getNumber("articles").intValue(), o.getNumber("documents").intValue(),
                o.getNumber("chars").longValue(), o.getNumber("build_seconds").doubleValue(),
                o.getNumber("triples").longValue(), o.getNumber("document_quads").longValue(),
                o.getNumber("peak_rss_mb").doubleValue(), o.getNumber("peak_rss_anon_mb").doubleValue(),
                o.getNumber("peak_heap_mb").doubleValue(),
                o.getNumber("peak_live_heap_mb").doubleValue(),
                o.getNumber("rebuild_unchanged_seconds").doubleValue(), o.getNumber("rebuild_1pct_seconds").doubleValue(),
                o.get("rebuilt_on_change").getAsBoolean().value(), Path.of(o.getString("store")),
                o.getNumber("extract_seconds").doubleValue(), o.getNumber("store_mb").doubleValue(),
                o.getNumber("max_heap_mb").doubleValue());
    }

    /** Quads per second of the stage after extraction: TDB2's load rate, with person links and the text index. */
    double loadQuadsPerSecond() {
        return triples / (buildSeconds - extractSeconds);
    }

    public double triplesPerSecond() {
        return triples / buildSeconds;
    }

    public double charsPerSecond() {
        return chars / buildSeconds;
    }

    /** Quads of the document graphs per 1,000 characters of text: how lean the graph is. */
    public double quadsPerThousandChars() {
        return 1000.0 * documentQuads / chars;
    }
}
