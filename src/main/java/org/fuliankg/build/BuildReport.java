package org.fuliankg.build;

import java.util.List;

/** What a corpus build did: how many documents went into the graph and which files were skipped. */
public record BuildReport(int documents, List<SkippedInput> skipped) {
    public BuildReport {
        skipped = List.copyOf(skipped);
    }

    public boolean complete() {
        return skipped.isEmpty();
    }

    /** E.g. "12 documents, 2 files skipped". */
    public String summary() {
        return documents + (documents == 1 ? " document" : " documents")
                + (skipped.isEmpty() ? "" : ", " + skipped.size() + (skipped.size() == 1 ? " file" : " files") + " skipped");
    }
}
