package org.fuliankg.extract.people.bodies;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.lexicon.Positions.Title;

/**
 * A bureau, department or service of a special administrative region's government written before its head's title
 * in a text about that government (政制及内地事务局局长, 警务处处长, 海关关长, 社会文化司司长, 特区政府劳工及福利局常任秘书长):
 * one body of that government, named {@code 香港特区政府…} or {@code 澳门特区政府…} whatever the text writes before the
 * bureau's own name (▲香港民政事务局, 特区政府食物及卫生局, 澳门特区政府社会文化司).
 */
final class SarBureaus {

    /** What may stand before a bureau's own name: layout marks, the region, its government. */
    private static final Pattern REGION_WORDS = Pattern.compile(
            "^[^\\p{IsHan}]*(香港|澳门)?(特区政府|特别行政区政府|特区)?");
    /** A bureau's own name: ending in 局, 署, 处, 司 or 关, with no list mark or 的 inside. */
    private static final Pattern BUREAU = Pattern.compile("[^的、，,：:\\s]{0,10}\\p{IsHan}([局署处司关])");
    /** Endings of a unit that may also be a department of the body of a title before (协调部二级巡视员、妇女处处长). */
    private static final String UNIT_ENDINGS = "处司关";
    private static final String GOVERNMENT = "特区政府";

    private final Page page;

    SarBureaus(Page page) {
        this.page = page;
    }

    /**
     * The region's bureau written in the words [start, end) before {@code title}, or null: the text is not about a
     * region's government, the bureau's words hold a found organisation, or the title is no head's of such a bureau (a
     * 处长 needs a 处) unless the words say the government itself (特区政府劳工及福利局常任秘书长).
     */
    Organisation before(int start, int end, Title title) {
        if (page.sarGovernment == null || end <= start) return null;
        String words = page.t.substring(start, end);
        if (WordsBeforeTitle.LEVEL_LETTERS.indexOf(words.charAt(0)) >= 0) return null; // 市民政局: a mainland short form
        Matcher region = REGION_WORDS.matcher(words);
        region.lookingAt();
        for (int i = start + region.end(); i < end; i++) if (page.orgByStart.containsKey(i)) return null; // 中联办协调部…
        String own = words.substring(region.end());
        Matcher bureau = BUREAU.matcher(own);
        if (!bureau.matches()) return null;
        boolean government = region.group(2) != null && !region.group(2).equals("特区");
        if (!government && !title.title().endsWith(bureau.group(1) + "长")) return null;
        // 二级巡视员、妇女处处长: after another title of the same person, a 处 is a unit of that person's body
        if (UNIT_ENDINGS.contains(bureau.group(1)) && start > 0 && page.titleByEnd.containsKey(start - 1)) return null;
        String sar = region.group(1) != null ? region.group(1) : page.sarGovernment;
        return new Organisation(sar + GOVERNMENT + own, OrgType.GOVERNMENT, OrgLevel.PROVINCE, null, false);
    }
}
