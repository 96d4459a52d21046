package org.fuliankg.extract.text;

import java.util.function.ToIntFunction;
import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.annotate.Sentence;
import org.fuliankg.annotate.Token;

/**
 * The words of a text by the position where they start (or end). The readers ask it at nearly every position of a
 * document and are built several times per document, so it is an array indexed by position rather than a map of
 * boxed keys; where two words share a position, the later one in the text is kept (as a map's put would).
 */
final class TokenIndex {

    /** The indexes of the text last indexed on this thread: each reader of a document (names, shapes, in three
     * finders) asks for them, and a thread reads one document at a time. */
    private static final ThreadLocal<Indexed> LAST = new ThreadLocal<>();

    private record Indexed(AnnotatedText text, TokenIndex starts, TokenIndex ends) {}

    private final Token[] byPosition;

    private TokenIndex(AnnotatedText text, ToIntFunction<Token> position) {
        byPosition = new Token[text.text().text().length() + 1]; // token offsets index the normalised text
        for (Sentence s : text.sentences()) {
            for (Token t : s.tokens()) byPosition[position.applyAsInt(t)] = t;
        }
    }

    /** The words by the position they start at. */
    static TokenIndex starts(AnnotatedText text) {
        return indexed(text).starts;
    }

    /** The words by the position they end at. */
    static TokenIndex ends(AnnotatedText text) {
        return indexed(text).ends;
    }

    private static Indexed indexed(AnnotatedText text) {
        Indexed last = LAST.get();
        if (last == null || last.text != text) { // the same text: an annotated text does not change
            last = new Indexed(text, new TokenIndex(text, Token::start), new TokenIndex(text, Token::end));
            LAST.set(last);
        }
        return last;
    }

    /** The word at {@code pos}, or null (also outside the text). */
    Token get(int pos) {
        return pos >= 0 && pos < byPosition.length ? byPosition[pos] : null;
    }

    boolean containsKey(int pos) {
        return get(pos) != null;
    }
}
