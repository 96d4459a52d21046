package org.fuliankg.normalise;

import java.util.HashMap;
import java.util.Map;

/**
 * Traditional characters to simplified ones, one character for one, so offsets stay simple. The table is
 * HanLP's own t2s data (see traditional-simplified.NOTICE); characters that are standard simplified characters
 * in their own right (乾 in names, 薹 …) are not in it. Applied everywhere: a simplified page is left as is,
 * a traditional page or a stray traditional character from OCR becomes simplified.
 */
final class TraditionalToSimplified implements Repair {
    private static final Map<Integer, String> TABLE = load();

    private static Map<Integer, String> load() {
        Map<Integer, String> table = new HashMap<>();
        for (String line : ResourceLines.read(TraditionalToSimplified.class, "traditional-simplified.tsv")) {
            String[] cols = line.split("\t");
            table.put(cols[0].codePointAt(0), cols[1]);
        }
        return Map.copyOf(table);
    }

    @Override
    public TracedText apply(TracedText traced) {
        String text = traced.text();
        TracedText.Builder out = traced.builder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            String simplified = TABLE.get(cp);
            if (simplified != null) out.replace(i, simplified);
            else out.keep(i, i + width);
            i += width;
        }
        return out.build();
    }
}
