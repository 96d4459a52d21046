package org.fuliankg.normalise;

/**
 * Full-width ASCII forms (U+FF01–U+FF5E: digits, latin letters and ，；：（）！？ …) become their ASCII forms, and
 * the ideographic and no-break spaces become plain spaces. Chinese punctuation outside that block (，is U+FF0C
 * and goes, 。、“” stay) is kept. One character for one.
 */
final class WidthFolding implements Repair {
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    @Override
    public TracedText apply(TracedText traced) {
        String text = traced.text();
        TracedText.Builder out = null;
        int kept = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char folded = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - FULL_WIDTH_OFFSET)
                    : c == '\u3000' || c == '\u00A0' ? ' ' : c;
            if (folded == c) continue;
            if (out == null) out = traced.builder();
            out.keep(kept, i).replace(i, String.valueOf(folded));
            kept = i + 1;
        }
        return out == null ? traced : out.keep(kept, text.length()).build();
    }
}
