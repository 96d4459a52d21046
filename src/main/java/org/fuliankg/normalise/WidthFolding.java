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
        TracedText.Builder out = traced.builder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') out.replace(i, String.valueOf((char) (c - FULL_WIDTH_OFFSET)));
            else if (c == '\u3000' || c == '\u00A0') out.replace(i, " ");
            else out.keep(i, i + 1);
        }
        return out.build();
    }
}
