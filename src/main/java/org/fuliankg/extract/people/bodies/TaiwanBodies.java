package org.fuliankg.extract.people.bodies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.people.Post;
import org.fuliankg.domain.people.PostHolder;
import org.fuliankg.lexicon.TaiwanDivisions;

/**
 * Governments on a page about Taiwan's counties and towns, which the mainland's names do not fit: a county's or
 * city's government is 某縣政府 (縣長甲), a township's is its 公所 (鎮長乙 of 某鎮公所), not a 人民政府; and a 縣長 whose
 * county the text writes only before (嘉義縣 … 縣長丙) or whose county's name was read cut at its front (義縣 for 嘉義縣)
 * serves the Taiwan county the page names. A page is about Taiwan when it names one of Taiwan's county-level
 * divisions ({@code lexicon/taiwan-divisions.txt}) or writes what only Taiwan's local government has (a 鄉公所, a
 * 立委, a township's 代表會, a county's 議會): a township's news often names neither its county nor any other.
 * There a bare 鄉長 is the head of the township office the page names, and a 議員 sits in the county's 議會.
 */
public final class TaiwanBodies {

    private static final List<String> DIVISIONS = TaiwanDivisions.names();
    private static final String MAINLAND_GOVERNMENT = "人民政府";
    private static final String GOVERNMENT = "政府";
    /** Words only Taiwan's local government is written with: a township's office, a legislator, a township's or
     * county's assembly. */
    private static final Pattern MARKERS = Pattern.compile("[乡镇市区]公所|立委|[乡镇]代会|[乡镇]民代表会|[县市]议会");
    /** Words each of the {@link #MARKERS} holds. */
    private static final List<String> MARKER_WORDS = List.of("公所", "立委", "代会", "代表会", "议会");
    private static final String OFFICE = "公所";
    /** A township's office the page names: 礁溪鄉公所. */
    private static final Pattern TOWNSHIP_OFFICE = Pattern.compile("(\\p{IsHan}{2})([乡镇])公所");
    /** The head of a township's government, or the deputy. */
    private static final Pattern TOWNSHIP_HEAD = Pattern.compile("(?:副)?([乡镇])长");
    private static final String COUNCILLOR = "议员";
    /** A township's assembly as written: 代表會, 鄉代會, 某鄉民代表會. */
    private static final Pattern ASSEMBLY = Pattern.compile("(?:(\\p{IsHan}{2})([乡镇]))?(?:[乡镇])?民?代(?:表)?会");
    private static final String LEGISLATURE = "立法院";
    private static final String SAR_LEGISLATURE = "立法会";

    /** Taiwan's divisions the page names, in the order first named. */
    private final List<String> named = new ArrayList<>();

    /** Township offices the page names, by their letter (乡, 镇): each kind's only one, or "" when it names several. */
    private final Map<Character, String> offices = new HashMap<>();
    private final boolean taiwan;

    public TaiwanBodies(String text) {
        DIVISIONS.stream().filter(text::contains).sorted((a, b) -> text.indexOf(a) - text.indexOf(b))
                .forEach(named::add);
        taiwan = !named.isEmpty() || MARKER_WORDS.stream().anyMatch(text::contains) && MARKERS.matcher(text).find();
        // the expressions are tried only on a page holding their words: at every position of a long page they cost
        // more than the rest of this page's reading
        Matcher office = TOWNSHIP_OFFICE.matcher(text.contains(OFFICE) ? text : "");
        while (office.find()) {
            char letter = office.group(2).charAt(0);
            String name = office.group(1) + office.group(2) + "公所";
            offices.merge(letter, name, (a, b) -> a.equals(b) ? a : "");
        }
    }

    /** The holders with their governments named as Taiwan names them; unchanged on a page not about Taiwan. */
    public List<PostHolder> named(List<PostHolder> holders) {
        if (!taiwan) return holders;
        return holders.stream()
                .map(h -> new PostHolder(h.name(), h.posts().stream().map(p -> named(p, h.name())).toList(), h.span())).toList();
    }

    private Post named(Post p, String holder) {
        Organisation o = p.organisation();
        // 陳文德鄉長: the holder's own name read as the township's (陳文德鄉), which the page's office replaces
        if (o != null && o.name().startsWith(holder)) o = null;
        Matcher head = TOWNSHIP_HEAD.matcher(p.position());
        if (o == null && head.matches()) { // 鄉長甲 with no township written: the township office the page names
            String office = offices.get(head.group(1).charAt(0));
            if (office == null || office.isEmpty()) return p;
            return with(p, new Organisation(office, OrgType.GOVERNMENT, OrgLevel.TOWNSHIP, null, false));
        }
        if (o == null && p.organisation() != null) return with(p, null);
        if (p.position().equals(COUNCILLOR) && (o == null || o.name().equals(LEGISLATURE) || o.name().endsWith(SAR_LEGISLATURE))) {
            // 議員甲: the county's 議會, not the national legislature nor a special region's
            String county = named.isEmpty() ? null : named.get(0);
            return county == null ? p
                    : with(p, new Organisation(county + "议会", OrgType.GOVERNMENT, OrgLevel.COUNTY, null, false));
        }
        if (o == null || !o.name().endsWith(GOVERNMENT)) return p;
        String place = o.name().substring(0, o.name().length()
                - (o.name().endsWith(MAINLAND_GOVERNMENT) ? MAINLAND_GOVERNMENT : GOVERNMENT).length());
        if (!o.name().endsWith(MAINLAND_GOVERNMENT) && !place.endsWith("镇") && !place.endsWith("乡")) return p;
        Organisation renamed = null;
        if (place.length() > 1 && (place.endsWith("镇") || place.endsWith("乡"))) { // 大林鎮鎮長: the town's office
            renamed = new Organisation(place + "公所", OrgType.GOVERNMENT, OrgLevel.TOWNSHIP, o.region(), false);
        } else if (place.endsWith("县") || place.endsWith("市")) {
            String county = county(place);
            if (county != null) {
                renamed = new Organisation(county + "政府", OrgType.GOVERNMENT, OrgLevel.COUNTY, null, false);
            }
        }
        return renamed == null ? p : with(p, renamed);
    }

    /**
     * A township's assembly written before a title on a page about Taiwan (代表會主席, 卓溪鄉代會主席, 某鎮民代表會主席):
     * 某鄉民代表會, the township's own when the words name it, else the township office's the page names; null when
     * the words are no assembly's or the page is not about Taiwan.
     */
    public Organisation assembly(String words) {
        if (!taiwan) return null;
        Matcher m = ASSEMBLY.matcher(words);
        if (!m.matches()) return null;
        String township = m.group(1) != null ? m.group(1) + m.group(2) : null;
        if (township == null) {
            String office = offices.size() == 1 ? offices.values().iterator().next() : null;
            if (office == null || office.isEmpty()) return null;
            township = office.substring(0, office.length() - "公所".length());
        }
        return new Organisation(township + "民代表会", OrgType.GOVERNMENT, OrgLevel.TOWNSHIP, null, false);
    }

    private static Post with(Post p, Organisation body) {
        return new Post(p.position(), body, p.event(), p.span(), p.bodyWritten());
    }

    /**
     * The Taiwan division a government's place stands for: the one of that name, or ending with it (义县 read for 嘉义县),
     * or for a bare 县 or 市 the page's only division of that kind; null when none fits.
     */
    private String county(String place) {
        for (String d : named) if (d.endsWith(place)) return d;
        if (place.length() != 1) return null;
        List<String> ofKind = named.stream().filter(d -> d.endsWith(place)).toList();
        return ofKind.size() == 1 ? ofKind.get(0) : null;
    }
}
