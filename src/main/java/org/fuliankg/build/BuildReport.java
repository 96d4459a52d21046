package org.fuliankg.build;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a corpus build did: the named graphs each input file made (one for a text file or page, one per page for a
 * web archive), the documents skipped, how many documents were kept from the previous store without being
 * extracted again (0 on a full build), and the records of web archives passed over as not pages, by reason.
 */
public record BuildReport(Map<Path, List<String>> graphs, List<SkippedInput> skipped, int kept,
                          Map<String, Integer> passedOver) {
    public BuildReport {
        graphs = Map.copyOf(graphs);
        skipped = List.copyOf(skipped);
        passedOver = Collections.unmodifiableMap(new TreeMap<>(passedOver));
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
     * "40 documents; passed over in web archives: 3 HTTP 404, 12 not a page (image/png)".
     */
    public String summary() {
        int documents = documents();
        String passed = passedOver.isEmpty() ? "" : "; passed over in web archives: " + passedOver.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        return documents + (documents == 1 ? " document" : " documents")
                + (kept == 0 ? "" : " (" + kept + " unchanged)")
                + (skipped.isEmpty() ? "" : ", " + skipped.size() + (skipped.size() == 1 ? " file" : " files") + " skipped")
                + passed;
    }
}
