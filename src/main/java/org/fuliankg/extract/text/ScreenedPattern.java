package org.fuliankg.extract.text;

import java.util.regex.Pattern;

/**
 * A regular expression whose {@link #find} first looks for a character its matches can start with
 * ({@link FirstCharacters}): {@link java.util.regex.Matcher#find()} tries every position, and the words before or after
 * a sum are tested against dozens of expressions that most of them cannot start. Where the first characters cannot be
 * read from the expression, it is tried everywhere, as before.
 */
public final class ScreenedPattern {

    private final Pattern pattern;
    /** Null when the expression does not tell. */
    private final FirstCharacters starts;

    private ScreenedPattern(String regex) {
        this.pattern = Pattern.compile(regex);
        this.starts = FirstCharacters.of(regex);
    }

    /** {@code regex} compiled without flags, as {@link FirstCharacters} reads it. */
    public static ScreenedPattern compile(String regex) {
        return new ScreenedPattern(regex);
    }

    /** Whether {@code text} holds a match: {@code pattern().matcher(text).find()}. */
    public boolean find(CharSequence text) {
        if (starts == null) return pattern.matcher(text).find();
        int first = starts.firstCandidate(text);
        // no match starts before the first candidate; find(int) sees the whole text, as find() does
        return first >= 0 && pattern.matcher(text).find(first);
    }

    public Pattern pattern() {
        return pattern;
    }
}
