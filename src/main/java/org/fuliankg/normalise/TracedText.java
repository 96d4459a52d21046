package org.fuliankg.normalise;

import java.util.Arrays;

/**
 * Text under repair: every UTF-16 unit remembers the code point offset in the original it came from.
 * Repairs read one {@code TracedText} and build the next with a {@link Builder}, so the map to the original
 * stays exact however many repairs run.
 */
final class TracedText {
    private final String text;
    private final int[] origins; // length text.length() + 1; the last entry is the original end

    private TracedText(String text, int[] origins) {
        this.text = text;
        this.origins = origins;
    }

    /** The original itself: unit i maps to the code point that contains it. */
    static TracedText of(String original) {
        NormalisedText identity = NormalisedText.unchanged(original);
        return new TracedText(original, identity.toOriginal());
    }

    String text() {
        return text;
    }

    int origin(int index) {
        return origins[index];
    }

    NormalisedText toNormalised(String original) {
        return new NormalisedText(original, text, origins);
    }

    Builder builder() {
        return new Builder(this);
    }

    /** Collects the next text: kept units keep their origin, replacements take the origin of what they replace. */
    static final class Builder {
        private final TracedText source;
        private final StringBuilder text;
        private int[] origins;

        private Builder(TracedText source) {
            this.source = source;
            this.text = new StringBuilder(source.text.length());
            this.origins = new int[source.text.length() + 1];
        }

        /** Keeps the units [from, to) of the source unchanged. */
        Builder keep(int from, int to) {
            for (int i = from; i < to; i++) add(source.text.charAt(i), source.origins[i]);
            return this;
        }

        /** Writes {@code replacement} with the origin of source unit {@code sourceIndex}. */
        Builder replace(int sourceIndex, CharSequence replacement) {
            int origin = source.origins[sourceIndex];
            for (int i = 0; i < replacement.length(); i++) add(replacement.charAt(i), origin);
            return this;
        }

        private void add(char c, int origin) {
            if (text.length() + 1 >= origins.length) origins = Arrays.copyOf(origins, origins.length * 2 + 2);
            origins[text.length()] = origin;
            text.append(c);
        }

        TracedText build() {
            int[] map = Arrays.copyOf(origins, text.length() + 1);
            map[text.length()] = source.origins[source.text.length()];
            return new TracedText(text.toString(), map);
        }
    }
}
