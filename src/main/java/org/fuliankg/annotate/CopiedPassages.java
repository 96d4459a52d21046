package org.fuliankg.annotate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Finds sentences that page layout copied from earlier in the same document (see {@link Sentence#duplicate}). */
final class CopiedPassages {
    /** Shorter sentences (slogans, headings) repeat legitimately: on their own they are never duplicates. */
    static final int MIN_DUPLICATE_LENGTH = 12;
    /** Below this, a repeat says nothing even inside a copied passage. */
    private static final int MIN_REPEAT_LENGTH = 4;
    /** How far back a sentence is looked for inside earlier sentences; layout copies stay on the same page. */
    private static final int DUPLICATE_WINDOW = 20_000;
    private static final Pattern OPENING_MARKS = Pattern.compile("^[“‘「『《(（]+");

    private CopiedPassages() {}

    /**
     * Sentences copied by page layout: a run of consecutive sentences that each occurred earlier in the document
     * (whole, or inside an earlier sentence), with at least one of {@link #MIN_DUPLICATE_LENGTH} characters. The
     * run lets short sentences inside a copied passage count too, while short repeats on their own do not.
     * A repeated sentence that is a whole line (an interview question, a column heading) is a template that
     * recurs by design, not a copy.
     */
    static boolean[] flag(String text, List<SentenceSplitter.Span> spans) {
        boolean[] repeated = new boolean[spans.size()];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < spans.size(); i++) {
            SentenceSplitter.Span span = spans.get(i);
            String s = text.substring(span.start(), span.end());
            boolean again = !seen.add(s) || occursBefore(text, s, span.start());
            repeated[i] = again && s.length() >= MIN_REPEAT_LENGTH && !isWholeLine(text, span);
        }
        boolean[] duplicate = new boolean[spans.size()];
        for (int runStart = 0; runStart < spans.size(); ) {
            int runEnd = runStart;
            boolean hasLong = false;
            while (runEnd < spans.size() && repeated[runEnd]) {
                SentenceSplitter.Span span = spans.get(runEnd++);
                hasLong |= span.end() - span.start() >= MIN_DUPLICATE_LENGTH;
            }
            for (int i = runStart; i < runEnd; i++) duplicate[i] = hasLong;
            runStart = Math.max(runEnd, runStart + 1);
        }
        return duplicate;
    }

    private static boolean isWholeLine(String text, SentenceSplitter.Span span) {
        int before = span.start() - 1;
        while (before >= 0 && text.charAt(before) != '\n' && Character.isWhitespace(text.charAt(before))) before--;
        int after = span.end();
        while (after < text.length() && text.charAt(after) != '\n' && Character.isWhitespace(text.charAt(after))) after++;
        return (before < 0 || text.charAt(before) == '\n') && (after == text.length() || text.charAt(after) == '\n');
    }

    /**
     * Whether {@code sentence} is part of the text shortly before {@code start}, e.g. a copied sentence tail. A
     * copy that starts inside a quotation keeps the opening quote mark, so leading opening marks are ignored.
     */
    private static boolean occursBefore(String text, String sentence, int start) {
        String core = OPENING_MARKS.matcher(sentence).replaceFirst("");
        if (core.length() < MIN_REPEAT_LENGTH) return false;
        int found = text.indexOf(core, Math.max(0, start - DUPLICATE_WINDOW));
        return found >= 0 && found + core.length() <= start;
    }
}
