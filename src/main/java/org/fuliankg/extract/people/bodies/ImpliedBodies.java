package org.fuliankg.extract.people.bodies;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.org.Region;
import org.fuliankg.lexicon.Divisions;
import org.fuliankg.lexicon.Positions.Title;
import org.fuliankg.lexicon.Positions;

/** Bodies a title implies when none is written: a delegate's congress, a head of government's government, a special
 * administrative region's legislature, a school's head's school. */
public final class ImpliedBodies {

    /** 省政协委员, 全国人大代表: members of a division's assembly. */
    private static final Pattern ASSEMBLY_MEMBER = Pattern.compile("(全国|省|市|县|区)(政协委员|人大代表)");
    /** Titles of a special administrative region's bodies, after its name (香港 + 立法会). */
    private static final String SAR_LEGISLATOR = "立法会议员";
    private static final Map<String, String> SAR_BODIES = Map.of("行政长官", "特别行政区政府", SAR_LEGISLATOR, "立法会");
    /** 议员 alone: in a text about a special administrative region's government, a member of its legislature. */
    private static final String LEGISLATOR = "议员";
    /** Party organs a body has beside its Party committee, written bare after a holder of another (纪委书记某). */
    private static final java.util.Set<String> SIBLING_ORGANS = java.util.Set.of("党委", "党工委", "纪委", "人大工委", "团委",
            "办事处", "村委会", "居委会", "人大"); // 镇党委委员、人大专职副主席: the town's people's congress
    /** A subdistrict's government, the sibling only of a subdistrict's organs (街道党工委副书记、办事处主任). */
    private static final String SUBDISTRICT_OFFICE = "办事处";
    private static final Pattern PARTY_ORGAN_END = Pattern.compile("(?:党委|党工委|纪委|人大工委|党总支|党支部)$");
    private static final Pattern INSTITUTION_END = Pattern.compile("(?:大学|学院|学校|中学|小学)$");
    private static final String HOSPITAL = "医院";
    /** An institution's own Party organ written after its name (党委, 党总支, 党支部). */
    private static final Pattern INSTITUTION_ORGAN = Pattern.compile("(?:党委|党总支|党支部)$");
    /** Titles of a school's or university's head, whose body is the institution itself. */
    public static final java.util.Set<String> INSTITUTION_HEADS = java.util.Set.of("校长", "副校长", "常务副校长");
    /** Members of a Party committee with a portfolio (组织委员, 宣传委员, 纪检委员, 统战委员). */
    private static final Pattern COMMITTEE_MEMBER = Pattern.compile("(?:组织|宣传|纪检|统战)委员");
    /** 省长, 副县长, 区长, 副旗长: heads of a division's government. */
    public static final Pattern HEAD_OF_GOVERNMENT = Pattern.compile("(?:副|常务副)?(省|市|县|区|州|旗|镇|乡)长");

    private final Page page;
    private final GoverningBodies governing;

    public ImpliedBodies(Page page, GoverningBodies governing) {
        this.page = page;
        this.governing = governing;
    }

    /** The body a title implies when none is written: the party congress of a delegate, the Central
     * Committee of the general secretary. */
    public Organisation implied(Title title) {
        Region country = Divisions.get().country();
        if (title.isDelegate() && title.congressLevel() == null) {
            return new Organisation("中国共产党" + title.congress(), OrgType.GOVERNMENT, OrgLevel.NATIONAL, country, false);
        }
        if (title.isDelegate()) {
            Region r = page.places.regionFor(title.start(), title.congressLevel());
            return r == null ? null
                    : new Organisation("中国共产党" + r.name() + title.congress(), OrgType.GOVERNMENT, r.level(), r, false);
        }
        // 议员甲 in a text about Hong Kong or Macau (its government, or a society's guests there): a member of its
        // legislature; on a page about Taiwan, TaiwanBodies seats them in the county's 議會
        String region = page.sarGovernment != null ? page.sarGovernment : page.specialRegion();
        if (title.title().equals(LEGISLATOR) && region != null) {
            return new Organisation(region + SAR_BODIES.get(SAR_LEGISLATOR), OrgType.GOVERNMENT, OrgLevel.PROVINCE, null, false);
        }
        String sarBody = SAR_BODIES.get(title.title());
        if (sarBody != null) { // 行政长官, 立法会议员: the body of the special administrative region the text is about
            String sar = page.specialRegion();
            return sar == null ? null : new Organisation(sar + sarBody, OrgType.GOVERNMENT, OrgLevel.PROVINCE, null, false);
        }
        Matcher member = ASSEMBLY_MEMBER.matcher(title.title());
        if (member.matches()) { // 省政协委员, 市人大代表: a member of that division's assembly
            String assembly = member.group(2).startsWith("政协") ? "政协" : "人大";
            if (member.group(1).equals("全国")) {
                return new Organisation("全国" + assembly, OrgType.GOVERNMENT, OrgLevel.NATIONAL, country, false);
            }
            Region r = page.places.regionFor(title.start(), member.group(1));
            if (r != null) return new Organisation(r.name() + assembly, OrgType.GOVERNMENT, r.level(), r, false);
        }
        Matcher head = HEAD_OF_GOVERNMENT.matcher(title.title());
        if (head.matches() && "镇乡".contains(head.group(1))) { // 镇长罗某: the township the passage is about
            return page.writtenBodies.bareLocal("政府", title.start());
        }
        if (head.matches()) { // 省长王某, 副县长: the government of the place the passage is about
            Region r = page.places.regionFor(title.start(), head.group(1));
            if (r != null) return new Organisation(r.name() + "人民政府", OrgType.GOVERNMENT, r.level(), r, false);
            // no place in the text: the government as written, unresolved like 县委 (县人民政府)
            return new Organisation(head.group(1) + "人民政府", OrgType.GOVERNMENT, null, null, false);
        }
        if (COMMITTEE_MEMBER.matcher(title.title()).matches()) { // 组织委员某 in a town's text: its 党委's
            return page.writtenBodies.bareLocal("党委", title.start());
        }
        Organisation institution = institutionHeaded(title);
        if (institution != null) return institution;
        // 社区党总书记: a branch's secretary (党总支书记), not the Central Committee's general secretary
        if (title.start() > 0 && page.t.charAt(title.start() - 1) == '党') return null;
        String body = Positions.get().impliedOrganisation(title.title());
        return body == null ? null : new Organisation(body, OrgType.GOVERNMENT, OrgLevel.NATIONAL, country, false);
    }

    /**
     * 街道党工委书记甲、人大工委主任乙, 学校党委副书记甲，纪委书记乙, 副校长甲，党委常委乙: a bare Party organ after the
     * holder of another organ of the same body (or of the institution itself) is that body's; null otherwise.
     */
    public static Organisation siblingOrgan(Organisation previous, String bare) {
        if (previous == null || !SIBLING_ORGANS.contains(bare)) return null;
        Matcher organ = PARTY_ORGAN_END.matcher(previous.name());
        String stem = organ.find() ? previous.name().substring(0, organ.start())
                : INSTITUTION_END.matcher(previous.name()).find() ? previous.name() : null;
        if (stem == null || stem.length() < 2 || bare.equals(SUBDISTRICT_OFFICE) && !stem.endsWith("街道")) return null;
        return new Organisation(stem + bare, previous.type(), previous.level(), previous.region(), false);
    }

    /**
     * 某职业学院党委书记甲, 某医院党委委员乙: a school's, university's or hospital's Party committee written after its
     * name, which the organisation finders read as the institution, is a body of its own (unlike a bank's or a
     * company's, whose Party posts are posts in the company); {@code named} itself otherwise.
     */
    static Organisation institutionOrgan(Organisation named, String form) {
        Matcher organ = INSTITUTION_ORGAN.matcher(form);
        if (!organ.find() || named.name().endsWith(organ.group())) return named;
        String institution = form.substring(0, organ.start());
        if (!INSTITUTION_END.matcher(institution).find() && !institution.endsWith(HOSPITAL)) return named;
        return new Organisation(named.name() + organ.group(), OrgType.GOVERNMENT, OrgLevel.INDUSTRY, named.region(), false);
    }

    /** 校长甲, 副校长乙 with no body: the school or university named last before the title, within reach. */
    private Organisation institutionHeaded(Title title) {
        if (!INSTITUTION_HEADS.contains(title.title())) return null;
        return governing.before(title.start(), 0, o -> INSTITUTION_END.matcher(o.organisation().name()).find());
    }
}
