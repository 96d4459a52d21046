package org.fuliankg.extract.people.bodies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.people.Post;
import org.fuliankg.domain.people.PostHolder;
import org.fuliankg.extract.text.PlaceContext.LocalPlace;

/**
 * A township's or village's body written in short (镇党委, 镇人大, 乡妇联, 街道党工委, 村委会) that the passage around
 * it left unresolved, on a page that names one town (or village) of that kind and no other: the body is that
 * place's. A page about one town's meeting names the town in its headline or lead and then writes 镇党委书记甲 lines
 * apart, past an item's or a paragraph's reach; a page naming two towns leaves the short form as written. A
 * township head's title with no body (镇党委副书记、镇长甲) is that town's government's.
 */
public final class PageTowns {

    /** The words that close a town's or village's name, as the short forms open with them. */
    private static final List<String> LOCAL_WORDS = List.of("街道", "社区", "镇", "乡", "村");
    private static final String PARTY_COMMITTEE = "党委";
    private static final String GOVERNMENT = "人民政府";
    /** A town's or village's name holds two to four characters before its word. */
    private static final int SHORTEST = 2;
    private static final int LONGEST = 4;

    /** For each local word, the one place of that kind the page names, or null when it names several. */
    private final Map<String, LocalPlace> onlyPlace = new LinkedHashMap<>();

    public PageTowns(Page page) {
        for (String word : LOCAL_WORDS) {
            LocalPlace only = null;
            boolean several = false;
            for (int at = page.t.indexOf(word); at >= 0 && !several; at = page.t.indexOf(word, at + 1)) {
                for (int length = SHORTEST; length <= LONGEST && at - length >= 0; length++) {
                    var place = page.places.localPlaceNamed(page.t.substring(at - length, at + word.length()));
                    if (place.isEmpty()) continue;
                    if (only != null && !only.name().equals(place.get().name())) several = true;
                    only = place.get();
                    break;
                }
            }
            onlyPlace.put(word, several ? null : only);
        }
    }

    /** The holders with each unresolved township's or village's short form resolved to the page's one place. */
    public List<PostHolder> named(List<PostHolder> holders) {
        List<PostHolder> out = new ArrayList<>(holders.size());
        for (PostHolder h : holders) out.add(new PostHolder(h.name(), h.posts().stream().map(this::named).toList(), h.span()));
        return out;
    }

    private Post named(Post p) {
        Organisation o = p.organisation();
        Matcher head = ImpliedBodies.HEAD_OF_GOVERNMENT.matcher(p.position());
        boolean townHead = head.matches() && onlyPlace.containsKey(head.group(1));
        if (townHead && o != null && o.name().endsWith(PARTY_COMMITTEE)) { // 镇党委副书记、镇长甲: the town's government
            String town = o.name().substring(0, o.name().length() - PARTY_COMMITTEE.length());
            o = new Organisation(town + GOVERNMENT, OrgType.GOVERNMENT, o.level(), o.region(), false);
            p = new Post(p.position(), o, p.event(), p.span(), p.bodyWritten());
        }
        if (townHead && o == null && onlyPlace.get(head.group(1)) != null) { // 镇长甲 alone
            LocalPlace town = onlyPlace.get(head.group(1));
            Organisation government = new Organisation(town.name() + GOVERNMENT, OrgType.GOVERNMENT, OrgLevel.TOWNSHIP,
                    town.region(), false);
            return new Post(p.position(), government, p.event(), p.span(), p.bodyWritten());
        }
        // 乡村振兴局: a body whose name only opens with a local word is no township's short form
        if (o == null || o.generic() || o.region() != null || o.level() != OrgLevel.TOWNSHIP && o.level() != OrgLevel.VILLAGE) {
            return p;
        }
        for (String word : LOCAL_WORDS) {
            LocalPlace place = onlyPlace.get(word);
            if (!o.name().startsWith(word) || o.name().length() == word.length()) continue;
            if (place == null || !place.name().endsWith(word)) return p;
            Organisation resolved = new Organisation(place.name() + o.name().substring(word.length()), o.type(), o.level(),
                    place.region(), false);
            return new Post(p.position(), resolved, p.event(), p.span(), p.bodyWritten());
        }
        return p;
    }
}
