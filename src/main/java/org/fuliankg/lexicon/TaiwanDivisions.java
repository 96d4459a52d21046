package org.fuliankg.lexicon;

import java.util.List;

/**
 * Taiwan's county-level divisions (special municipalities, cities, counties: 台北市, 南投县), which the divisions list
 * does not hold, as the normalised text writes them ({@code taiwan-divisions.txt}).
 */
public final class TaiwanDivisions {

    private static final List<String> NAMES = ResourceLines.read("taiwan-divisions.txt").stream()
            .map(row -> row[0].strip()).toList();

    private TaiwanDivisions() {}

    /** Every division's name, in the file's order. */
    public static List<String> names() {
        return NAMES;
    }
}
