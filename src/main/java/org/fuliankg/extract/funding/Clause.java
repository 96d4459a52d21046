package org.fuliankg.extract.funding;

/**
 * The clause of a sentence around a position: the text between the nearest clause marks (，；：。！？ and
 * their half-width forms). Roles, beneficiaries and subjects are read clause by clause.
 *
 * @param start inclusive index into the sentence
 * @param end   exclusive index
 */
public record Clause(int start, int end) {

    private static final String MARKS = ",，;；:：。!！?？\n";

    /** The clause containing [from, to) of {@code sentence}. */
    public static Clause around(String sentence, int from, int to) {
        int s = from;
        while (s > 0 && MARKS.indexOf(sentence.charAt(s - 1)) < 0) s--;
        int e = to;
        while (e < sentence.length() && MARKS.indexOf(sentence.charAt(e)) < 0) e++;
        return new Clause(s, e);
    }

    /**
     * The sentence with everything inside “…”, "…" and 《…》 replaced by □, so that words inside programme names
     * (“爱心捐赠行动”) are not read as verbs of the sentence. Lengths and offsets are unchanged.
     */
    public static String maskQuotes(String sentence) {
        StringBuilder b = new StringBuilder(sentence);
        char close = 0;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (close != 0) {
                if (c == close) close = 0;
                else b.setCharAt(i, '□');
            } else if (c == '“') {
                close = '”';
            } else if (c == '《') {
                close = '》';
            } else if (c == '「') {
                close = '」';
            } else if (c == '"' && sentence.indexOf('"', i + 1) > 0) {
                close = '"';
            }
        }
        return b.toString();
    }
}
