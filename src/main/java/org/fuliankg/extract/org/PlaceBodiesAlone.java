package org.fuliankg.extract.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.org.Region;
import org.fuliankg.extract.text.FirstCharacters;
import org.fuliankg.extract.text.OrganisationAt;
import org.fuliankg.extract.text.PlaceContext;
import org.fuliankg.extract.text.PlaceContext.LocalPlace;
import org.fuliankg.extract.text.TextShape;

/**
 * A place's Party committee, government, people's congress or political consultative conference written by its
 * level letter alone as a body of its own (在市委、市政府的高度重视下, 在市政府2号楼举行, 省人大、省政府等领导): the body
 * of the place the passage is about, else the written form kept unresolved. Posts after them (市委常委, 县政府副县长)
 * are read by the readers of titles as well; the longest find of a span wins.
 */
final class PlaceBodiesAlone {

    private static final Pattern BODY = Pattern.compile(
            "(自治区|自治州|自治县|省|市|州|县|区|旗|盟)(人大常委会|人民政府|政府|人大|政协|委(?![员会托屈婉]))");
    private static final FirstCharacters BODY_STARTS = FirstCharacters.of(BODY.pattern()); // the level letters
    /** Characters after which a level letter opens a name: joining words, places of action, a body just named. */
    private static final String OPENERS = "、和与及在由向对为从到经受将把委府协大";
    /** 人大代表, 政协委员: a member of the body, no mention of the body itself. */
    private static final Pattern MEMBER_AFTER = Pattern.compile("代表|委员|常委(?!会)");
    /** 区政协微尘基金: a fund the body set up, named after it; read as a fund, no mention of the body. */
    private static final Pattern FUND_AFTER = Pattern.compile("\\p{IsHan}{0,4}基金");

    /**
     * What the text says of such bodies, after the last of a list of them, when it speaks of them as bodies: their
     * leaders (省人大、省政府等领导出席, 县政府相关领导), their attention (在市委、市政府的高度重视下, 市委市政府高度重视), their
     * building (在市政府2号楼举行). Other uses stay unread (推动市委、市政府将其列入…, 省委十二届二次全会: a session).
     */
    private static final Pattern SPOKEN_OF = Pattern.compile(
            "(?:的)?(?:高度|大力|亲切|正确)?(?:重视|关心|关怀|支持|领导下)|(?:等|相关|主要)?领导|[0-9一二三四五六七八九]*号?(?:楼|大楼|会议室|礼堂)");
    /**
     * A place's committee and its government written together (市委、市政府; 县委县政府; 县委政府, one letter for both;
     * 镇党委、政府): the pair names the two bodies whatever the clause says of them (列入县委、县政府年度实事, 围绕
     * 市委、市政府中心工作). Group 1 the committee's letter, 2 a separator.
     */
    private static final Pattern PAIR = Pattern.compile(
            "(自治区|自治州|自治县|省|市|州|县|区|旗|盟|镇|乡|街道)(?:党工委|党委|委)([、和与及]?)(\\1)?(人民政府|政府)");
    private static final FirstCharacters PAIR_STARTS = FirstCharacters.of(PAIR.pattern());
    /** A verb urging the pair after it to act (推动, 促请, 提请, 呼吁). */
    private static final Pattern URGED_BEFORE = Pattern.compile("(?:推动|促请|提请|呼吁)$");
    /** One more body of the list: 、 or a joining word, then a letter and a body. */
    private static final Pattern NEXT_IN_LIST = Pattern.compile("[、和及与]?" + BODY.pattern());

    private final TextShape shape;
    private final PlaceContext places;

    PlaceBodiesAlone(TextShape shape, PlaceContext places) {
        this.shape = shape;
        this.places = places;
    }

    List<OrganisationCandidate> find() {
        String t = shape.text;
        List<OrganisationCandidate> found = new ArrayList<>();
        FirstCharacters.Matches bodies = BODY_STARTS.matches(BODY, t);
        Matcher m = bodies.matcher();
        while (bodies.find()) {
            int j = m.start();
            if (!opensName(j)) continue;
            String body = m.group(2);
            boolean congress = body.startsWith("人大") || body.equals("政协");
            if (congress && MEMBER_AFTER.matcher(t).region(m.end(), t.length()).lookingAt()) continue;
            if (FUND_AFTER.matcher(t).region(m.end(), t.length()).lookingAt()) continue;
            if (!spokenOfAsBodies(m.end())) continue;
            String letter = m.group(1);
            Region region = places.regionFor(j, letter);
            String named = body.equals("政府") ? "人民政府" : body;
            Organisation o = region == null
                    ? new Organisation(m.group(), OrgType.GOVERNMENT, levelOf(letter), null, false)
                    : new Organisation(region.name() + named, OrgType.GOVERNMENT, region.level(), region, false);
            found.add(new OrganisationCandidate(new OrganisationAt(j, m.end(), o), true));
        }
        found.addAll(pairs());
        return found;
    }

    /**
     * The committee of a committee and government written as a pair ({@link #PAIR}), resolved to the place the
     * passage is about; a pair whose place is not known, or not written on the page, is left to the other readers.
     * Its government too, unless one letter serves both (县委政府): annotators of nine rounds listed it on 28 of the
     * 30 pages that wrote such a pair.
     */
    private List<OrganisationCandidate> pairs() {
        String t = shape.text;
        List<OrganisationCandidate> found = new ArrayList<>();
        FirstCharacters.Matches pairs = PAIR_STARTS.matches(PAIR, t);
        Matcher m = pairs.matcher();
        while (pairs.find()) {
            int j = m.start();
            if (j > 0 && ")）]】".indexOf(t.charAt(j - 1)) >= 0) continue;
            // 某某市委市政府: the letter ends a place written in full, whose own readers read the pair
            if (j > 0 && Character.isIdeographic(t.charAt(j - 1)) && !shape.wordStartsAt(j)) continue;
            // 推动市委、市政府将其列入规划: bodies urged to act, as the seed's annotators read it, are no mention
            if (URGED_BEFORE.matcher(t).region(Math.max(0, j - 2), j).find()) continue;
            String letter = m.group(1);
            boolean townLetter = letter.equals("镇") || letter.equals("乡") || letter.equals("街道");
            Region region = places.regionFor(j, letter);
            // a place the page never writes: which place's bodies the pair means the text does not say
            boolean known = region != null && UnwrittenPlaces.written(region, t)
                    && (region.level() == OrgLevel.TOWNSHIP) == townLetter;
            String place;
            OrgLevel level;
            if (known) {
                place = region.name();
                level = region.level();
            } else {
                // 镇党委、政府 on a page about one town no gazetteer holds: the town the page names, as for its officials
                var town = townLetter ? places.onlyLocalPlaceEndingWith(letter) : Optional.<LocalPlace>empty();
                if (town.isEmpty()) continue;
                place = town.get().name();
                level = OrgLevel.TOWNSHIP;
                region = town.get().region();
            }
            int committeeEnd = m.start(2);
            String committee = t.substring(j + letter.length(), committeeEnd);
            found.add(new OrganisationCandidate(new OrganisationAt(j, committeeEnd, new Organisation(
                    place + committee, OrgType.GOVERNMENT, level, region, false)), true));
            // 县委政府: one letter for both, a stock phrase for "the authorities" more than two bodies named
            if (m.group(2).isEmpty() && m.group(3) == null) continue;
            int government = m.group(3) == null ? m.start(4) : m.start(3);
            found.add(new OrganisationCandidate(new OrganisationAt(government, m.end(), new Organisation(
                    place + "人民政府", OrgType.GOVERNMENT, level, region, false)), true));
        }
        return found;
    }

    private boolean spokenOfAsBodies(int end) {
        String t = shape.text;
        int e = end;
        for (Matcher next = NEXT_IN_LIST.matcher(t); next.region(e, t.length()).lookingAt(); ) e = next.end();
        if (e < t.length() && (t.charAt(e) == '等' || t.charAt(e) == '、') && !t.startsWith("等领导", e)) e++;
        return SPOKEN_OF.matcher(t).region(e, t.length()).lookingAt();
    }

    private boolean opensName(int j) {
        if (j == 0) return true;
        char before = shape.text.charAt(j - 1);
        if (")）]】".indexOf(before) >= 0) return false;
        return !Character.isIdeographic(before) || OPENERS.indexOf(before) >= 0 || shape.followsVerb(j);
    }

    private static OrgLevel levelOf(String letter) {
        return switch (letter) {
            case "省", "自治区" -> OrgLevel.PROVINCE;
            case "市", "州", "盟", "自治州" -> OrgLevel.PREFECTURE;
            default -> OrgLevel.COUNTY;
        };
    }
}
