package org.fuliankg.extract.programme;

import java.util.Set;
import java.util.regex.Pattern;
import org.fuliankg.domain.programme.Programme;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.lexicon.Divisions;
import org.fuliankg.lexicon.RegionalEpithets;

/**
 * A scheme the lexicon knows, written with what makes it a scheme of its own: a level (省级低收入妇女两癌救助
 * beside the national 低收入妇女两癌救助) or the interest subsidy the money is (广东省妇女创业小额担保贷款贴息项目,
 * 农村妇女小额贷款财政贴息工作: a province's subsidy of the loans, not the loans). It becomes its own programme, a case
 * of the known programme's class, or of the known programme when that has no class; so the plain name elsewhere
 * in the item is this scheme. A province's or a city's own campaign built on a known one and named in full
 * (广东省爱心妈妈结对关爱留守儿童和困境儿童三年行动) is likewise a scheme of its own, and so is one named with its
 * region's literary name (草原巾帼脱贫行动). Generic classes (两癌救助) written with a level stay generic: 县级“两癌”救助 is
 * relief of the county, with no name of its own.
 */
final class QualifiedSchemes {

    private static final Pattern LEVEL_BEFORE = Pattern.compile("[省市县区州]级$");
    /** The subsidy named as a scheme (…贴息项目, …财政贴息工作), not the subsidy money handed out (…财政贴息发放到…). */
    private static final Pattern SUBSIDY_AFTER = Pattern.compile("^(?:财政)?贴息(?=项目|工作|政策)");
    /** Whom a subsidy scheme serves, written before its name: 农村妇女小额贷款财政贴息. */
    private static final Pattern AREA_BEFORE = Pattern.compile("(?:农村|城乡|城镇)$");
    private static final String PLACE_ENDS = "省市县区";
    /** Whom a relief class serves, written between a province and the class: 某省贫困妇女两癌救助. */
    private static final Pattern RELIEVED_BEFORE = Pattern.compile("(?:农村|城乡)?(?:贫困|困难|低收入)(?:妇女|母亲)$");
    /** The rest of a place's own campaign after the known name: …留守儿童和困境儿童三年行动. */
    private static final Pattern OWN_CAMPAIGN_AFTER = Pattern.compile("[\\u4e00-\\u9fff]{2,16}?(?:行动|计划|工程)");

    private final Set<String> generics;
    private final Divisions divisions = Divisions.get();
    private final RegionalEpithets epithets = RegionalEpithets.get();

    QualifiedSchemes(Set<String> generics) {
        this.generics = generics;
    }

    /** The candidate widened over its level or subsidy words, or itself when it has none. */
    ProgrammeCandidate widen(String text, ProgrammeCandidate c) {
        Programme known = c.programme();
        int start = c.start();
        int end = c.end();
        if (generics.contains(known.name())) return provincesOwnRelief(text, c);
        String before = text.substring(Math.max(0, start - 2), start);
        var subsidy = SUBSIDY_AFTER.matcher(text).region(end, Math.min(text.length(), end + 6));
        if (subsidy.lookingAt()) {
            end += subsidy.end() - subsidy.regionStart();
            if (AREA_BEFORE.matcher(before).find()) start -= 2;
            start -= placeBefore(text, start);
        } else if (LEVEL_BEFORE.matcher(before).find() && !BuiltFacilities.FACILITY.matcher(known.name()).find()) {
            // 市级妇女儿童之家: the grade of one home, no scheme of its own
            start -= 2;
        } else if (placeBefore(text, start) > 0 && ownCampaignEnd(text, end) > end) {
            start -= placeBefore(text, start);
            end = ownCampaignEnd(text, end);
        } else if (known.broader() != null && known.name().endsWith("救助") && provinceBefore(text, start) > 0) {
            // 某省低收入妇女“两癌”救助: a province's own relief fund; a brand (甘肃省春蕾计划) stays the brand, and the
            // national screening carried out in a province (甘肃省农村妇女“两癌”检查) stays national
            start -= provinceBefore(text, start);
        } else if (epithets.lengthBefore(text, start) > 0) { // 草原巾帼脱贫行动: a region's case of the campaign
            start -= epithets.lengthBefore(text, start);
        } else {
            return c;
        }
        // a level names the known scheme (省级 + 低收入妇女两癌救助); a subsidy is named as written
        String name = end == c.end() ? text.substring(start, c.start()) + known.name()
                : text.substring(start, end).replaceAll("[“”\"]", "");
        String broader = known.broader() != null ? known.broader() : known.name();
        return new ProgrammeCandidate(start, end, new Programme(name, known.kind(), false, broader),
                text.substring(start, end));
    }

    /**
     * 某省贫困妇女两癌救助专项资金: a province's full name and whom the relief serves, written as one word with the
     * generic class, name the province's own scheme (a case of the class); 青海省财政“两癌”救助 or 省级 stays generic.
     */
    private ProgrammeCandidate provincesOwnRelief(String text, ProgrammeCandidate c) {
        var relieved = RELIEVED_BEFORE.matcher(text).region(Math.max(0, c.start() - 6), c.start());
        if (!relieved.find()) return c;
        int province = provinceBefore(text, relieved.start());
        if (province == 0) return c;
        int start = relieved.start() - province;
        String name = text.substring(start, c.start()) + c.programme().name();
        return new ProgrammeCandidate(start, c.end(), new Programme(name, c.programme().kind(), false,
                c.programme().name()), text.substring(start, c.end()));
    }

    /** The length of a province's full name (四川省, 广西壮族自治区) right before {@code at}, or 0. */
    private int provinceBefore(String text, int at) {
        for (int len = 9; len >= 3; len--) {
            if (at - len < 0) continue;
            String s = text.substring(at - len, at);
            if ((s.endsWith("省") || s.endsWith("自治区"))
                    && divisions.byName(s).stream().anyMatch(r -> r.level() == OrgLevel.PROVINCE)) {
                return len;
            }
        }
        return 0;
    }

    /** Where a place's own campaign named after the known name at {@code end} ends, or {@code end} when none. */
    private static int ownCampaignEnd(String text, int end) {
        var rest = OWN_CAMPAIGN_AFTER.matcher(text).region(end, Math.min(text.length(), end + 18));
        return rest.lookingAt() ? rest.end() : end;
    }

    /** The length of a division's full name (广东省) right before {@code at}, or 0. */
    private int placeBefore(String text, int at) {
        for (int len = 6; len >= 2; len--) {
            if (at - len < 0) continue;
            String s = text.substring(at - len, at);
            if (PLACE_ENDS.indexOf(s.charAt(s.length() - 1)) >= 0 && !divisions.byName(s).isEmpty()) return len;
        }
        return 0;
    }
}
