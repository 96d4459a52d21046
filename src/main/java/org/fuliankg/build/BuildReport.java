package org.fuliankg.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a corpus build did: the named graph of every document in the graph, the files skipped, and how many
 * documents were kept from the previous store without being extracted again (0 on a full build).
 */
public record BuildReport(Map<Path, String> graphs, List<SkippedInput> skipped, int kept) {
    public BuildReport {
        graphs = Map.copyOf(graphs);
        skipped = List.copyOf(skipped);
    }

    /** Documents in the graph. */
    public int documents() {
        return graphs.size();
    }

    public boolean complete() {
        return skipped.isEmpty();
    }

    /** E.g. "12 documents, 2 files skipped", or "12 documents (10 unchanged), 2 files skipped". */
    public String summary() {
        int documents = documents();
        return documents + (documents == 1 ? " document" : " documents")
                + (kept == 0 ? "" : " (" + kept + " unchanged)")
                + (skipped.isEmpty() ? "" : ", " + skipped.size() + (skipped.size() == 1 ? " file" : " files") + " skipped");
    }
}
