package org.fuliankg.extract.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What a match of a regular expression is made of, read from the expression: every character it can consume (and a
 * lookahead closing it, written 元(?=捐款), can read), and characters one of which it must hold (the first ones of its
 * last element that must match: 元 of (?:约|近)?[0-9]+元). A match starting at a position is then a run of those
 * characters holding a required one: where the run from a candidate position ends before any required character
 * (一 in 一个, 大 in 大会 for a sum of money), no match can start, and the matcher need not be tried.
 *
 * <p>Read only from expressions made of words, character classes (negated ones too; no escapes), {@code \d}, {@code \s},
 * escaped punctuation, groups and quantifiers; lookarounds consume nothing and are skipped (a lookahead ending an
 * alternative is read as part of it). Anything else ({@code .}, {@code \p{…}}, inline flags) leaves
 * nothing known.
 */
final class MatchCharacters {

    private static final String DIGITS = "0123456789";
    private static final String SPACES = " \t\n\u000B\f\r";

    /** Characters a match (with a lookahead closing it) can consist of; they include {@link #required}. */
    final BitSet body;
    /** A match holds one of these. */
    final BitSet required;

    private MatchCharacters(BitSet body, BitSet required) {
        this.body = body;
        this.required = required;
    }

    /** Null when the expression is not of the readable kind (see the class comment). */
    static MatchCharacters of(String regex) {
        BitSet body = new BitSet();
        BitSet required = new BitSet();
        for (String alternative : alternatives(regex)) {
            String read = withClosingLookaheadRead(alternative);
            if (read == null || !addConsumed(read, body) || !addRequired(read, required)) return null;
        }
        body.or(required);
        return new MatchCharacters(body, required);
    }

    /** The top-level alternatives of an expression. */
    private static List<String> alternatives(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i <= regex.length(); i = FirstCharacters.next(regex, i)) {
            char c = i < regex.length() ? regex.charAt(i) : '|';
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) {
                out.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        return out;
    }

    /** 数(?=捐款) read as 数(?:捐款): what a closing lookahead reads follows the match. Null if a group does not close. */
    private static String withClosingLookaheadRead(String alternative) {
        if (!alternative.endsWith(")")) return alternative;
        int i = 0;
        int lastOpen = -1;
        while (i < alternative.length()) {
            if (alternative.charAt(i) == '(') {
                int close = FirstCharacters.closingParen(alternative, i);
                if (close < 0) return null;
                lastOpen = i;
                i = close + 1;
            } else {
                i = FirstCharacters.next(alternative, i);
            }
        }
        if (lastOpen < 0 || !alternative.startsWith("(?=", lastOpen) || FirstCharacters.closingParen(alternative, lastOpen) != alternative.length() - 1) {
            return alternative;
        }
        return alternative.substring(0, lastOpen) + "(?:" + alternative.substring(lastOpen + 3);
    }

    /** Adds every character {@code regex} can consume; false when one is not readable. */
    private static boolean addConsumed(String regex, BitSet out) {
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (isLookaround(regex, i)) {
                int close = FirstCharacters.closingParen(regex, i);
                if (close < 0) return false;
                i = close + 1;
            } else if (c == '(') {
                if (regex.startsWith("(?:", i)) i += 3;
                else if (regex.startsWith("(?<", i)) { // a named group
                    int nameEnd = regex.indexOf('>', i);
                    if (nameEnd < 0) return false;
                    i = nameEnd + 1;
                } else if (regex.startsWith("(?", i)) return false; // an inline flag, an atomic group …
                else i++;
            } else if (c == '{') {
                int close = regex.indexOf('}', i);
                if (close < 0) return false;
                i = close + 1; // a quantifier
            } else if (c == '[') {
                int end = FirstCharacters.next(regex, i);
                String members = regex.substring(i + 1, end - 1);
                if (members.startsWith("^")) { // every character but the members: a run ends at them (，。 …)
                    BitSet excluded = new BitSet();
                    if (!FirstCharacters.addClass(members.substring(1), excluded)) return false;
                    BitSet others = new BitSet();
                    others.set(0, Character.MAX_VALUE + 1);
                    others.andNot(excluded);
                    out.or(others);
                } else if (!FirstCharacters.addClass(members, out)) {
                    return false;
                }
                i = end;
            } else if (c == '\\') {
                if (i + 1 >= regex.length() || !addEscape(regex.charAt(i + 1), out)) return false;
                i += 2;
            } else if (c == '.') {
                return false;
            } else {
                if (")|?*+^$".indexOf(c) < 0) out.set(c); // else an operator or an anchor: nothing consumed
                i++;
            }
        }
        return true;
    }

    /** \d, \s or an escaped punctuation mark (\., \-); false for the others (\p{…}, \w, \u4e00, \b …). */
    private static boolean addEscape(char escaped, BitSet out) {
        if (escaped == 'd') DIGITS.chars().forEach(out::set);
        else if (escaped == 's') SPACES.chars().forEach(out::set);
        else if (escaped < 128 && !Character.isLetterOrDigit(escaped)) out.set(escaped);
        else return false;
        return true;
    }

    /**
     * Adds the first characters of the alternative's last element that must match (not optional, its first
     * characters readable); false when it has none.
     */
    private static boolean addRequired(String alternative, BitSet out) {
        BitSet last = null;
        int i = 0;
        while (i < alternative.length()) {
            if (isLookaround(alternative, i)) {
                int close = FirstCharacters.closingParen(alternative, i);
                if (close < 0) return false;
                i = close + 1;
                continue;
            }
            int end = alternative.charAt(i) == '(' ? FirstCharacters.closingParen(alternative, i) + 1 : FirstCharacters.next(alternative, i);
            if (end <= 0) return false;
            int after = FirstCharacters.afterQuantifier(alternative, end);
            if (after < 0) return false;
            boolean optional = after > end && FirstCharacters.isOptional(alternative.substring(end, after));
            if (!optional) {
                BitSet first = FirstCharacters.firstOnly(alternative.substring(i, end));
                if (first != null) last = first;
            }
            i = after;
        }
        if (last == null) return false;
        out.or(last);
        return true;
    }

    private static boolean isLookaround(String regex, int i) {
        return regex.startsWith("(?=", i) || regex.startsWith("(?!", i) || regex.startsWith("(?<=", i)
                || regex.startsWith("(?<!", i);
    }
}
