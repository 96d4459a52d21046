package org.fuliankg.extract.org;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.extract.text.OrganisationAt;
import org.fuliankg.extract.text.TextShape;
import org.fuliankg.lexicon.TaiwanDivisions;

/**
 * The governments of Taiwan's counties and cities, which the divisions list does not hold: 南投县政府 written in full,
 * and 县府, 县政府, 市府 on a page that names one county (or one city) of Taiwan, as the page's county's government.
 */
final class TaiwanCountyGovernments {

    private static final List<String> COUNTIES = TaiwanDivisions.names();
    /** A government written short: the county's (县府, 县政府) or the city's (市府, 市政府). */
    private static final Pattern SHORT = Pattern.compile("([县市])(?:政)?府");
    private static final String GOVERNMENT = "政府";

    private final TextShape shape;

    TaiwanCountyGovernments(TextShape shape) {
        this.shape = shape;
    }

    List<OrganisationCandidate> find() {
        String t = shape.text;
        List<OrganisationCandidate> found = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        for (String county : COUNTIES) {
            for (int i = t.indexOf(county); i >= 0; i = t.indexOf(county, i + county.length())) {
                named.add(county);
                if (t.startsWith(GOVERNMENT, i + county.length())) {
                    found.add(candidate(i, i + county.length() + GOVERNMENT.length(), county, false));
                }
            }
        }
        if (named.isEmpty()) return found;
        Matcher m = SHORT.matcher(t);
        while (m.find()) {
            int j = m.start();
            // 南投县政府 is read above; 某县府 or a word running into the letter (城市) is no short form
            if (j > 0 && !TextShape.mayPrecedeAbbreviation(t.charAt(j - 1))
                    || named.stream().anyMatch(c -> j + 1 >= c.length() && t.startsWith(c, j + 1 - c.length()))) {
                continue;
            }
            String letter = m.group(1);
            List<String> ofKind = named.stream().filter(c -> c.endsWith(letter)).toList();
            if (ofKind.size() == 1) found.add(candidate(j, m.end(), ofKind.get(0), true));
        }
        return found;
    }

    private static OrganisationCandidate candidate(int start, int end, String county, boolean abbreviated) {
        return new OrganisationCandidate(new OrganisationAt(start, end,
                new Organisation(county + GOVERNMENT, OrgType.GOVERNMENT, OrgLevel.COUNTY, null, false)), abbreviated);
    }
}
