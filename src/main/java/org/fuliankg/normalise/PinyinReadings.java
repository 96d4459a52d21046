package org.fuliankg.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pinyin readings that mirror sites put after characters, {@code 妇(fù)女} → {@code 妇女}. Only right after a Han
 * character and only when the bracket holds pinyin with a tone (a tone-marked vowel or a tone digit), so
 * abbreviations such as (GDP) or (CEO) stay.
 */
final class PinyinReadings extends Deletion {
    private static final Pattern TONE = Pattern.compile(
            "[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛ\\u0300-\\u030C]|\\p{IsLatin}[1-5]");

    PinyinReadings() {
        super(Pattern.compile("[(（](?<=\\p{IsHan}[(（]) ?([\\p{IsLatin}\\p{M}1-5' ]{1,40}) ?[)）]"), "(（");
    }

    @Override
    boolean deletes(Matcher match, String text) {
        return TONE.matcher(match.group(1)).find();
    }
}
