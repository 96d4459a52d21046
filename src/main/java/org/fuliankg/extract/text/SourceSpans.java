package org.fuliankg.extract.text;

import java.util.List;
import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.annotate.Sentence;
import org.fuliankg.domain.text.Span;

/** Turns ranges of the normalised text into {@link Span}s of the original text. */
public final class SourceSpans {

    private SourceSpans() {}

    /** The span of normalised range [start, end), with the original text of the sentence containing it. */
    public static Span of(AnnotatedText text, int start, int end) {
        var n = text.text();
        Sentence s = sentenceAt(text.sentences(), start);
        String sentence = s != null && end <= s.end() ? n.originalSurface(s.start(), s.end()) : n.originalSurface(start, end);
        return new Span(n.originalStart(start), n.originalEnd(end), n.originalSurface(start, end), sentence);
    }

    /** The last sentence starting at or before {@code index} (sentences are in text order), or null. */
    private static Sentence sentenceAt(List<Sentence> sentences, int index) {
        int low = 0;
        int high = sentences.size() - 1;
        Sentence found = null;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (sentences.get(mid).start() <= index) {
                found = sentences.get(mid);
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }
}
