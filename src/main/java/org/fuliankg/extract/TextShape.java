package org.fuliankg.extract;

import java.util.HashMap;
import java.util.Map;
import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.annotate.Sentence;
import org.fuliankg.annotate.Token;

/** Clause boundaries and word classes of a text, as the organisation readers need them. */
final class TextShape {

    /** Characters that end a phrase: an organisation name never spans one. */
    private static final String DELIMITERS = "，,。；;：:、\n\r“”\"‘’《》【】!！?？ \t　·…—";
    /** Word classes that never occur inside a name: prepositions, conjunctions, adverbs, pronouns, particles,
     * punctuation, and plain verbs (坚持, 推动; verbal nouns such as 发展 stay). */
    private static final String[] NON_NAME_TAGS = {"p", "c", "d", "r", "u", "w", "y", "e", "o", "v", "vi", "vf",
            "vshi", "vyou", "ad"};

    final String text;
    private final Map<Integer, Token> tokenByStart = new HashMap<>();
    private final Map<Integer, Token> tokenByEnd = new HashMap<>();
    private final AnnotatedText annotated;

    TextShape(AnnotatedText annotated) {
        this.annotated = annotated;
        this.text = annotated.text().text();
        for (Sentence s : annotated.sentences()) {
            for (Token t : s.tokens()) {
                tokenByStart.put(t.start(), t);
                tokenByEnd.put(t.end(), t);
            }
        }
    }

    static boolean isDelimiter(char c) {
        return DELIMITERS.indexOf(c) >= 0;
    }

    /** Start of the phrase that ends at {@code end}: after the last delimiter, at most {@code max} back.
     * A 、 inside parentheses (县(市、区)) does not end a phrase. */
    int phraseStart(int end, int max) {
        int depth = 0;
        int i = end - 1;
        for (; i >= 0 && end - i <= max; i--) {
            char c = text.charAt(i);
            if (c == ')' || c == '）') depth++;
            else if (c == '(' || c == '（') {
                if (depth == 0) break;
                depth--;
            } else if (isDelimiter(c) && !(depth > 0 && c == '、')) break;
        }
        return i + 1;
    }

    /** True when no word wholly inside [start, end) is of a class that cannot be part of a name. */
    boolean isNominal(int start, int end) {
        for (int i = start; i < end; i++) {
            if (isDelimiter(text.charAt(i))) return false;
            Token t = tokenByStart.get(i);
            if (t == null || t.end() > end) continue;
            for (String tag : NON_NAME_TAGS) {
                boolean verb = tag.startsWith("v");
                if (t.tag().equals(tag) || (!verb && tag.length() == 1 && t.tag().startsWith(tag))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when a word ends at {@code pos} that is a verb or preposition (成立|直播行业妇联). */
    boolean followsVerb(int pos) {
        Token t = tokenByEnd.get(pos);
        return t != null && (t.tag().startsWith("v") && !t.tag().startsWith("vn") || t.tag().startsWith("p"));
    }

    boolean wordStartsAt(int pos) {
        return tokenByStart.containsKey(pos);
    }

    AnnotatedText annotated() {
        return annotated;
    }
}
