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

    Deletion(Pattern pattern) {
        this.pattern = pattern;
    }

    /** Whether this match is noise to drop; by default every match is. */
    boolean deletes(Matcher match, String text) {
        return true;
    }

    @Override
    public TracedText apply(TracedText traced) {
        String text = traced.text();
        Matcher match = pattern.matcher(text);
        TracedText.Builder out = null;
        int kept = 0;
        while (match.find()) {
            if (!deletes(match, text)) continue;
            if (out == null) out = traced.builder();
            out.keep(kept, match.start());
            kept = match.end();
        }
        if (out == null) return traced;
        return out.keep(kept, text.length()).build();
    }
}
