package org.fuliankg.extract.org.beside;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.extract.org.OrganisationCandidate;
import org.fuliankg.extract.text.OrganisationAt;

/**
 * A school or institute named right after its university or academy (某某大学化学与材料学院, 某省社会科学院历史研究所)
 * is one body with it: the unit is where a person works, the university or academy its parent. The longer find
 * then wins over the parent alone.
 */
public final class AcademicUnits {

    /** How the names of universities and academies end. */
    private static final Pattern PARENT = Pattern.compile("(?:大学|科学院|研究院|学院)$");
    /** A unit after its parent: its own words (two to ten characters, no function word) and a unit's word. */
    private static final Pattern UNIT = Pattern.compile(
            "(?:(?![的、，,和及等在为是了与])\\p{IsHan}|与(?=\\p{IsHan}{2}))" + "{2,10}?(?:学院|研究所|研究中心|研究院|书院)");
    /** Words that open no unit's name: Party and federation bodies of the university are read elsewhere. */
    private static final Pattern NOT_A_UNIT = Pattern.compile("^(?:党委|纪委|妇委|妇联|团委|工会|各|全|本|该|下属|所属|附属|直属)");

    private AcademicUnits() {}

    public static List<OrganisationCandidate> find(List<OrganisationCandidate> found, String text) {
        List<OrganisationCandidate> units = new ArrayList<>();
        for (OrganisationCandidate c : found) {
            Organisation parent = c.at().organisation();
            if (parent.generic() || !PARENT.matcher(parent.name()).find()) continue;
            int end = c.at().end();
            Matcher unit = UNIT.matcher(text).region(end, text.length());
            if (!unit.lookingAt() || NOT_A_UNIT.matcher(unit.group()).find()) continue;
            String name = text.substring(c.at().start(), unit.end());
            units.add(new OrganisationCandidate(new OrganisationAt(c.at().start(), unit.end(),
                    new Organisation(name, parent.type(), parent.level(), parent.region(), false)), false));
        }
        return units;
    }
}
