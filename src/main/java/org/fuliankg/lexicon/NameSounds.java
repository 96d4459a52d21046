package org.fuliankg.lexicon;

import java.util.HashSet;
import java.util.Set;

/**
 * How names without a Han surname sound in Chinese script: the syllables of Tibetan names
 * (tibetan-name-syllables.txt: 次仁, 央金 …) and the characters used to write Uyghur, Kazakh, Mongolian and
 * foreign names by sound (transliteration-characters.txt: 阿, 古, 丽, 斯 …).
 */
public final class NameSounds {

    private static final NameSounds INSTANCE = new NameSounds();

    private final Set<String> tibetanSyllables = new HashSet<>();
    private final Set<Character> transliteration = new HashSet<>();

    private NameSounds() {
        for (String[] row : ResourceLines.read("tibetan-name-syllables.txt")) tibetanSyllables.add(row[0]);
        for (String[] row : ResourceLines.read("transliteration-characters.txt")) {
            for (char c : row[0].toCharArray()) transliteration.add(c);
        }
    }

    public static NameSounds get() {
        return INSTANCE;
    }

    /** True when a syllable of a Tibetan name (two characters) starts {@code text} at {@code pos}. */
    public boolean tibetanSyllableAt(String text, int pos) {
        return pos + 2 <= text.length() && tibetanSyllables.contains(text.substring(pos, pos + 2));
    }

    /** True when {@code c} is used to write names by sound. */
    public boolean isTransliteration(char c) {
        return transliteration.contains(c);
    }
}
