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

    private static final String FUND_WORD = "基金";
    /** How far before its 基金 a match of {@link #FUND} can start: a place of up to 9 characters, a cause of up to 10. */
    private static final int NAME_REACH = 19;

    private final Divisions divisions = Divisions.get();

    /** The matches {@link Matcher#find()} gives, tried only within {@link #NAME_REACH} before a 基金 that is no 基金会:
     * the expression, opening with any Han character, was tried at every position of a page naming a foundation. */
    List<ProgrammeCandidate> find(String text) {
        List<ProgrammeCandidate> found = new ArrayList<>();
        Matcher m = FUND.matcher(text);
        int next = 0; // where find() would try next
        for (int fund = text.indexOf(FUND_WORD); fund >= 0; fund = text.indexOf(FUND_WORD, fund + 1)) {
            if (text.startsWith("会", fund + FUND_WORD.length())) continue;
            for (int i = Math.max(next, fund - NAME_REACH); i < fund; i++) {
                if (!m.region(i, text.length()).lookingAt()) continue;
                next = m.end();
                i = next - 1;
                int start = placeStart(m);
                if (start < 0) continue;
                String name = text.substring(start, m.end());
                found.add(new ProgrammeCandidate(start, m.end(), new Programme(name, ProgrammeKinds.guess(name), true), name));
            }
            next = Math.max(next, fund);
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
