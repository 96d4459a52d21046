package org.fuliankg.lexicon;

import java.util.HashSet;
import java.util.Set;

/** Common Chinese surnames (surnames.txt): a personal name starts with one. */
public final class Surnames {

    private static final Surnames INSTANCE = new Surnames();

    private final Set<String> surnames = new HashSet<>();

    private Surnames() {
        for (String[] row : ResourceLines.read("surnames.txt")) surnames.add(row[0]);
    }

    public static Surnames get() {
        return INSTANCE;
    }

    /** Length of the surname that starts {@code text} at {@code pos} (2 for compound surnames), or 0. */
    public int surnameLengthAt(String text, int pos) {
        if (pos + 2 <= text.length() && surnames.contains(text.substring(pos, pos + 2))) return 2;
        if (pos < text.length() && surnames.contains(text.substring(pos, pos + 1))) return 1;
        return 0;
    }
}
