package org.fuliankg.extract.org.beside;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.extract.org.OrganisationCandidate;
import org.fuliankg.extract.text.OrganisationAt;

/**
 * 内政部移民署, 内政部民政司, 某部某某局: an administration (署), a department (司) or a bureau (局) written right after
 * the ministry it belongs to is a body of its own, named with its ministry. Its own words are few and say what it
 * does (移民, 民政, 社会及家庭) or count it (三局); a unit's head written with its letter (民政司长) still names the unit.
 */
public final class MinistryUnits {

    private static final Pattern UNIT = Pattern.compile("\\p{IsHan}{1,6}?[署司局]");
    /** Words that end in 司 or 署 but name no unit: a company (公司), signing (签署), planning (部署). */
    private static final Pattern NOT_A_UNIT = Pattern.compile("公司|上司|官司|签署|部署|连署|格局|布局|当局|全局|大局|结局");
    /** Words inside that say a clause goes on, not a name: 的, conjunctions, verbs of giving or leading. */
    private static final Pattern NOT_IN_NAME = Pattern.compile("[的和与及或等向为是在对将已]");

    private MinistryUnits() {}

    public static List<OrganisationCandidate> find(List<OrganisationCandidate> found, String text) {
        List<OrganisationCandidate> units = new ArrayList<>();
        for (OrganisationCandidate c : found) {
            Organisation ministry = c.at().organisation();
            if (ministry.type() != OrgType.GOVERNMENT || !ministry.name().endsWith("部") || ministry.generic()) continue;
            int end = c.at().end();
            if (!text.startsWith("部", end - 1)) continue; // written short (卫福部) or in full, it ends in 部
            Matcher m = UNIT.matcher(text).region(end, text.length());
            if (!m.lookingAt() || NOT_A_UNIT.matcher(text).region(m.end() - 2, m.end()).lookingAt()
                    || NOT_IN_NAME.matcher(m.group()).find()) {
                continue;
            }
            // the mention spans the unit's own words: the ministry before it stays a mention of its own
            units.add(new OrganisationCandidate(new OrganisationAt(end, m.end(), new Organisation(
                    ministry.name() + m.group(), OrgType.GOVERNMENT, ministry.level(), ministry.region(), false)), false));
        }
        return units;
    }
}
