package org.fuliankg.extract.people.bodies;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.lexicon.Positions.Title;

/**
 * A body's word written before a holder's name in a guest list, where no finder read an organisation
 * (、劳工事务局某某局长、, 检察院某某厅长, 金宁乡某某乡长): the words from the phrase's start to the name name the
 * body the title belongs to, in the order a government's release lists its guests (body, name, title).
 */
public final class BodyWords {

    /** Layout marks and spaces before a body's word. */
    private static final Pattern LEADING = Pattern.compile("^[^\\p{IsHan}]+");
    /** Marks no single body's word holds: a list's, a clause's, a quotation's; digits (a date's: 按照5月8日省委). */
    private static final Pattern NOT_ONE_BODY = Pattern.compile("[、，,：:；;。的\\s“”「」0-9０-９]");
    /** A government's unit: a bureau, office, department or institute. */
    private static final Pattern GOVERNMENT_UNIT = Pattern.compile("[局署处司厅部委办室院]$");
    /** A special administrative region's bureau or service (局, 署, 处, 司, 关), named under its government. */
    private static final Pattern SAR_UNIT = Pattern.compile("[局署处司关]$");
    private static final Pattern REGION = Pattern.compile("^(香港|澳门)(?:特区政府|特别行政区政府|特区)?");
    private static final String GOVERNMENT = "特区政府";

    private final Page page;

    public BodyWords(Page page) {
        this.page = page;
    }

    /** The body the words [start, end) name before a holder's name and its {@code title}; null when they name none. */
    public Organisation named(int start, int end, Title title) {
        String words = page.t.substring(start, end);
        Matcher lead = LEADING.matcher(words);
        if (lead.lookingAt()) words = words.substring(lead.end());
        if (words.length() < 2 || NOT_ONE_BODY.matcher(words).find()) return null;
        if (WordsBeforeTitle.LEVEL_LETTERS.indexOf(words.charAt(0)) >= 0) return null; // 市民政局: a short form read elsewhere
        Matcher head = ImpliedBodies.HEAD_OF_GOVERNMENT.matcher(title.title());
        char last = words.charAt(words.length() - 1);
        if (last == '乡' || last == '镇') { // 金宁乡某某乡长: the township's government, no other post
            return head.matches() && head.group(1).charAt(0) == last
                    ? new Organisation(words + "人民政府", OrgType.GOVERNMENT, OrgLevel.TOWNSHIP, null, false) : null;
        }
        if (page.sarGovernment != null && SAR_UNIT.matcher(words).find()) { // 劳工事务局: a bureau of the region's government
            Matcher region = REGION.matcher(words);
            String sar = region.lookingAt() ? region.group(1) : page.sarGovernment;
            String own = region.lookingAt() ? words.substring(region.end()) : words;
            if (own.length() >= 2) return new Organisation(sar + GOVERNMENT + own, OrgType.GOVERNMENT, OrgLevel.PROVINCE, null, false);
        }
        OrgType type = GOVERNMENT_UNIT.matcher(words).find() ? OrgType.GOVERNMENT
                : last == '会' || last == '堂' ? OrgType.ASSOCIATION : OrgType.OTHER;
        return new Organisation(words, type, null, null, false);
    }
}
