package org.fuliankg.normalise;

import java.util.List;

/**
 * Repairs a document's text for extraction, keeping a map back to the original. Repairs replace characters one
 * for one or delete noise (invisible characters, number spaces, spaced-out labels, pinyin
 * readings, layout breaks); nothing else changes the length.
 * Immutable tables only: one instance can serve several threads.
 */
public final class TextNormaliser {
    private static final List<Repair> REPAIRS = List.of(
            new TraditionalToSimplified(),
            new WidthFolding(),
            new InvisibleCharacters(),
            new PinyinReadings(),
            new NumberSpaces(),
            new SpacedLabels(),
            new SpacedNames(),
            new OcrCorrections(),
            new DashMisreadings(),
            new LayoutBreaks());

    public NormalisedText normalise(String original) {
        TracedText text = TracedText.of(original);
        for (Repair repair : REPAIRS) text = repair.apply(text);
        return text.toNormalised(original);
    }
}
