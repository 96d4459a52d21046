package org.fuliankg.extract.people.bodies;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.extract.text.OrganisationAt;

/** The body of a federation or association title written bare (副主席甲, 会长乙): the federation or association the
 * passage was just speaking of. */
public final class BareTitleBodies {

    /** A school's federation written after the school's word (校妇联, 我校妇女联合会, 学校妇联). */
    private static final Pattern SCHOOL_FEDERATION = Pattern.compile("(?:(我校|本校|学校)|校)(?:妇联|妇女联合会)");

    /** Titles that, with no body written, are posts in a women's federation; 主任委员 (主委) is how the federation of
     * Taiwan and its branches call their chair. */
    public static final java.util.Set<String> FEDERATION_TITLES = java.util.Set.of("主席", "副主席", "常务副主席",
            "专职副主席", "兼职副主席", "挂职副主席", "名誉主席", "党组书记", "党组副书记", "党组成员", "执委",
            "书记处书记", "书记处第一书记", "主任委员", "副主任委员");
    /** Titles that, with no body written, are posts in the association the passage is about (会长甲, 理事长乙). */
    public static final java.util.Set<String> ASSOCIATION_TITLES = java.util.Set.of("会长", "副会长", "常务副会长",
            "执行会长", "创会会长", "理事长", "副理事长", "常务副理事长", "监事长", "副监事长", "总干事",
            "名誉会长", "荣誉会长", "永远名誉会长", "永远荣誉会长", "永远会长", "名誉理事长", "荣誉理事长", "轮值会长",
            "专职副会长", "总会长", "副总会长", "常务副总会长", "第一副总会长", "荣誉总会长", "名誉总会长", "创会总会长", "第一副会长");
    /** The chairs of a women's committee (妇委会, 妇代会). */
    public static final java.util.Set<String> COMMITTEE_CHAIRS = java.util.Set.of("主任", "副主任");
    /** Words of a women's association (九龙妇女联会, 澳门专业女性协会), whose 主席 is a post like a federation's. */
    private static final Pattern WOMENS_ASSOCIATION = Pattern.compile("妇女|女性|妇联");
    private final Page page;
    private final GoverningBodies governing;
    private final Congresses congresses;

    public BareTitleBodies(Page page, GoverningBodies governing) {
        this.page = page;
        this.congresses = new Congresses(page);
        this.governing = governing;
    }

    /** The federation named shortly before a name written before a bare title (陈某主席), or null. */
    public Organisation federationNamedBefore(int pos) {
        return governing.before(pos, 0, this::isFederation);
    }

    /**
     * The specific federation governing a bare federation title at {@code pos}: named shortly before it and from
     * {@code from} on, else the page's own ({@link GoverningBodies}); null when there is none.
     */
    public Organisation federationBefore(int pos, int from) {
        return governing.of(pos, from, this::isFederation);
    }

    /**
     * The federation whose post an election at {@code pos} fills: the one elected by the page's congress named before
     * (福田区召开第五次妇女代表大会…罗某当选为主席), not a guest federation named nearer; else as
     * {@link #federationBefore}.
     */
    public Organisation electedFederationBefore(int pos, int from) {
        Organisation school = schoolFederationInSentence(pos);
        if (school != null) return school;
        Organisation congress = congresses.federationBefore(pos);
        return congress != null ? congress : federationBefore(pos, from);
    }

    /**
     * 在随后举行的校妇女联合会…会议上，甲当选为主席: a school's federation written in the election's sentence before
     * {@code pos} (校妇联, 我校妇联, 学校妇女联合会) that no finder read, as written (unresolved like 市妇联); null when
     * none is written there or a federation found is named after it.
     */
    private Organisation schoolFederationInSentence(int pos) {
        int from = page.places.sentenceStart(pos);
        if (from < 0 || from >= pos) return null;
        Matcher m = SCHOOL_FEDERATION.matcher(page.t).region(from, pos);
        int start = -1;
        String written = null;
        while (m.find()) {
            char before = m.start() > 0 ? page.t.charAt(m.start() - 1) : '\n';
            if (m.group(1) == null && Character.isIdeographic(before) && WordsBeforeTitle.LINKING.indexOf(before) < 0) continue; // 党校妇联
            start = m.start();
            written = m.group();
        }
        if (written == null) return null;
        for (OrganisationAt o : page.orgByEnd.values()) {
            if (o.end() <= pos && (o.start() <= start && o.end() > start || o.start() > start) && o.start() >= from
                    && womensBody(o.organisation())) {
                return null;
            }
        }
        return new Organisation(written, OrgType.FEDERATION, OrgLevel.INDUSTRY, null, false);
    }

    /** The federation elected by the page's congress named before {@code pos} (whose presidium chairs it), or null. */
    public Organisation congressFederationBefore(int pos) {
        return congresses.federationBefore(pos);
    }

    /** A specific federation or women's association; 根据全国妇联章程: not the one whose charter is cited. */
    private boolean isFederation(OrganisationAt o) {
        return womensBody(o.organisation()) && !o.organisation().generic() && !page.t.startsWith("章程", o.end());
    }

    /** The women's committee (妇委会, 妇代会) named last before {@code pos} in its sentence, or null. */
    public Organisation committeeInSentenceBefore(int pos) {
        int from = page.places.sentenceStart(pos);
        OrganisationAt best = null;
        for (OrganisationAt o : page.orgByEnd.values()) {
            String name = o.organisation().name();
            if ((name.endsWith("妇委会") || name.endsWith("妇代会")) && !o.organisation().generic()
                    && o.start() >= from && o.end() <= pos && (best == null || o.end() > best.end())) {
                best = o;
            }
        }
        return best == null ? null : best.organisation();
    }

    /** A specific federation or women's association named on the page (not 各级妇联). */
    public static boolean isWomensBody(OrganisationAt o) {
        return womensBody(o.organisation()) && !o.organisation().generic();
    }

    /** A federation, or a women's association (香港岛妇女联会主席, 澳门妇女联合总会). */
    private static boolean womensBody(Organisation o) {
        return o.type() == OrgType.FEDERATION
                || o.type() == OrgType.ASSOCIATION && WOMENS_ASSOCIATION.matcher(o.name()).find();
    }

    /** The federation of the village or town named earlier in the phrase that ends at {@code pos}, or null. */
    public Organisation localFederationBefore(int pos) {
        int seg = page.shape.phraseStart(pos, 40);
        for (OrgLevel level : List.of(OrgLevel.VILLAGE, OrgLevel.TOWNSHIP)) {
            var place = page.places.localPlaceBefore(pos, level, pos - seg).filter(p -> p.start() >= seg);
            if (place.isPresent()) {
                return new Organisation(place.get().name() + "妇联", OrgType.FEDERATION, level, place.get().region(), false);
            }
        }
        return null;
    }

    /**
     * 峪口镇某某村妇联不断探索…: the federation of the village or town whose name the page's first 妇联 follows, when
     * that is on the page's first line (its headline or opening sentence); null otherwise.
     */
    public Organisation pageLocalFederation() {
        int first = page.t.indexOf("妇联");
        int lineEnd = page.t.indexOf('\n', page.t.length() - page.t.stripLeading().length());
        if (first < 0 || lineEnd >= 0 && first > lineEnd) return null;
        for (OrgLevel level : List.of(OrgLevel.VILLAGE, OrgLevel.TOWNSHIP)) {
            var place = page.places.localPlaceBefore(first, level, 0);
            if (place.isPresent()) {
                return new Organisation(place.get().name() + "妇联", OrgType.FEDERATION, level, place.get().region(), false);
            }
        }
        return null;
    }

    /** The association governing a bare association title at {@code pos} (会长甲 after 九龙妇女联会 …), or null. */
    public Organisation associationBefore(int pos) {
        return governing.of(pos, 0, BareTitleBodies::isAssociation);
    }

    /** The association named shortly before a name written before a bare title (贺某会长), or null. */
    public Organisation associationNamedBefore(int pos) {
        return governing.before(pos, 0, BareTitleBodies::isAssociation);
    }

    private static boolean isAssociation(OrganisationAt o) {
        return o.organisation().type() == OrgType.ASSOCIATION && !o.organisation().generic();
    }
}
