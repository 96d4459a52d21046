package org.fuliankg.extract.text;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a match of a regular expression can start with, read from the expression when its start is made
 * of words, character classes and groups of them, optional or not (认捐款?项?|承诺捐款?, (?<!统)筹(?=…),
 * (?:资助|救助)(?!金), (?:约|近)?[0-9０-９]+元). A matcher tries an expression at every position of a text, and an
 * expression opening with a list of words or a class tries each of them there; a text holding none of these
 * characters cannot match, and a match cannot start elsewhere, so a scan for them is a cheap test before the matcher
 * ({@link #firstCandidate}) or in its place ({@link #matches}). Where the expression also tells what its matches are
 * made of ({@link MatchCharacters}), {@link #matches} skips the candidates whose run of such characters holds none a
 * match needs.
 */
public final class FirstCharacters {

    /** What {@code \d} and {@code \s} stand for (without the UNICODE_CHARACTER_CLASS flag). */
    private static final String DIGITS = "0123456789";
    private static final String SPACES = " \t\n\u000B\f\r";

    private final BitSet chars;
    /** What matches consist of, or null when the expression does not tell. */
    private final MatchCharacters made;

    private FirstCharacters(BitSet chars, MatchCharacters made) {
        this.chars = chars;
        this.made = made;
    }

    /**
     * The first characters of {@code regex}'s matches, or null when they cannot be read: an expression that can
     * match nothing, or starts with something else (., \p{…}, a negated class, ^, an inline flag …).
     */
    public static FirstCharacters of(String regex) {
        BitSet chars = firstOnly(regex);
        return chars == null ? null : new FirstCharacters(chars, MatchCharacters.of(regex));
    }

    /** The first characters of {@code regex}'s matches, or null (as {@link #of}). */
    static BitSet firstOnly(String regex) {
        BitSet chars = new BitSet();
        return firstOfAlternatives(regex, chars) == Start.CHARACTER ? chars : null;
    }

    /** The first position of {@code text} a match can start at, or -1 when none can. */
    public int firstCandidate(CharSequence text) {
        return nextCandidate(text, 0);
    }

    private int nextCandidate(CharSequence text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (chars.get(text.charAt(i))) return i;
        }
        return -1;
    }

    /**
     * The matches of {@code pattern} in {@code text}, the ones {@link Matcher#find()} gives, found by trying the
     * pattern only at the positions holding one of these characters.
     *
     * @param pattern an expression these are the first characters of, compiled without flags
     */
    public Matches matches(Pattern pattern, CharSequence text) {
        return new Matches(pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false), text);
    }

    /** Successive matches, as of {@link Matcher#find()}; read each from {@link #matcher()}. */
    public final class Matches {
        private final Matcher matcher;
        private final CharSequence text;
        private int from;

        private Matches(Matcher matcher, CharSequence text) {
            this.matcher = matcher;
            this.text = text;
        }

        /** The next match, if any: the one starting first after the previous one, as {@link Matcher#find()}. */
        public boolean find() {
            // each position is what find() tries there: the text before it stays visible to lookbehinds, and ^ holds
            // only at the text's start
            for (int i = nextCandidate(text, from); i >= 0; i = nextCandidate(text, i + 1)) {
                if (made != null && !runHoldsRequired(i)) continue;
                matcher.region(i, text.length());
                if (matcher.lookingAt()) {
                    from = matcher.end(); // a match is never empty: it starts with one of the characters
                    return true;
                }
            }
            from = text.length();
            return false;
        }

        /** End of the last run of {@link MatchCharacters#body} characters scanned, and where in it the last required
         * character stands (-1: none): a candidate inside that run needs no scan of its own. */
        private int runEnd = -1;
        private int lastRequired = -1;

        /** Whether the run of characters a match can consist of, from {@code i}, holds one a match needs. */
        private boolean runHoldsRequired(int i) {
            if (i >= runEnd) {
                int k = i;
                lastRequired = -1;
                while (k < text.length() && made.body.get(text.charAt(k))) {
                    if (made.required.get(text.charAt(k))) lastRequired = k;
                    k++;
                }
                runEnd = k;
            }
            return lastRequired >= i;
        }

        /** The matcher holding the last match found. */
        public Matcher matcher() {
            return matcher;
        }
    }

    /** How a part of an expression can start: with a character read into the set, with nothing (it can be empty),
     * or unreadably. */
    private enum Start { CHARACTER, EMPTY, UNKNOWN }

    private static Start firstOfAlternatives(String regex, BitSet out) {
        int depth = 0;
        int from = 0;
        Start all = Start.CHARACTER;
        for (int i = 0; i <= regex.length(); i = next(regex, i)) {
            char c = i < regex.length() ? regex.charAt(i) : '|';
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) {
                Start s = firstOfSequence(regex.substring(from, i), out);
                if (s == Start.UNKNOWN) return Start.UNKNOWN;
                if (s == Start.EMPTY) all = Start.EMPTY;
                from = i + 1;
            }
        }
        return all;
    }

    /** Adds the characters one alternative can start with: those of its elements up to the first that must match. */
    private static Start firstOfSequence(String alternative, BitSet out) {
        int i = 0;
        while (i < alternative.length()) {
            if (alternative.startsWith("(?<!", i) || alternative.startsWith("(?<=", i)
                    || alternative.startsWith("(?=", i) || alternative.startsWith("(?!", i)) {
                int close = closingParen(alternative, i);
                if (close < 0) return Start.UNKNOWN;
                i = close + 1; // a lookaround consumes nothing
                continue;
            }
            int end = alternative.charAt(i) == '(' ? closingParen(alternative, i) + 1 : next(alternative, i);
            if (end <= 0) return Start.UNKNOWN; // a group that does not close
            Start element = firstOfElement(alternative, i, end, out);
            if (element == Start.UNKNOWN) return Start.UNKNOWN;
            int after = afterQuantifier(alternative, end);
            if (after < 0) return Start.UNKNOWN;
            boolean optional = after > end && isOptional(alternative.substring(end, after));
            if (element == Start.CHARACTER && !optional) return Start.CHARACTER;
            i = after;
        }
        return Start.EMPTY;
    }

    /** The element at [start, end): a group, a class, \d, \s or a plain character. */
    private static Start firstOfElement(String regex, int start, int end, BitSet out) {
        char c = regex.charAt(start);
        if (c == '(') {
            int close = end - 1;
            if (regex.startsWith("(?:", start)) return firstOfAlternatives(regex.substring(start + 3, close), out);
            if (regex.startsWith("(?<", start)) { // a named group
                int nameEnd = regex.indexOf('>', start);
                return nameEnd < 0 || nameEnd > close ? Start.UNKNOWN : firstOfAlternatives(regex.substring(nameEnd + 1, close), out);
            }
            if (regex.startsWith("(?", start)) return Start.UNKNOWN; // an inline flag, an atomic group …
            return firstOfAlternatives(regex.substring(start + 1, close), out);
        }
        if (c == '[') return addClass(regex.substring(start + 1, end - 1), out) ? Start.CHARACTER : Start.UNKNOWN;
        if (c == '\\') {
            String set = regex.startsWith("\\d", start) ? DIGITS : regex.startsWith("\\s", start) ? SPACES : null;
            if (set == null) return Start.UNKNOWN;
            set.chars().forEach(out::set);
            return Start.CHARACTER;
        }
        if (".^$|?*+{}".indexOf(c) >= 0) return Start.UNKNOWN; // any character, an anchor or an operator
        out.set(c);
        return Start.CHARACTER;
    }

    /** The characters and ranges of a class ([0-9０-９], [、及]); not a negated one, nor one with escapes or
     * nested classes. */
    static boolean addClass(String members, BitSet out) {
        if (members.isEmpty() || members.startsWith("^") || members.contains("\\") || members.contains("[")
                || members.contains("&&")) {
            return false;
        }
        for (int i = 0; i < members.length(); i++) {
            char c = members.charAt(i);
            if (i + 2 < members.length() && members.charAt(i + 1) == '-') {
                out.set(c, members.charAt(i + 2) + 1);
                i += 2;
            } else {
                out.set(c);
            }
        }
        return true;
    }

    /** The index after the quantifier at {@code at} (and its lazy or possessive mark), or {@code at}; -1 when a
     * brace does not close. */
    static int afterQuantifier(String regex, int at) {
        if (at >= regex.length()) return at;
        char c = regex.charAt(at);
        int end;
        if (c == '?' || c == '*' || c == '+') end = at + 1;
        else if (c == '{') {
            int close = regex.indexOf('}', at);
            if (close < 0) return -1;
            end = close + 1;
        } else return at;
        return end < regex.length() && (regex.charAt(end) == '?' || regex.charAt(end) == '+') ? end + 1 : end;
    }

    /** ?, *, {0,n}: a quantifier that lets its element match nothing. */
    static boolean isOptional(String quantifier) {
        return quantifier.startsWith("?") || quantifier.startsWith("*") || quantifier.startsWith("{0");
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1. */
    static int closingParen(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i = next(regex, i)) {
            char c = regex.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i;
        }
        return -1;
    }

    /** The index after the element at {@code i}: an escape or a character class is one element. */
    static int next(String regex, int i) {
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
