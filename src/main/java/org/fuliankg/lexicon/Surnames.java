package org.fuliankg.lexicon;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/** Common Chinese surnames (surnames.txt): a personal name starts with one. */
public final class Surnames {

    private static final Surnames INSTANCE = new Surnames();

    /** Single-character surnames, and the first characters of two-character ones: names are looked for at nearly
     * every position of a text, most of which start none. */
    private final BitSet single = new BitSet();
    private final BitSet firstOfDouble = new BitSet();
    /** Surnames that are also everyday words (word-surnames.txt): trusted only where a title stands before. */
    private final BitSet everydayWords = new BitSet();
    /** Two-character surnames as both characters in one int, sorted: found without cutting out a substring (上官 starts
     * with 上, which texts write everywhere). */
    private final int[] doubles;

    private Surnames() {
        Set<String> surnames = new HashSet<>();
        for (String[] row : ResourceLines.read("surnames.txt")) surnames.add(row[0]);
        for (String s : surnames) {
            if (s.length() == 1) single.set(s.charAt(0));
            else if (s.length() == 2) firstOfDouble.set(s.charAt(0));
        }
        for (String[] row : ResourceLines.read("word-surnames.txt")) everydayWords.set(row[0].charAt(0));
        doubles = surnames.stream().filter(s -> s.length() == 2).mapToInt(s -> pair(s.charAt(0), s.charAt(1))).sorted()
                .toArray();
    }

    public static Surnames get() {
        return INSTANCE;
    }

    /** Length of the surname that starts {@code text} at {@code pos} (2 for compound surnames), or 0. */
    public int surnameLengthAt(String text, int pos) {
        if (pos + 2 <= text.length() && firstOfDouble.get(text.charAt(pos))
                && Arrays.binarySearch(doubles, pair(text.charAt(pos), text.charAt(pos + 1))) >= 0) {
            return 2;
        }
        return pos < text.length() && single.get(text.charAt(pos)) ? 1 : 0;
    }

    /** True when a surname that is also an everyday word (代, 计) starts {@code text} at {@code pos}. */
    public boolean everydayWordSurnameAt(String text, int pos) {
        return pos < text.length() && everydayWords.get(text.charAt(pos));
    }

    private static int pair(char first, char second) {
        return first << 16 | second;
    }
}
