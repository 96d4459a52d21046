package org.fuliankg.normalise;

/**
 * Full-width ASCII forms (U+FF01–U+FF5E: digits, latin letters and ，；：（）！？ …) become their ASCII forms, and
 * the ideographic, no-break and thin spaces become plain spaces, so pages agree with the seeds' half-width
 * commas. Chinese punctuation outside that block (。、“”《》) is kept. The double-prime quotes of converted documents
 * (“巾帼建功〞, 〝三八〞红旗手) and the white corner brackets of traditional script (『半邊天家園』) become the curly
 * quotes they stand for, so quoted names read alike; the small form variants (﹔﹐﹑) their plain forms; other
 * dots between Han characters (•‧・∙) the middle dot ·. One
 * character for one.
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
                    : isOddSpace(c) ? ' ' : c == '\u301D' || c == '\u300E' ? '“'
                    : c == '\u301E' || c == '\u301F' || c == '\u300F' ? '”'
                    : isOtherMiddleDot(c) && betweenHan(text, i) ? '\u00B7' : smallForm(c);
            if (folded == c) continue;
            if (out == null) out = traced.builder();
            out.keep(kept, i).replace(i, String.valueOf(folded));
            kept = i + 1;
        }
        return out == null ? traced : out.keep(kept, text.length()).build();
    }

    /**
     * Small form variants of punctuation (U+FE50–FE57: ﹐﹑﹔﹕﹖﹗ of some big5 pages) read as what they stand for. The
     * small full stop ﹒ stays: pages write it as the dot inside transcribed names (阿依努尔﹒托合提).
     */
    private static char smallForm(char c) {
        return switch (c) {
            case '\uFE50' -> ',';
            case '\uFE51' -> '、';
            case '\uFE54' -> ';';
            case '\uFE55' -> ':';
            case '\uFE56' -> '?';
            case '\uFE57' -> '!';
            default -> c;
        };
    }

    /**
     * The bullet, hyphenation point, katakana and operator dots (•‧・∙) between two Han characters are the middle dot
     * (·) other pages write there: in a campaign's name of two phrases (甲乙丙·丁戊己) or a transcribed name, one
     * mark. Elsewhere (a bullet opening a menu item) they stay.
     */
    private static boolean isOtherMiddleDot(char c) {
        return c == '\u2022' || c == '\u2027' || c == '\u30FB' || c == '\u2219';
    }

    private static boolean betweenHan(String text, int i) {
        return i > 0 && i + 1 < text.length() && isHan(text.charAt(i - 1)) && isHan(text.charAt(i + 1));
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Ideographic, no-break and thin spaces (the latter two also separate thousands). */
    private static boolean isOddSpace(char c) {
        return c == '\u3000' || c == '\u00A0' || c == '\u2009' || c == '\u202F';
    }
}
