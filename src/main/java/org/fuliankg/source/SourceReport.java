package org.fuliankg.source;

import java.util.List;

/**
 * A document as read, with notes on what reading did to it, in words a user can act on, e.g.
 * "decoded as GB18030", "HTML page: visible text extracted", "truncated at 20000000 characters".
 */
public record SourceReport(SourceDocument document, List<String> notes) {
    public SourceReport {
        notes = List.copyOf(notes);
    }
}
