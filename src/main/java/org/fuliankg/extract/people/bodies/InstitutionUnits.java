package org.fuliankg.extract.people.bodies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.extract.text.OrganisationAt;
import org.fuliankg.lexicon.ResourceLines;

/**
 * A unit of a school, university or hospital written alone before a title, the institution being the one the
 * passage or page is about: 工会主席, 校妇委会主任, 团委书记, 教务部副部长, 图书馆妇委主任, 组织部副部长 (the Party
 * committee's). Pages of an institution name their offices without the institution; the post is at the
 * institution's unit ({@code lexicon/institution-units.tsv}: the endings of a unit's name, the organs written
 * alone or after a unit, the Party's departments).
 */
final class InstitutionUnits {

    /** How the name of a school, university or hospital ends. */
    private static final Pattern INSTITUTION = Pattern.compile("(?:大学|学院|学校|中学|小学|医院)$");
    /** The institution's own word before a unit (学校妇委会, 我校女工委, 校团委); tried last, so 校长办公室 is one unit. */
    private static final String OWN_WORD = "(?:学校|我校|本校|校)??";
    /** Organs a school's page always wrote alone for its own (工会, 党委 …): read with no further check. */
    private static final Set<String> LONG_READ = Set.of("工会", "妇委会", "女工委", "女职工委员会", "党委", "纪委");
    /** Characters no unit's own name holds (各部门, 该处, 全校的): words that point or quantify, not name. */
    private static final Pattern NOT_A_UNIT = Pattern.compile("[各全该本我其此这那每的和与及或在为由是有上个等]");

    private static final Map<String, String> ORGANS = new LinkedHashMap<>();
    private static final Set<String> PARTY_DEPARTMENTS;
    /** [own word][unit][organ]: a unit, an organ, or a unit's organ. */
    private static final Pattern UNIT;

    static {
        List<String> endings = new ArrayList<>();
        Set<String> party = new java.util.HashSet<>();
        for (String[] row : ResourceLines.read(InstitutionUnits.class, "/org/fuliankg/lexicon/institution-units.tsv")) {
            switch (row[0]) {
                case "ending" -> endings.add(row[1]);
                case "organ" -> ORGANS.put(row[1], row[2]);
                case "party" -> party.add(row[1]);
                default -> throw new IllegalStateException("institution-units.tsv: unknown row " + row[0]);
            }
        }
        PARTY_DEPARTMENTS = Set.copyOf(party);
        String organs = ORGANS.keySet().stream().sorted((a, b) -> b.length() - a.length()).collect(Collectors.joining("|"));
        UNIT = Pattern.compile(OWN_WORD + "(\\p{IsHan}{1,4}?(?:" + String.join("|", endings) + "))??(" + organs + ")?");
    }

    private final Page page;
    private final GoverningBodies governing;

    InstitutionUnits(Page page, GoverningBodies governing) {
        this.page = page;
        this.governing = governing;
    }

    /**
     * The institution's unit that {@code words} (written before a title at {@code pos}) name; null for other words, or
     * when no institution governs the passage. A unit's own name (教务部) or an organ only some pages use (团委) is read
     * only when the body named last before is the institution or one of its units, so that 办公室主任 after some
     * federation stays that federation's.
     */
    Organisation at(String words, int pos) {
        Matcher m = UNIT.matcher(words);
        if (!m.matches() || m.group(1) == null && m.group(2) == null) return null;
        String unit = m.group(1);
        String organ = m.group(2) == null ? null : ORGANS.get(m.group(2));
        if (unit != null && (NOT_A_UNIT.matcher(unit).find() || ORGANS.containsKey(unit))) return null;
        boolean ownWord = words.length() > (unit == null ? 0 : unit.length()) + (m.group(2) == null ? 0 : m.group(2).length());
        Organisation school = governing.of(pos, 0, o -> INSTITUTION.matcher(o.organisation().name()).find());
        boolean established = unit == null && LONG_READ.contains(m.group(2));
        if (school == null && ownWord && established) {
            // 我校妇委会主任甲 on a page naming no school: the unit as written, unresolved like 市妇联
            return new Organisation(words, typeOf(organ), OrgLevel.INDUSTRY, null, false);
        }
        if (school == null || !established && (!governsPassage(school, pos) || afterTitle(pos))) return null;
        String name = school.name() + (unit == null ? "" : PARTY_DEPARTMENTS.contains(unit) ? "党委" + unit : unit)
                + (organ == null ? "" : organ);
        return new Organisation(name, organ == null ? OrgType.OTHER : typeOf(organ), OrgLevel.INDUSTRY, school.region(), false);
    }

    /** 县委常委、宣传部部长: a unit after a title and 、 is the department of that title's body, read with the chain. */
    private boolean afterTitle(int pos) {
        return pos > 0 && page.t.charAt(pos - 1) == '、' && page.titleByEnd.containsKey(pos - 1);
    }

    private static OrgType typeOf(String organ) {
        return organ.startsWith("党") || organ.equals("纪委") ? OrgType.GOVERNMENT : OrgType.OTHER;
    }

    /** Whether the body named last before {@code pos} (within reach) is {@code school} or one of its units, or none is. */
    private boolean governsPassage(Organisation school, int pos) {
        OrganisationAt last = null;
        for (OrganisationAt o : page.orgByEnd.values()) {
            if (o.end() <= pos && pos - o.end() <= GoverningBodies.REACH && !o.organisation().generic()
                    && (last == null || o.end() > last.end())) {
                last = o;
            }
        }
        return last == null || last.organisation().name().startsWith(school.name());
    }
}
