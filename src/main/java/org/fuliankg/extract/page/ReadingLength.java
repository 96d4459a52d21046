package org.fuliankg.extract.page;

/**
 * How long a text reads: its characters, a word of Latin letters counting as one. An English headline of twelve
 * words is as short as a Chinese one of twelve characters, and an English sentence as long as a Chinese one that
 * says as much.
 */
final class ReadingLength {

    private ReadingLength() {}

    /** The reading length of {@code text}. */
    static int of(String text) {
        int length = 0;
        for (int i = 0; i < text.length(); i = next(text, i)) length++;
        return length;
    }

    /** Where the first {@code units} of {@code text} end (its length when it is shorter). */
    static int prefix(String text, int units) {
        int i = 0;
        for (int n = 0; n < units && i < text.length(); n++) i = next(text, i);
        return i;
    }

    /** Where the unit starting at {@code i} ends: after a word of Latin letters, else after one character. */
    private static int next(String text, int i) {
        int end = i;
        while (end < text.length() && isLatinLetter(text.charAt(end))) end++;
        return end > i ? end : i + Character.charCount(text.codePointAt(i));
    }

    private static boolean isLatinLetter(char c) {
        return c < 0x80 && Character.isLetter(c);
    }
}
