package org.fuliankg.extract.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Where "NAME是" runs straight into a named body (张某某是宝钢的一名技术员): the 是 characters an organisation
 * mention starts right after, found once per text. Looking a name up then costs the few such places rather than a
 * scan of the whole text, which for every name of a long page was quadratic in its length.
 */
final class CopulaSites {

    private static final char COPULA = '是';

    private final String text;
    private final int[] copulas;

    /** @param organisationStarts where organisation mentions start in {@code text} */
    CopulaSites(String text, Collection<Integer> organisationStarts) {
        this.text = text;
        this.copulas = organisationStarts.stream().mapToInt(Integer::intValue)
                .filter(start -> start > 0 && text.charAt(start - 1) == COPULA)
                .map(start -> start - 1).sorted().toArray();
    }

    /**
     * Starts of {@code name + "是"} followed by an organisation mention, in text order: those a left-to-right scan
     * for non-overlapping occurrences finds (occurrences overlap only if the name itself contains 是).
     */
    List<Integer> namesBefore(String name) {
        if (name.indexOf(COPULA) >= 0) return scanned(name);
        List<Integer> starts = new ArrayList<>();
        for (int copula : copulas) {
            int start = copula - name.length();
            if (start >= 0 && text.startsWith(name, start)) starts.add(start);
        }
        return starts;
    }

    private List<Integer> scanned(String name) {
        List<Integer> starts = new ArrayList<>();
        String sought = name + COPULA;
        for (int at = text.indexOf(sought); at >= 0; at = text.indexOf(sought, at + sought.length())) {
            if (Arrays.binarySearch(copulas, at + name.length()) >= 0) starts.add(at);
        }
        return starts;
    }
}
