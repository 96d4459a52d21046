package org.fuliankg.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line breaks put inside a word or sentence by page layout ({@code 广\n\n场舞协会妇联}) are dropped. A break is
 * layout noise when the paragraph before it is body text (long, with clause punctuation) that stops without
 * ending its sentence, and the text after it goes on with a word (not a speaker label such as 问:). Headlines, bylines and other short lines
 * also end without punctuation, so short paragraphs are never joined.
 */
final class LayoutBreaks extends Deletion {
    /** Headlines and bylines of Chinese news pages stay well below this many characters. */
    private static final int MIN_BODY_PARAGRAPH = 40;
    private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile("[,，。;；、]");
    /** A line opening with a speaker or Q&A label (问:, 答:, 记者:, a name and colon) starts a new turn. */
    private static final Pattern SPEAKER_LABEL = Pattern.compile("[^\\s,，。、:：]{1,6}[:：]");

    LayoutBreaks() {
        super(Pattern.compile("[ \\t\\r]*\\n[\\s]*"), " \t\r\n");
    }

    @Override
    boolean deletes(Matcher match, String text) {
        int end = match.end();
        if (end >= text.length() || !Character.isLetterOrDigit(text.codePointAt(end))) return false;
        if (SPEAKER_LABEL.matcher(text).region(end, text.length()).lookingAt()) return false;
        int start = match.start();
        int paragraphStart = text.lastIndexOf('\n', start - 1) + 1;
        String before = text.substring(paragraphStart, start).strip();
        if (before.length() < MIN_BODY_PARAGRAPH || !CLAUSE_PUNCTUATION.matcher(before).find()) return false;
        char last = before.charAt(before.length() - 1);
        // English words are spaced: a break between two of them (a headline over its date line) splits no word
        if (isLatin(last) && isLatin(text.charAt(end))) return false;
        return Character.isLetterOrDigit(last) || last == ',' || last == '、' || last == '，';
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetter(c);
    }
}
