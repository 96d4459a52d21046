package org.fuliankg.extract.programme;

import java.util.regex.Pattern;
import org.fuliankg.domain.programme.Programme;
import org.fuliankg.lexicon.Divisions;

/**
 * Whether two programmes of one page are one scheme written more or less fully: with or without the place that runs it,
 * the people it serves and the word saying it is a project (某省妇女创业贴息, 农村妇女创业贴息项目, 某省农村妇女创业贴息项目), so that a page
 * naming its scheme three ways counts one scheme three times, not three schemes once.
 */
public final class SchemeVariants {

    /** The word after a scheme's name saying what it is: it names nothing more. */
    private static final Pattern KIND_WORD = Pattern.compile("(?:项目|工程)$");
    /** A core this short (助学, 春蕾) is a word many schemes share, not one scheme's name. */
    private static final int MIN_CORE = 6;

    private SchemeVariants() {
    }

    /** True when one of the two names, without its place and kind word, ends the other's: the longer adds qualifiers
     * before the same head (农村, 创业), not a head of its own (某某示范村 is a site of the scheme, not the scheme). */
    public static boolean sameScheme(Programme a, Programme b) {
        if (a.equals(b)) return true;
        String x = core(a.name());
        String y = core(b.name());
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return shorter.length() >= MIN_CORE && longer.endsWith(shorter);
    }

    /** The name without a leading full place name (a province, city or county) and a closing 项目 or 工程. */
    static String core(String name) {
        String n = KIND_WORD.matcher(name).replaceFirst("");
        var place = Divisions.get().nameAt(n, 0, (from, to) -> false);
        if (place.isPresent() && place.get().fullName() && place.get().surface().length() < n.length()) {
            n = n.substring(place.get().surface().length());
        }
        return n;
    }
}
