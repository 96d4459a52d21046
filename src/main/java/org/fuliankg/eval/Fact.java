package org.fuliankg.eval;

import java.util.Set;

/**
 * One scorable fact, gold or predicted, reduced to comparable keys.
 *
 * @param key        the canonical key (e.g. {@code 王某某|荆州市妇联}, {@code 1000000|at-least|value-of-goods})
 * @param alternates other keys it may be matched by: a programme's aliases, an official's name alone
 * @param surface    the text as written, for the report
 * @param offset     code point offset in the document, or -1 when unknown
 * @param optional   gold only: neither required nor wrong
 */
public record Fact(String key, Set<String> alternates, String surface, int offset, boolean optional) {

    public Fact {
        alternates = Set.copyOf(alternates);
    }

    static Fact of(String key, String surface, int offset) {
        return new Fact(key, Set.of(), surface, offset, false);
    }

    Fact withKeys(String newKey, Set<String> newAlternates) {
        return new Fact(newKey, newAlternates, surface, offset, optional);
    }

    /** True when any key of one equals any key of the other. */
    boolean overlaps(Fact other) {
        if (key.equals(other.key) || other.alternates.contains(key) || alternates.contains(other.key)) return true;
        for (String a : alternates) if (other.alternates.contains(a)) return true;
        return false;
    }
}
