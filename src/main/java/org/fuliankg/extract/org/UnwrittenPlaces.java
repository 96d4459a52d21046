package org.fuliankg.extract.org;

import java.util.regex.Pattern;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.org.Region;
import org.fuliankg.extract.text.OrganisationAt;

/**
 * 市妇联 on a page about a county that never writes its city (沐川县 … 市妇联党组成员): the text does not say whose
 * body it is, so the body stays as written (市妇联), the short form known only within its document; the divisions'
 * tree that puts 沐川县 in 乐山市 is no evidence the text gives. A body whose city the text writes (乐山, 乐山市)
 * keeps it.
 */
final class UnwrittenPlaces {

    /** The level letters of a prefecture, as an abbreviation opens with them. A province is another matter: a
     * page writing one of its cities (庆阳市 … 省妇联) tells its province, which every reader knows. */
    private static final Pattern UPPER_LETTER = Pattern.compile("^(?:市|州|自治州)");
    /** What a division's name ends with, after the words a text may write alone (乐山市: 乐山; 宁夏回族自治区: 宁夏). */
    private static final Pattern DIVISION_WORD = Pattern.compile(
            "(?:(?:[\\u4e00-\\u9fff]{1,3}族)*自治[区州]|特别行政区|地区|省|市|州|盟)$");

    private UnwrittenPlaces() {}

    /**
     * The candidate as written when it is an abbreviation whose place the page never writes, else itself.
     *
     * @param written where the page writes places: its text, and a web page's site name
     */
    static OrganisationCandidate asWritten(OrganisationCandidate c, String text, String written) {
        Organisation o = c.at().organisation();
        if (!c.abbreviated() || o.region() == null || o.generic()) return c;
        String surface = text.substring(c.at().start(), c.at().end());
        if (!UPPER_LETTER.matcher(surface).lookingAt() || written(o.region(), written)) return c;
        String name = surface.replace("妇女联合会", "妇联");
        return new OrganisationCandidate(new OrganisationAt(c.at().start(), c.at().end(),
                new Organisation(name, o.type(), o.level(), null, false)), true);
    }

    /** The municipalities a district's page belongs to as plainly as a city to its province (平谷区 … 市侨促会). */
    private static final java.util.Set<String> MUNICIPALITIES = java.util.Set.of("北京市", "天津市", "上海市", "重庆市");

    /** True when the page (and its site name) writes the place, in full or by its stem. */
    static boolean written(Region region, String text) {
        if (MUNICIPALITIES.contains(region.name())) return true;
        String stem = DIVISION_WORD.matcher(region.name()).replaceFirst("");
        // 恩施土家族苗族自治州 is written 恩施州: the ethnic words go with the suffix, the place's own two remain
        if (stem.length() < 2) stem = region.name().substring(0, Math.min(2, region.name().length()));
        return text.contains(region.name()) || text.contains(stem);
    }
}
