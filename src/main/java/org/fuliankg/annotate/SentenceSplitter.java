package org.fuliankg.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into sentence spans: after 。!?！？ (with any closing quote or bracket that follows),
 * and at every line break, so each header or byline line is a sentence of its own. Runs longer than
 * {@link #MAX_LENGTH} are cut at the last clause punctuation before the limit (not a comma or colon between digits:
 * US$ 580,070 stays whole), or at the limit: no input can hand the segmenter an unbounded sentence.
 */
final class SentenceSplitter {
    static final int MAX_LENGTH = 300;

    /** A sentence span [start, end) of the normalised text, without surrounding whitespace. */
    record Span(int start, int end) {}

    private static final String ENDS = "。!?！？";
    private static final String CLOSERS = "”’」』)）》】\"'";
    /** Where an over-long run is cut, best first. */
    private static final String[] CUT_POINTS = {";；", ",，、:：", " "};

    List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                addTrimmed(text, start, i, spans);
                start = i + 1;
            } else if (ENDS.indexOf(c) >= 0) {
                int end = i + 1;
                while (end < text.length() && (ENDS.indexOf(text.charAt(end)) >= 0 || CLOSERS.indexOf(text.charAt(end)) >= 0))
                    end++;
                addTrimmed(text, start, end, spans);
                start = end;
                i = end - 1;
            }
        }
        addTrimmed(text, start, text.length(), spans);
        return spans;
    }

    private static void addTrimmed(String text, int start, int end, List<Span> spans) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        while (end - start > MAX_LENGTH) {
            int cut = cutPoint(text, start);
            spans.add(new Span(start, cut));
            start = cut;
            while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        }
        if (end > start) spans.add(new Span(start, end));
    }

    /** A separator between digits (US$ 580,070; 10:30) is part of the number, no place to cut. */
    private static boolean insideNumber(String text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                && Character.isDigit(text.charAt(i + 1));
    }

    /** The end of the first piece of an over-long run starting at {@code start}. */
    private static int cutPoint(String text, int start) {
        int limit = start + MAX_LENGTH;
        for (String marks : CUT_POINTS) {
            for (int i = limit - 1; i > start + MAX_LENGTH / 2; i--)
                if (marks.indexOf(text.charAt(i)) >= 0 && !insideNumber(text, i)) return i + 1;
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }
}
