package org.fuliankg.build;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.fuliankg.store.TdbStore;

/**
 * What a corpus build did: the named graphs each input file made (one for a text file or page, one per page for a
 * web archive), the documents skipped, how many documents were kept from the previous store without being
 * extracted again (0 on a full build), the records of web archives passed over as not pages, by reason, and what
 * the build computed of the derived tables ({@code derived}; null until the store is written): an incremental
 * rebuild recomputes only the rows its changed documents touch.
 */
public record BuildReport(Map<Path, List<String>> graphs, List<SkippedInput> skipped, int kept,
                          Map<String, Integer> passedOver, TdbStore.Derived derived) {
    public BuildReport {
        graphs = Map.copyOf(graphs);
        skipped = List.copyOf(skipped);
        passedOver = Collections.unmodifiableMap(new TreeMap<>(passedOver));
    }

    /** A report of the documents, before the store is written. */
    public BuildReport(Map<Path, List<String>> graphs, List<SkippedInput> skipped, int kept,
                       Map<String, Integer> passedOver) {
        this(graphs, skipped, kept, passedOver, null);
    }

    /** This report with what the build computed of the derived tables. */
    public BuildReport withDerived(TdbStore.Derived computed) {
        return new BuildReport(graphs, skipped, kept, passedOver, computed);
    }

    /** Documents in the graph. */
    public int documents() {
        return graphs.values().stream().mapToInt(List::size).sum();
    }

    public boolean complete() {
        return skipped.isEmpty();
    }

    /**
     * E.g. "12 documents, 2 skipped", "12 documents (10 unchanged)", or for web archives
     * "40 documents; passed over in web archives: 3 HTTP 404, 12 not a page (image/png)"; after an incremental
     * rebuild also what it recomputed: "12 documents (11 unchanged); recomputed: 31 rows of the changed documents'
     * tables, 140 of 1,958 summary rows (6 written); ledger rows written: 3 of 412".
     */
    public String summary() {
        int documents = documents();
        String passed = passedOver.isEmpty() ? "" : "; passed over in web archives: " + passedOver.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        return documents + (documents == 1 ? " document" : " documents")
                + (kept == 0 ? "" : " (" + kept + " unchanged)")
                + (skipped.isEmpty() ? "" : ", " + skipped.size() + (skipped.size() == 1 ? " file" : " files") + " skipped")
                + passed + recomputed();
    }

    private String recomputed() {
        if (derived == null || derived.full()) return "";
        return String.format(Locale.ROOT, "; recomputed: %,d rows of the changed documents' tables, %,d of %,d summary "
                        + "rows (%,d written); ledger rows written: %,d of %,d", derived.documentRows(),
                derived.summaryRowsRecomputed(), derived.summaryRows(), derived.summaryRowsChanged(),
                derived.ledgerRowsChanged(), derived.ledgerRows());
    }
}
