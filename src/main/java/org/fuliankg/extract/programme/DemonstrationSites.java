package org.fuliankg.extract.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.programme.Programme;
import org.fuliankg.lexicon.Divisions;

/**
 * A federation's designation of model sites (巾帼科技示范基地, 巾帼创业孵化基地, 巾帼科技致富示范村): the scheme that
 * creates and grades such sites, quoted or not, with the division written right before it (某县巾帼示范基地, the
 * county's own scheme). A grade (区级, 国家级) before it is the grade of the sites, no part of the name. Not a site
 * a named programme set up (“某某”工程巾帼就业示范基地: the base of that programme, which is the programme), and
 * not one site of a kind (巾帼示范养殖基地: a farm the text visits, whose kind is written inside the word).
 */
final class DemonstrationSites {

    private static final Pattern SITE = Pattern.compile("巾帼\\p{IsHan}{0,6}?(?:示范基地|孵化基地|示范村)");
    /** A programme's name right before: the site is that programme's own. */
    private static final Pattern PROGRAMME_BEFORE = Pattern.compile("(?:工程|计划|行动|项目)[”」]?$");
    /** How far back a division's name may start (新疆维吾尔自治区 is the longest in use). */
    private static final int MAX_PLACE = 9;

    private final Divisions divisions = Divisions.get();

    List<ProgrammeCandidate> find(String text) {
        List<ProgrammeCandidate> found = new ArrayList<>();
        int from = text.indexOf("巾帼");
        if (from < 0) return found;
        Matcher m = SITE.matcher(text);
        while (from >= 0 && m.find(from)) {
            from = m.end();
            int start = m.start();
            if (PROGRAMME_BEFORE.matcher(text.substring(Math.max(0, start - 3), start)).find()) continue;
            int placeStart = placeBefore(text, start);
            boolean quoted = start > 0 && text.charAt(start - 1) == '“' && m.end() < text.length() && text.charAt(m.end()) == '”';
            if (!quoted && placeStart == start) continue;
            String name = text.substring(placeStart, m.end());
            Programme p = new Programme(name, ProgrammeKinds.guess(name), false);
            found.add(new ProgrammeCandidate(placeStart, m.end(), p, name));
        }
        return found;
    }

    /** Where a division's full name ending at {@code at} starts (湄潭县|巾帼…), or {@code at} when none does. */
    private int placeBefore(String text, int at) {
        for (int pos = Math.max(0, at - MAX_PLACE); pos <= at - 3; pos++) {
            var name = divisions.nameAt(text, pos, (a, b) -> false);
            if (name.isPresent() && name.get().fullName() && pos + name.get().surface().length() == at) return pos;
        }
        return at;
    }
}
