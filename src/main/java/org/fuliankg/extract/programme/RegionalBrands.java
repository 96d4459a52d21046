package org.fuliankg.extract.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.programme.Programme;
import org.fuliankg.lexicon.Divisions;
import org.fuliankg.lexicon.RegionalEpithets;

/**
 * A region's labour brand for its women, quoted alone: a place or the region's literary name, then what the women
 * are called as workers (“某原巧手”, “某某妹”, “某地大姐”). Such a brand is a federation's programme of training and
 * placing them, wherever the page writes it, with or without 品牌 or 工程 after it. A quote whose first part is no
 * place (“娘家人”, “巧手”) is no brand.
 */
final class RegionalBrands {

    private static final Pattern BRAND = Pattern.compile(
            "“(\\p{IsHan}{2,4}?)(巧手|巧娘|绣娘|妹子|妹|大姐|大嫂|嫂子|嫂|月嫂|保姆|家政)”");

    private final Divisions divisions = Divisions.get();
    private final RegionalEpithets epithets = RegionalEpithets.get();

    List<ProgrammeCandidate> find(String text) {
        List<ProgrammeCandidate> found = new ArrayList<>();
        if (text.indexOf('“') < 0) return found;
        Matcher m = BRAND.matcher(text);
        while (m.find()) {
            String place = m.group(1);
            if (!isPlace(place)) continue;
            String name = place + m.group(2);
            found.add(new ProgrammeCandidate(m.start(1), m.end(2), new Programme(name, ProgrammeKinds.guess(name), false), name));
        }
        return found;
    }

    private boolean isPlace(String s) {
        if (epithets.lengthBefore(s, s.length()) == s.length()) return true;
        return !divisions.byName(s).isEmpty() || !divisions.byShortName(s).isEmpty();
    }
}
