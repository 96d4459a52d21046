package org.fuliankg.normalise;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.fuliankg.lexicon.ResourceLines;

/**
 * Known OCR misreadings of whole terms (ocr-variants.tsv), e.g. 巾帽 → 巾帼, 春营计划 → 春蕾计划. Each entry is a
 * whole term of the same length as its correction, so a slip is only fixed where the result is a known term
 * and every character keeps its own origin; the original surface stays reachable through the map.
 */
final class OcrCorrections implements Repair {
    private record Correction(String variant, String corrected) {}

    private static final List<Correction> CORRECTIONS = load();
    /** The variants' first characters: every position of a text is asked, and most start none. */
    private static final BitSet FIRST_CHARACTERS = new BitSet();

    static {
        CORRECTIONS.forEach(c -> FIRST_CHARACTERS.set(c.variant().charAt(0)));
    }

    private static List<Correction> load() {
        List<Correction> corrections = new ArrayList<>();
        for (String[] cols : ResourceLines.read(OcrCorrections.class, "ocr-variants.tsv")) {
            if (cols.length != 2 || cols[0].length() != cols[1].length())
                throw new IllegalStateException("ocr-variants.tsv: need two columns of equal length: "
                        + String.join("\t", cols));
            corrections.add(new Correction(cols[0], cols[1]));
        }
        // the longest variant wins where two overlap
        corrections.sort(Comparator.comparingInt((Correction c) -> c.variant().length()).reversed());
        return List.copyOf(corrections);
    }

    @Override
    public TracedText apply(TracedText traced) {
        String text = traced.text();
        TracedText.Builder out = null;
        int kept = 0;
        for (int i = 0; i < text.length(); ) {
            Correction found = matchAt(text, i);
            if (found == null) {
                i++;
                continue;
            }
            if (out == null) out = traced.builder();
            out.keep(kept, i);
            for (int k = 0; k < found.corrected().length(); k++)
                out.replace(i + k, found.corrected().substring(k, k + 1));
            i += found.variant().length();
            kept = i;
        }
        if (out == null) return traced;
        return out.keep(kept, text.length()).build();
    }

    private static Correction matchAt(String text, int index) {
        if (!FIRST_CHARACTERS.get(text.charAt(index))) return null;
        for (Correction c : CORRECTIONS) if (text.startsWith(c.variant(), index)) return c;
        return null;
    }
}
