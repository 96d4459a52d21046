package org.fuliankg.extract.people.titles;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.fuliankg.extract.text.NameReader;
import org.fuliankg.lexicon.Positions;
import org.fuliankg.lexicon.Positions.Title;
import org.fuliankg.lexicon.Surnames;

/**
 * An infobox's or leadership page's labels: a title alone on its line, its holders on the next line (主席 / 某某某),
 * the holders often run together with no mark between them (副主席 / 甲乙丙丁, two-character names padded with a space
 * to line up: 马 某林 某), and a count line may stand between (副主席 / 3 / …). The body is the page's, as for any bare
 * title.
 */
public final class LabelLines {

    /** A line of holders longer than this (characters) is running text, not a label's value. */
    private static final int MAX_LINE = 120;
    /** The longest part of a name after a name dot (多吉帕姆), and the longest given name. */
    private static final int MAX_DOTTED_PART = 4;
    private static final int MAX_GIVEN = 2;

    /** A name read on a holders' line: where it is written and the name without its padding. */
    public record Holder(int start, int end, String name) {}

    private final String t;

    public LabelLines(String text) {
        this.t = text;
    }

    /**
     * The start of the holders' line of a title alone on its line, or -1: the next non-empty line, after a line
     * holding only a count.
     */
    public int holdersLineStart(Title title) {
        int lineStart = t.lastIndexOf('\n', title.start() - 1) + 1;
        if (!t.substring(lineStart, title.start()).isBlank()) return -1;
        int p = title.end();
        while (p < t.length() && isSpace(t.charAt(p))) p++;
        if (p >= t.length() || t.charAt(p) != '\n') return -1;
        p = nextLine(p);
        if (p < t.length() && Character.isDigit(t.charAt(p))) { // 副主席 / 3 / …: the count of the holders below
            int e = p;
            while (e < t.length() && Character.isDigit(t.charAt(e))) e++;
            if (e < t.length() && t.charAt(e) != '\n') return -1;
            p = nextLine(e);
        }
        return p < t.length() && Character.isIdeographic(t.codePointAt(p)) ? p : -1;
    }

    /**
     * The names that fill the line from {@code start} to its end, in order, or an empty list when the line is not made
     * of names alone (a title, a sentence, a word that starts with no surname).
     */
    public List<Holder> holders(int start) {
        int end = t.indexOf('\n', start);
        if (end < 0) end = t.length();
        while (end > start && isSpace(t.charAt(end - 1))) end--;
        if (end - start > MAX_LINE) return List.of();
        List<Holder> read = new ArrayList<>();
        return tile(start, end, read, new BitSet()) ? read : List.of();
    }

    /** Fills [p, end) with names, longest first, backing off when the rest cannot be filled ({@code failed}: where
     * it cannot). */
    private boolean tile(int p, int end, List<Holder> read, BitSet failed) {
        while (p < end && (isSpace(t.charAt(p)) || t.charAt(p) == '、')) p++;
        if (p == end) return true;
        if (failed.get(p) || Positions.get().titleAt(t, p).isPresent()) return false;
        int surname = Surnames.get().surnameLengthAt(t, p);
        if (surname == 0 && Surnames.get().everydayWordSurnameAt(t, p)) surname = 1;
        // 格桑·某某: a joined name needs no Han surname
        List<Integer> ends = surname > 0 ? nameEnds(p, surname, end) : joinedNameEnds(p, end);
        for (int e : ends) {
            read.add(new Holder(p, e, t.substring(p, e).replaceAll("[ \\u3000]", "")));
            if (tile(e, end, read, failed)) return true;
            read.remove(read.size() - 1);
        }
        failed.set(p);
        return false;
    }

    /** Where a name starting at {@code p} may end, longest first: a joined name's parts, a given name of one or two
     * characters, a one-character given name after a padding space (马 某). */
    private List<Integer> nameEnds(int p, int surname, int end) {
        List<Integer> ends = new ArrayList<>();
        for (int given = MAX_GIVEN; given >= 1; given--) {
            int e = p + surname + given;
            if (e > end || !allHan(p, e)) continue;
            if (e < end && NameReader.isNameDot(t.charAt(e))) ends.addAll(dottedEnds(e, end));
            else ends.add(e);
        }
        int padded = p + surname;
        if (padded + 2 <= end && isSpace(t.charAt(padded)) && Character.isIdeographic(t.codePointAt(padded + 1))) {
            ends.add(padded + 2);
        }
        return ends;
    }

    /** Where a joined name with no Han surname starting at {@code p} may end (格桑·某某), longest first. */
    private List<Integer> joinedNameEnds(int p, int end) {
        List<Integer> ends = new ArrayList<>();
        for (int part = MAX_DOTTED_PART; part >= 2; part--) {
            int dot = p + part;
            if (dot < end && allHan(p, dot) && NameReader.isNameDot(t.charAt(dot))) ends.addAll(dottedEnds(dot, end));
        }
        return ends;
    }

    /** The ends of a name joined by name dots from the dot at {@code dot} (桑某·多吉帕姆·某某), longest first. */
    private List<Integer> dottedEnds(int dot, int end) {
        List<Integer> ends = new ArrayList<>();
        for (int part = MAX_DOTTED_PART; part >= 2; part--) {
            int e = dot + 1 + part;
            if (e > end || !allHan(dot + 1, e)) continue;
            if (e < end && NameReader.isNameDot(t.charAt(e))) ends.addAll(dottedEnds(e, end));
            else ends.add(e);
        }
        return ends;
    }

    private boolean allHan(int from, int to) {
        for (int i = from; i < to; i++) if (!Character.isIdeographic(t.codePointAt(i))) return false;
        return true;
    }

    private int nextLine(int newline) {
        int p = newline;
        while (p < t.length() && (t.charAt(p) == '\n' || isSpace(t.charAt(p)))) p++;
        return p;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\t' || c == '\r';
    }
}
