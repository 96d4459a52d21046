package org.fuliankg.normalise;

/**
 * Text repaired for extraction (simplified script, half-width digits and punctuation, pinyin noise removed,
 * layout breaks joined, OCR slips of known terms corrected), with a map back to the original.
 *
 * @param original   the original decoded text
 * @param text       the normalised text that later stages read
 * @param toOriginal for each UTF-16 index {@code i} of {@code text}, the Unicode code point offset in
 *                   {@code original} where that character came from; one extra entry at the end holds the
 *                   original end offset. Lengths: {@code text.length() + 1}.
 * @param bmpOnly    true when the original has no characters outside the Basic Multilingual Plane, so code point
 *                   offsets are string indices (the common case; it keeps span look-ups constant-time)
 */
public record NormalisedText(String original, String text, int[] toOriginal, boolean bmpOnly) {

    public NormalisedText(String original, String text, int[] toOriginal) {
        this(original, text, toOriginal, original.codePoints().noneMatch(Character::isSupplementaryCodePoint));
    }

    /** Code point offset in the original of the character at {@code index} of the normalised text. */
    public int originalStart(int index) {
        return toOriginal[index];
    }

    /**
     * Exclusive code point end offset in the original of a normalised range ending at {@code endExclusive}.
     * Normalisation replaces one original character by one or more characters, or deletes noise; so the last
     * character's original span is exactly one code point, and noise deleted after it (a layout break, a
     * pinyin reading) is not part of the range.
     */
    public int originalEnd(int endExclusive) {
        if (endExclusive <= 0) return toOriginal[0];
        return toOriginal[endExclusive - 1] + 1;
    }

    /** The exact original text behind the normalised range [start, end); empty for an empty range. */
    public String originalSurface(int start, int end) {
        if (end <= start) return "";
        if (bmpOnly) return original.substring(originalStart(start), originalEnd(end));
        int from = original.offsetByCodePoints(0, originalStart(start));
        int to = original.offsetByCodePoints(from, originalEnd(end) - originalStart(start));
        return original.substring(from, to);
    }

    /** Identity mapping: for text that needed no repair. */
    public static NormalisedText unchanged(String text) {
        int[] map = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            map[i] = cp;
            if (!Character.isHighSurrogate(text.charAt(i))) cp++;
        }
        map[text.length()] = cp;
        return new NormalisedText(text, text, map);
    }
}
