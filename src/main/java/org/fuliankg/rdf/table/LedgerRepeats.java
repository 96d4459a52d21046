package org.fuliankg.rdf.table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * Which figures repeat an earlier one (by IRI): the same amount, qualifier, role, programme, responsible
 * organisation and time text, in any document; a figure without a qualifier repeats one with any qualifier. Only
 * figures with an amount, a qualifier and a role count as earlier ones, as in the full-graph ledger.
 */
final class LedgerRepeats {

    private final Map<String, String> firstOfKey = new HashMap<>();
    private final Map<String, String> firstOfKeyAnyQualifier = new HashMap<>();

    LedgerRepeats(List<LedgerEntry> entries) {
        for (LedgerEntry entry : entries) {
            if (entry.node(Columns.AMOUNT) == null || entry.text(Columns.QUALIFIER) == null || entry.text(Columns.ROLE) == null) {
                continue;
            }
            firstOfKey.merge(key(entry, entry.text(Columns.QUALIFIER)), entry.figure, LedgerRepeats::min);
            firstOfKeyAnyQualifier.merge(key(entry, ""), entry.figure, LedgerRepeats::min);
        }
    }

    boolean repeats(LedgerEntry entry) {
        if (entry.node(Columns.AMOUNT) == null || entry.text(Columns.ROLE) == null) return false;
        String qualifier = entry.text(Columns.QUALIFIER);
        String first = qualifier != null ? firstOfKey.get(key(entry, qualifier)) : firstOfKeyAnyQualifier.get(key(entry, ""));
        return first != null && first.compareTo(entry.figure) < 0;
    }

    private static String key(LedgerEntry entry, String qualifier) {
        Node amount = entry.node(Columns.AMOUNT);
        return String.join("\t", amount.getLiteralLexicalForm(), amount.getLiteralDatatypeURI(), qualifier,
                entry.text(Columns.ROLE), iri(entry.node(Columns.PROGRAMME)), iri(entry.node(Columns.ORGANISATION)),
                entry.text(Columns.TIME) == null ? "" : entry.text(Columns.TIME));
    }

    private static String iri(Node node) {
        return node == null ? "" : node.getURI();
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
