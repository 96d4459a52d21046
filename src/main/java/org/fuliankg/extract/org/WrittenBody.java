package org.fuliankg.extract.org;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.org.Region;
import org.fuliankg.extract.text.PlaceContext;

/**
 * A Party, government or federation body written before a title in its short form, that the organisation finders
 * leave alone: 县委 (常委), 区人大常委会 (副主任), 市妇儿工委办 (主任), 县政协 (副主席), 市委组织部 (部长), 镇妇联 (主席), or the same after
 * a place's name (汶上县委, 秦州区人大常委会). The level letter (县, 市 …) is resolved from the text's places; when no
 * place fits, the body keeps its surface form and no region: {@link Organisation#unresolved()} says so.
 */
public final class WrittenBody {

    /**
     * Level letter, then a body with an optional department (县委组织部, 区人大常委会, 市妇联, 旗委, 村党支部), or a
     * department alone (区统战部, 区群团部): the Party committee's, written without its 委.
     */
    private static final Pattern SHORT_FORM = Pattern.compile(
            "(自治区|自治州|省|市|州|县|经开区|高新区|开发区|管理区|新区|区|盟|旗|乡|镇|街道|社区|村|学校|校|院)?"
                    + "(?:(妇儿工委办|妇儿工委|党委|党工委|党总支|党支部|工委|委|纪委|监委|人大常委会|人大|政协|人民政府|政府|人武部|团委"
                    + "|妇联|妇女联合会|婦聯|办事处|居委会|总工会|工会)"
                    + "(组织部|宣传部|统战部|政法委|办公室)?"
                    + "|(组织部|宣传部|统战部|群团工作部|群团部|社会工作部|组宣统部))");
    /** Departments written without 委 that are still named with it (区统战部 is the 区委统战部). */
    private static final java.util.Set<String> COMMITTEE_DEPARTMENTS = java.util.Set.of("组织部", "宣传部", "统战部");
    /** 中共怀化市委: the Party's name before a committee adds nothing to it. */
    private static final String PARTY = "中共";
    private static final String YOUTH_LEAGUE = "共青团";
    /** A development or administrative zone after a place's name, before its body: 宁乡经开区党工委. */
    private static final Pattern ZONE_BODY = Pattern.compile("(\\p{IsHan}{0,4}?)(经开区|高新区|开发区|管理区|新区|投资区)(党工委|工委|管委会)");
    /** A zone's bodies, written after its name; one of them alone after a title in another (党工委副书记、管委会主任). */
    private static final Pattern ZONE_BODY_KIND = Pattern.compile("(?:党工委|工委|管委会)$");
    /** The most characters between a place's name and its zone's word (歙县|经济技术|开发区). */
    private static final int MAX_ZONE_WORDS = 4;
    /** A zone named by two or more characters before its word (海沧台商投资区), not 该开发区 or 区 alone. */
    private static final Pattern ZONE_NAME = Pattern.compile("(?![该本全我各])\\p{IsHan}{2,6}?(?:经开区|高新区|开发区|管理区|新区|投资区)");
    /** A town or village (after the township it lies in, if written) and its Party or government body. */
    private static final Pattern LOCAL_BODY = Pattern.compile("(?:\\p{IsHan}{2,4}?(?:镇|乡|街道))?"
            + "(\\p{IsHan}{2,4}?(?:镇|乡|街道|村|社区))(党委|党支部|党总支|党工委|人民政府|政府|居委会|村委会)");
    /**
     * 市环保局, 省乡村振兴局, 旗卫健委: a bureau or commission of a division's government, after its level letter
     * (not 市场监管局's 市场).
     */
    private static final Pattern BUREAU_FORM = Pattern.compile("(省|市|州|县|区|旗)((?![场区域])\\p{IsHan}{1,5}局"
            + "|卫健委|卫生健康委|卫计委|发改委|发展改革委|民宗委|民委|教委|教体委|科委|经信委|工信委|住建委|农委|侨委)");
    /** Characters no town's or village's name holds: 各村党支部, 在镇党委 name no place. */
    private static final String NOT_IN_LOCAL_NAMES = "的了是在和与及为向对把将由被让从各全每该本届个首级第我这那其";
    /** Bodies a township text may write with no letter at all (党委书记某, 党委副书记某): the township's own. */
    private static final java.util.Set<String> BARE_LOCAL_BODIES = java.util.Set.of("党委", "党工委", "纪委", "政府", "人民政府");
    /** Titles of a Party committee's secretaries, written after a township's name with no body (某镇副书记). */
    private static final java.util.Set<String> PARTY_SECRETARIES = java.util.Set.of("书记", "副书记");
    /** How far back (characters) a township named for a bare body may stand. */
    private static final int LOCAL_REACH = 300;

    /** Government bodies a chain of titles may write without their place (妇儿工委主任 after 某省副省长、). */
    private static final java.util.Set<String> PLACED_KINDS = java.util.Set.of("妇儿工委", "妇儿工委办", "人民政府", "政府",
            "人大常委会", "人大", "政协");

    private static final java.util.Set<String> INSTITUTION_LETTERS = java.util.Set.of("学校", "校", "院");

    private final PlaceContext places;

    public WrittenBody(PlaceContext places) {
        this.places = places;
    }

    /** The body written exactly in [start, end), or null when the phrase is no body of this form. */
    public Organisation at(String text, int start, int end) {
        if (end - start < 1 || end - start > 16) return null;
        // 共青团某县委, 团市委: the Youth League's committee of a place, written like the Party's with the League's name
        // before it (or its 团 alone before the level letter)
        int league = text.startsWith(YOUTH_LEAGUE, start) ? YOUTH_LEAGUE.length()
                : text.startsWith("团", start) && end - start == 3 && text.charAt(end - 1) == '委' ? 1 : 0;
        if (league > 0) {
            Organisation party = league < end - start ? at(text, start + league, end) : null;
            if (party == null || !party.name().endsWith("委")) return null;
            return new Organisation(YOUTH_LEAGUE + party.name(), OrgType.ASSOCIATION, party.level(), party.region(), false);
        }
        if (text.startsWith(PARTY, start) && end - start > PARTY.length() + 1) start += PARTY.length();
        int bodyStart = start;
        Region written = null;
        var place = places.placeStartingAt(start);
        while (place.isPresent() && place.get().end() < end) { // 乌兰察布市察右后旗旗委: the innermost place's
            written = place.get().region();
            bodyStart = place.get().end();
            place = places.placeStartingAt(bodyStart);
        }
        Matcher zoneBody = ZONE_BODY.matcher(text).region(bodyStart, end);
        if (zoneBody.matches() && (written != null || ZONE_NAME.matcher(text).region(start, end).lookingAt())) {
            // 海沧台商投资区党工委: a zone's own name, with its place or a name of its own before the zone's word
            return new Organisation(text.substring(start, end), OrgType.GOVERNMENT, OrgLevel.COUNTY, written, false);
        }
        if (zoneBody.matches() && zoneBody.group(1).isEmpty()) { // 开发区党工委 after 歙县经济开发区: that zone's
            Organisation zone = zoneNamedBefore(text, start, zoneBody.group(2), kindOf(zoneBody.group(3)));
            if (zone != null) return zone;
        }
        Matcher m = SHORT_FORM.matcher(text).region(bodyStart, end);
        if (!m.matches()) {
            Matcher bureau = BUREAU_FORM.matcher(text).region(bodyStart, end);
            if (bureau.matches()) return bureau(bureau.group(1), bureau.group(2), start, written);
            return localBody(text, bodyStart, end, written);
        }
        String letter = m.group(1);
        if (m.group(4) != null && letter == null && written == null) return null; // 组织部 alone: whose is unknown
        String body = m.group(4) != null ? (COMMITTEE_DEPARTMENTS.contains(m.group(4)) ? "委" : "") + m.group(4)
                : kindOf(m.group(2)) + (m.group(3) == null ? "" : m.group(3));
        // 妇儿工委 (the government's women and children's working committee) is no federation
        boolean federation = body.startsWith("妇联") || body.startsWith("妇女联合会") || body.startsWith("婦聯");
        OrgType type = federation ? OrgType.FEDERATION : body.endsWith("工会") ? OrgType.ASSOCIATION : OrgType.GOVERNMENT;
        if (written != null) {
            // 汶上县 + 县委 → 汶上县委, but 泗县 + 县委 → 泗县县委: a two-character name keeps its letter
            boolean dropLetter = letter != null && letter.equals(lastOf(written)) && written.name().length() > 2;
            return new Organisation(written.name() + (letter == null || dropLetter ? "" : letter) + body,
                    type, written.level(), written, false);
        }
        if (letter == null) return null; // 妇联 alone: the federation the passage speaks of
        if (INSTITUTION_LETTERS.contains(letter)) return institutionBody(text, start, end, letter, body, type);
        OrgLevel level = levelOf(letter);
        if (level == OrgLevel.TOWNSHIP || level == OrgLevel.VILLAGE) {
            var local = places.localPlaceBefore(start, level, LOCAL_REACH).filter(p -> endsWithLetter(p.name(), letter));
            if (local.isPresent()) return new Organisation(local.get().name() + body, type, level, local.get().region(), false);
            return new Organisation(letter + body, type, level, null, false);
        }
        Region r = places.regionFor(start, letter);
        if (r == null) return new Organisation(letter + body, type, level, null, false); // 县政府 → 县人民政府
        // 泗县 + 县委 → 泗县县委 (a two-character name keeps its letter before the Party's 委), but 县政府 → 祁县人民政府
        boolean keepLetter = r.name().length() <= 2 && r.name().endsWith(letter) && body.startsWith("委");
        String stem = keepLetter ? r.name() + letter : r.name();
        return new Organisation(stem + body, type, r.level(), r, false);
    }

    /**
     * 妇儿工委, 政府, 人大常委会 written with no place or level letter after a title in another body of
     * {@code region} (自治区妇联主席、妇儿工委副主任): that region's body; null for other words.
     */
    public Organisation inPlaceOf(String words, Region region) {
        Matcher m = SHORT_FORM.matcher(words);
        if (!m.matches() || m.group(1) != null || m.group(2) == null || !PLACED_KINDS.contains(m.group(2))) return null;
        String body = kindOf(m.group(2)) + (m.group(3) == null ? "" : m.group(3));
        return new Organisation(region.name() + body, OrgType.GOVERNMENT, region.level(), region, false);
    }

    /**
     * 管委会 after a title in 某某开发区党工委 (党工委副书记、管委会主任): the same zone's body; null for other words or
     * when the body before is no zone's.
     */
    public static Organisation inZoneOf(String words, Organisation before) {
        if (before == null || !ZONE_BODY_KIND.matcher(words).matches()) return null;
        Matcher zone = ZONE_BODY_KIND.matcher(before.name());
        if (!zone.find() || !ZONE_NAME.matcher(before.name()).region(0, zone.start()).matches()) return null;
        String body = before.name().substring(0, zone.start()) + kindOf(words);
        return body.equals(before.name()) ? null
                : new Organisation(body, OrgType.GOVERNMENT, before.level(), before.region(), false);
    }

    /**
     * The zone named before {@code pos} with its place (歙县经济开发区 for a later 开发区党工委): the latest writing of
     * {@code zoneWord} that a place's name opens, at most a few words before it; null when none.
     */
    private Organisation zoneNamedBefore(String text, int pos, String zoneWord, String body) {
        for (int i = text.lastIndexOf(zoneWord, pos - 1); i > 0; i = text.lastIndexOf(zoneWord, i - 1)) {
            for (int k = i - 2; k >= Math.max(0, i - MAX_ZONE_WORDS - 4); k--) { // the innermost place (安徽省歙县…)
                var place = places.placeStartingAt(k);
                if (place.isEmpty() || place.get().end() > i || i - place.get().end() > MAX_ZONE_WORDS) continue;
                if (!text.substring(place.get().end(), i).chars().allMatch(Character::isIdeographic)) continue;
                return new Organisation(text.substring(k, i + zoneWord.length()) + body, OrgType.GOVERNMENT,
                        OrgLevel.COUNTY, place.get().region(), false);
            }
        }
        return null;
    }

    /** 市环保局 → 石家庄市环保局: a bureau of the place the letter stands for; unresolved when no place fits. */
    private Organisation bureau(String letter, String name, int start, Region written) {
        Region r = written != null ? written : places.regionFor(start, letter);
        if (r == null) return new Organisation(letter + name, OrgType.GOVERNMENT, levelOf(letter), null, false);
        return new Organisation(r.name() + name, OrgType.GOVERNMENT, r.level(), r, false);
    }

    /** 校党委, 学校党委, 院党委: the body of the institution the text names (某河学院党委), else unresolved. */
    private Organisation institutionBody(String text, int start, int end, String letter, String body, OrgType type) {
        if (letter.equals("院") && !body.equals("党委")) return null; // 院委, 院团委: too easily some other 院
        var named = places.institutionNear(start);
        if (named.isEmpty()) return new Organisation(text.substring(start, end), type, OrgLevel.INDUSTRY, null, false);
        String institution = text.substring(named.get().start(), named.get().end());
        return new Organisation(institution + body, type, OrgLevel.INDUSTRY, named.get().region(), false);
    }

    /**
     * 傅集镇党委, 富泉乡芭蕉村党支部: a town's or village's Party or government body, its place named by the shape
     * of its name (the body's word after it confirms it is a place); the innermost place names the body.
     */
    private static Organisation localBody(String text, int start, int end, Region written) {
        Matcher m = LOCAL_BODY.matcher(text).region(start, end);
        if (!m.matches() || m.group(1).chars().anyMatch(c -> NOT_IN_LOCAL_NAMES.indexOf(c) >= 0)) return null;
        String place = m.group(1);
        OrgLevel level = place.endsWith("村") || place.endsWith("社区") ? OrgLevel.VILLAGE : OrgLevel.TOWNSHIP;
        return new Organisation(place + kindOf(m.group(2)), OrgType.GOVERNMENT, level, written, false);
    }

    /** 政府 is short for 人民政府, a subdistrict's 工委 for its 党工委: one body however it is written. */
    private static String kindOf(String written) {
        return switch (written) {
            case "政府" -> "人民政府";
            case "工委" -> "党工委";
            default -> written;
        };
    }

    private static String lastOf(Region r) {
        return r.name().substring(r.name().length() - 1);
    }

    private static OrgLevel levelOf(String letter) {
        return switch (letter) {
            case "省", "自治区" -> OrgLevel.PROVINCE;
            case "市", "州", "自治州", "盟" -> OrgLevel.PREFECTURE;
            case "县", "区", "旗", "经开区", "高新区", "开发区", "管理区", "新区" -> OrgLevel.COUNTY;
            case "社区", "村" -> OrgLevel.VILLAGE;
            default -> OrgLevel.TOWNSHIP;
        };
    }

    /** 永红街道 for 街道党工委, 庐镇乡 for 乡党委 (not for 镇党委): the local place's word is the letter written. */
    private static boolean endsWithLetter(String place, String letter) {
        return place.endsWith(letter);
    }

    /**
     * 周陂镇副书记某, 某街道书记某: a secretary written right after a township's name alone is of its Party committee
     * (a subdistrict's 党工委); null for other words or titles.
     */
    public Organisation partyOfTownWritten(String words, int end, String title) {
        if (!PARTY_SECRETARIES.contains(title)) return null;
        var town = places.localPlaceBefore(end, OrgLevel.TOWNSHIP, 0);
        if (town.isEmpty() || town.get().end() != end || !town.get().name().equals(words)) return null;
        String body = words.endsWith("街道") ? "党工委" : "党委";
        return new Organisation(words + body, OrgType.GOVERNMENT, OrgLevel.TOWNSHIP, town.get().region(), false);
    }

    /**
     * 党委书记某, 党委副书记、纪委书记某 with no letter, in a text about one township (进都乡组织…): the township's
     * body when a township is named shortly before {@code start}, else null.
     */
    public Organisation bareLocal(String words, int start) {
        if (!BARE_LOCAL_BODIES.contains(words)) return null;
        var town = places.localPlaceBefore(start, OrgLevel.TOWNSHIP, LOCAL_REACH);
        if (town.isEmpty()) return null;
        String body = words.equals("政府") ? "人民政府" : words;
        return new Organisation(town.get().name() + body, OrgType.GOVERNMENT, OrgLevel.TOWNSHIP, town.get().region(), false);
    }
}
