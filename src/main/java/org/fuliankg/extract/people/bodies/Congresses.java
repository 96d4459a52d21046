package org.fuliankg.extract.people.bodies;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.extract.text.FirstCharacters;
import org.fuliankg.extract.text.OrganisationAt;

/**
 * The women's congresses a page names (某区第五次妇女代表大会, 某市妇女第十一次代表大会, 某园区召开妇女代表大会) and the
 * federation each one elects: a congress of a place fills the posts of that place's federation, so an election at it
 * with a bare title (罗某当选为主席, 张某当选为妇联主席) serves that federation, not a guest federation named nearer
 * (区妇联副主席某某参加会议).
 */
final class Congresses {

    /** A women's congress, its number written before or after 妇女. */
    private static final Pattern CONGRESS = Pattern.compile(
            "(?:妇女)?第[一二三四五六七八九十0-9]{1,3}次(?:妇女)?代表大会|妇女代表大会|妇代会");
    /** Where a congress's name can start: it is looked for in every text. */
    private static final FirstCharacters CONGRESS_STARTS = FirstCharacters.of(CONGRESS.pattern());
    /** Words between the congress's holder and the congress: 顺利召开, 隆重召开了. */
    private static final Pattern CONVENING = Pattern.compile("(?:顺利|隆重|胜利|正式)?召开(?:了)?$");
    /** A subject and its verb before the holder: 某街道召开, 某社区举行. */
    private static final Pattern SUBJECT_VERB = Pattern.compile("召开|举行|举办");
    /** How a holder not found as a place ends: a district, zone, town, street or community (某现代服务业发展区). */
    private static final Pattern HOLDER_END = Pattern.compile("(?:区|县|市|旗|镇|乡|街道|社区|村)$");
    /** Words that stand for the holder without naming it (全区, 我县, 本镇), or a congress of the whole country. */
    private static final Pattern UNNAMED = Pattern.compile("^(?:全|我|本|该|各|中国|全国)");
    /** Characters of a clause, not of a holder's name (参与见证了市妇女第三次代表大会: no 参与见证了市). */
    private static final String NOT_IN_NAMES = "了的在与和及将已被向对把从到出席参加见证";
    /** The federation a congress of the whole country elects. */
    private static final String NATIONAL_FEDERATION = "全国妇联";
    /** The longest holder read before a congress, characters. */
    private static final int MAX_HOLDER = 16;

    /** A congress: where its name ends, and the federation it elects. */
    private record Congress(int end, Organisation federation) {}

    private final List<Congress> congresses = new ArrayList<>();

    Congresses(Page page) {
        FirstCharacters.Matches found = CONGRESS_STARTS.matches(CONGRESS, page.t);
        Matcher m = found.matcher();
        while (found.find()) {
            Organisation federation = federationOfHolderBefore(page, m.start());
            if (federation != null) congresses.add(new Congress(m.end(), federation));
        }
    }

    /** The federation elected by the congress named last before {@code pos}, or null when none is named. */
    Organisation federationBefore(int pos) {
        Organisation found = null;
        for (Congress c : congresses) {
            if (c.end() <= pos) found = c.federation();
        }
        return found;
    }

    /** The federation of the place or body written right before a congress starting at {@code start}, or null. */
    private static Organisation federationOfHolderBefore(Page page, int start) {
        String t = page.t;
        Matcher convening = CONVENING.matcher(t).region(Math.max(0, start - 6), start);
        int end = convening.find() ? convening.start() : start;
        OrganisationAt org = page.orgByEnd.get(end);
        if (org != null) return org.organisation().type() == OrgType.FEDERATION ? org.organisation() : null;
        for (int s = Math.max(0, end - MAX_HOLDER); s <= end - 2; s++) {
            var place = page.places.placeStartingAt(s).filter(p -> p.end() == end);
            if (place.isPresent()) {
                var region = place.get().region();
                if (region.level() == OrgLevel.NATIONAL) { // 中国妇女第一次代表大会: the national federation's
                    return new Organisation(NATIONAL_FEDERATION, OrgType.FEDERATION, OrgLevel.NATIONAL, region, false);
                }
                return new Organisation(region.name() + "妇联", OrgType.FEDERATION, region.level(), region, false);
            }
        }
        String holder = t.substring(page.shape.phraseStart(end, MAX_HOLDER), end);
        Matcher verb = SUBJECT_VERB.matcher(holder); // 某街道召开某地区妇女第一次代表大会: the holder after the verb
        while (verb.find()) holder = holder.substring(verb.end());
        boolean named = holder.length() >= 4 && holder.codePoints().allMatch(Character::isIdeographic)
                && HOLDER_END.matcher(holder).find() && !UNNAMED.matcher(holder).find()
                && holder.chars().noneMatch(c -> NOT_IN_NAMES.indexOf(c) >= 0);
        return named ? new Organisation(holder + "妇联", OrgType.FEDERATION, levelOf(holder), null, false) : null;
    }

    /** The level of a holder not found as a place, by how its name ends. */
    private static OrgLevel levelOf(String holder) {
        if (holder.endsWith("社区") || holder.endsWith("村")) return OrgLevel.VILLAGE;
        if (holder.endsWith("镇") || holder.endsWith("乡") || holder.endsWith("街道")) return OrgLevel.TOWNSHIP;
        return holder.matches(".*(?:发展区|开发区|园区|新区)$") ? OrgLevel.INDUSTRY : OrgLevel.COUNTY;
    }
}
