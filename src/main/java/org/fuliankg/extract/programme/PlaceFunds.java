package org.fuliankg.extract.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.programme.Programme;
import org.fuliankg.lexicon.Divisions;

/**
 * A fund named after its place and its cause, without quotes: a division's full name, the people or need it serves,
 * then 救助基金, 关爱基金, 帮扶基金 … (某省大病救助基金, 某县妇女关爱基金). The cause word shows a fund of good works,
 * not a body's account or a grant line (某区政协某某基金, 市级…创业基金: no cause word, or no place's name), and 基金会
 * is the foundation, a body.
 */
final class PlaceFunds {

    private static final Pattern FUND = Pattern.compile(
            "(?<place>\\p{IsHan}{1,8}?[省市县区州旗盟])(?<cause>\\p{IsHan}{2,8}?(?:救助|关爱|帮扶|助学|扶贫|爱心|天使))基金(?!会)");

    private final Divisions divisions = Divisions.get();

    List<ProgrammeCandidate> find(String text) {
        List<ProgrammeCandidate> found = new ArrayList<>();
        if (!text.contains("基金")) return found; // most pages name no fund
        Matcher m = FUND.matcher(text);
        while (m.find()) {
            int start = placeStart(m);
            if (start < 0) continue;
            String name = text.substring(start, m.end());
            found.add(new ProgrammeCandidate(start, m.end(), new Programme(name, ProgrammeKinds.guess(name), true), name));
        }
        return found;
    }

    /** Where the division's full name before the cause starts (the longest one ending there), or -1 when none. */
    private int placeStart(Matcher m) {
        int end = m.end("place");
        for (int start = m.start("place"); start < end - 1; start++) {
            if (!divisions.byName(m.group("place").substring(start - m.start("place"))).isEmpty()) return start;
        }
        return -1;
    }
}
