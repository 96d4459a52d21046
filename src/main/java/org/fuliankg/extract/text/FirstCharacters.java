package org.fuliankg.extract.text;

import java.util.BitSet;

/**
 * The characters a match of a regular expression can start with, read from the expression when it is a list of
 * words (认捐款?项?|承诺捐款?, (?<!统)筹(?=…), (?:资助|救助)(?!金)). A matcher tries such a list at every position
 * of a text, word by word; a text holding none of these characters cannot match, and a match cannot start before
 * the first of them, so a scan for them is a cheap test before the matcher.
 */
public final class FirstCharacters {

    private final BitSet chars;

    private FirstCharacters(BitSet chars) {
        this.chars = chars;
    }

    /** The first characters of {@code regex}'s matches, or null when the expression is not such a list. */
    public static FirstCharacters of(String regex) {
        BitSet chars = new BitSet();
        return addFirstOfAlternatives(regex, chars) ? new FirstCharacters(chars) : null;
    }

    /** The first position of {@code text} a match can start at, or -1 when none can. */
    public int firstCandidate(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.get(text.charAt(i))) return i;
        }
        return -1;
    }

    private static boolean addFirstOfAlternatives(String regex, BitSet out) {
        int depth = 0;
        int from = 0;
        for (int i = 0; i <= regex.length(); i = next(regex, i)) {
            char c = i < regex.length() ? regex.charAt(i) : '|';
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) {
                if (!addFirst(regex.substring(from, i), out)) return false;
                from = i + 1;
            }
        }
        return true;
    }

    /** Adds the first character of one alternative; false when it can start otherwise (or match nothing). */
    private static boolean addFirst(String alternative, BitSet out) {
        int i = 0;
        while (alternative.startsWith("(?<!", i) || alternative.startsWith("(?<=", i)
                || alternative.startsWith("(?=", i) || alternative.startsWith("(?!", i)) {
            int close = closingParen(alternative, i);
            if (close < 0) return false;
            i = close + 1; // a lookaround consumes nothing
        }
        if (i >= alternative.length()) return false;
        char c = alternative.charAt(i);
        int groupStart = alternative.startsWith("(?:", i) ? i + 3 : c == '(' && !alternative.startsWith("(?", i) ? i + 1 : -1;
        int end = groupStart >= 0 ? closingParen(alternative, i) : i;
        if (end < 0 || isOptional(alternative, end + 1)) return false;
        if (groupStart >= 0) return addFirstOfAlternatives(alternative.substring(groupStart, end), out);
        if ("\\[().^$|?*+{}".indexOf(c) >= 0) return false; // an escape, a class or an operator
        out.set(c);
        return true;
    }

    private static boolean isOptional(String regex, int at) {
        return at < regex.length() && "?*{".indexOf(regex.charAt(at)) >= 0;
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1. */
    private static int closingParen(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i = next(regex, i)) {
            char c = regex.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i;
        }
        return -1;
    }

    /** The index after the element at {@code i}: an escape or a character class is one element. */
    private static int next(String regex, int i) {
        if (i >= regex.length()) return i + 1;
        if (regex.charAt(i) == '\\') return i + 2;
        if (regex.charAt(i) != '[') return i + 1;
        for (int j = i + 1; j < regex.length(); j++) {
            if (regex.charAt(j) == '\\') j++;
            else if (regex.charAt(j) == ']' && j > i + 1) return j + 1;
        }
        return regex.length();
    }
}
