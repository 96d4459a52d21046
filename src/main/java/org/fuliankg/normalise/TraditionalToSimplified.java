package org.fuliankg.normalise;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.fuliankg.lexicon.ResourceLines;

/**
 * Traditional characters to simplified ones, one character for one, so offsets stay simple. The table is
 * HanLP's own t2s data (see traditional-simplified.NOTICE); characters that are standard simplified characters
 * in their own right (乾 in names, 薹 …) are not in it. Applied everywhere: a simplified page is left as is,
 * a traditional page or a stray traditional character from OCR becomes simplified.
 */
final class TraditionalToSimplified implements Repair {
    private static final Map<Integer, String> TABLE = load();
    /** Quick check for the common case: most characters have no entry. */
    private static final BitSet HAS_ENTRY = new BitSet();

    static {
        TABLE.keySet().forEach(HAS_ENTRY::set);
    }

    private static Map<Integer, String> load() {
        Map<Integer, String> table = new HashMap<>();
        for (String[] cols : ResourceLines.read(TraditionalToSimplified.class, "traditional-simplified.tsv")) {
            table.put(cols[0].codePointAt(0), cols[1]);
        }
        return Map.copyOf(table);
    }

    @Override
    public TracedText apply(TracedText traced) {
        String text = traced.text();
        TracedText.Builder out = null;
        int kept = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (HAS_ENTRY.get(cp)) {
                if (out == null) out = traced.builder();
                out.keep(kept, i).replace(i, TABLE.get(cp));
                kept = i + width;
            }
            i += width;
        }
        return out == null ? traced : out.keep(kept, text.length()).build();
    }
}
