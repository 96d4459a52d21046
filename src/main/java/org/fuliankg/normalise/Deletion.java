package org.fuliankg.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repair that deletes every match of a pattern for which {@link #deletes} agrees; the rest is kept as is.
 * Patterns are tried at every position of a document: one that needs a Han character before its match says so
 * after its cheap first character ({@code [(（](?<=\p{IsHan}[(（])}), not before it, where the script lookup would
 * run at every position.
 */
abstract class Deletion implements Repair {
    private final Pattern pattern;
    /** The characters every match starts with, or null when any may: the pattern is tried only where one stands. */
    private final char[] starts;

    Deletion(Pattern pattern) {
        this(pattern, null);
    }

    Deletion(Pattern pattern, String starts) {
        this.pattern = pattern;
        this.starts = starts == null ? null : starts.toCharArray();
    }

    /** Whether this match is noise to drop; by default every match is. */
    boolean deletes(Matcher match, String text) {
        return true;
    }

    @Override
    public TracedText apply(TracedText traced) {
        String text = traced.text();
        Matcher match = pattern.matcher(text);
        // what find() tries at every position is tried only where a match can start, the text around it visible
        if (starts != null) match.useTransparentBounds(true).useAnchoringBounds(false);
        TracedText.Builder out = null;
        int kept = 0;
        int from = 0;
        while (starts == null ? match.find() : nextMatch(match, text, from)) {
            from = match.end(); // matches are never empty
            if (!deletes(match, text)) continue;
            if (out == null) out = traced.builder();
            out.keep(kept, match.start());
            kept = match.end();
        }
        if (out == null) return traced;
        return out.keep(kept, text.length()).build();
    }

    /** The first match at {@code from} or after, as {@link Matcher#find()} finds it. */
    private boolean nextMatch(Matcher match, String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (!isStart(text.charAt(i))) continue;
            match.region(i, text.length());
            if (match.lookingAt()) return true;
        }
        return false;
    }

    private boolean isStart(char c) {
        for (char s : starts) if (c == s) return true;
        return false;
    }
}
