package org.fuliankg.normalise;

/** Repairs a document's text for extraction, keeping a map back to the original. */
public final class TextNormaliser {

    public NormalisedText normalise(String original) {
        return NormalisedText.unchanged(original);
    }
}
