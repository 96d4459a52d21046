package org.fuliankg.extract.org.beside;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.org.Region;
import org.fuliankg.extract.org.OrganisationCandidate;
import org.fuliankg.extract.text.OrganisationAt;
import org.fuliankg.extract.text.PlaceContext;
import org.fuliankg.extract.text.TextShape;

/**
 * 省、市妇联, 省、州妇联: the level letters of several places listed with 、 and sharing one 妇联 are each a federation of
 * its own, resolved as the letter alone would be (省 → the passage's province), when the page writes that place. The
 * readers of names see only the last letter before 妇联; the others are added here. Letters run together (市县两级妇联,
 * 县乡妇联) speak of levels or classes of bodies more often than of bodies, and are not read here.
 */
public final class LetterLists {

    /** Two or three distinct level letters parted by 、, then the federation. */
    private static final Pattern LIST = Pattern.compile("([省市州县区])、([省市州县区])(?:、([省市州县区]))?(妇联|妇女联合会)");

    private LetterLists() {}

    /**
     * @param written whether the page writes a place (in full or by its stem): a letter in a list whose place the
     *                page leaves to the reader's knowledge of the divisions is no body read here
     */
    public static List<OrganisationCandidate> find(List<OrganisationCandidate> found, String text, PlaceContext places,
                                                   Predicate<Region> written) {
        List<OrganisationCandidate> more = new ArrayList<>();
        if (text.indexOf("妇") < 0) return more;
        Matcher m = LIST.matcher(text);
        while (m.find()) {
            int start = m.start();
            if (start > 0 && !TextShape.mayPrecedeAbbreviation(text.charAt(start - 1))) continue; // 各市、县妇联: a class
            if (places.placeEndingAt(start + 1)) continue; // 某市区妇联: the first letter ends a place's name
            String letters = m.group(1) + m.group(2) + (m.group(3) == null ? "" : m.group(3));
            if (letters.chars().distinct().count() < letters.length()) continue;
            for (int g = 1; g <= 3; g++) {
                int at = m.start(g);
                if (at < 0 || covered(found, at)) continue;
                OrganisationCandidate c = federation(at, m.group(g), places, written);
                if (c != null) more.add(c);
            }
        }
        return more;
    }

    /** The federation of the place a letter stands for, or null when the page does not write that place. */
    private static OrganisationCandidate federation(int at, String letter, PlaceContext places, Predicate<Region> written) {
        Region r = places.regionFor(at, letter);
        if (r == null || !written.test(r)) return null;
        // not abbreviated: its place is settled here, the letter alone being no written form to keep
        return new OrganisationCandidate(new OrganisationAt(at, at + 1,
                new Organisation(r.name() + "妇联", OrgType.FEDERATION, r.level(), r, false)), false);
    }

    private static boolean covered(List<OrganisationCandidate> found, int at) {
        return found.stream().anyMatch(c -> c.at().start() <= at && at < c.at().end());
    }
}
