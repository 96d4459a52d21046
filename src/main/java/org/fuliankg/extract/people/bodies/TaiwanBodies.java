package org.fuliankg.extract.people.bodies;

import java.util.ArrayList;
import java.util.List;
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
 * divisions ({@code lexicon/taiwan-divisions.txt}).
 */
public final class TaiwanBodies {

    private static final List<String> DIVISIONS = TaiwanDivisions.names();
    private static final String MAINLAND_GOVERNMENT = "人民政府";

    /** Taiwan's divisions the page names, in the order first named. */
    private final List<String> named = new ArrayList<>();

    public TaiwanBodies(String text) {
        DIVISIONS.stream().filter(text::contains).sorted((a, b) -> text.indexOf(a) - text.indexOf(b))
                .forEach(named::add);
    }

    /** The holders with their governments named as Taiwan names them; unchanged on a page naming no Taiwan division. */
    public List<PostHolder> named(List<PostHolder> holders) {
        if (named.isEmpty()) return holders;
        return holders.stream()
                .map(h -> new PostHolder(h.name(), h.posts().stream().map(this::named).toList(), h.span())).toList();
    }

    private Post named(Post p) {
        Organisation o = p.organisation();
        if (o == null || !o.name().endsWith(MAINLAND_GOVERNMENT)) return p;
        String place = o.name().substring(0, o.name().length() - MAINLAND_GOVERNMENT.length());
        Organisation renamed = null;
        if (place.length() > 1 && (place.endsWith("镇") || place.endsWith("乡"))) { // 大林鎮鎮長: the town's office
            renamed = new Organisation(place + "公所", OrgType.GOVERNMENT, OrgLevel.TOWNSHIP, o.region(), false);
        } else if (place.endsWith("县") || place.endsWith("市")) {
            String county = county(place);
            if (county != null) {
                renamed = new Organisation(county + "政府", OrgType.GOVERNMENT, OrgLevel.COUNTY, null, false);
            }
        }
        return renamed == null ? p : new Post(p.position(), renamed, p.event(), p.span(), p.bodyWritten());
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
