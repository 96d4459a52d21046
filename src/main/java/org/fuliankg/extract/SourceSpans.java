package org.fuliankg.extract;

import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.annotate.Sentence;

/** Turns ranges of the normalised text into {@link Span}s of the original text. */
public final class SourceSpans {

    private SourceSpans() {}

    /** The span of normalised range [start, end), with the original text of the sentence containing it. */
    public static Span of(AnnotatedText text, int start, int end) {
        var n = text.text();
        String sentence = null;
        for (Sentence s : text.sentences()) {
            if (s.start() <= start && end <= s.end()) {
                sentence = n.originalSurface(s.start(), s.end());
                break;
            }
        }
        if (sentence == null) sentence = n.originalSurface(start, end);
        return new Span(n.originalStart(start), n.originalEnd(end), n.originalSurface(start, end), sentence);
    }
}
