package org.fuliankg.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.annotate.Sentence;
import org.fuliankg.annotate.Token;
import org.fuliankg.lexicon.Divisions;

/**
 * The places a text names and the place a passage is about, to resolve abbreviations such as 市妇联, 省女企业家协会
 * or 市委组织部. Offsets are indices into the normalised text.
 */
final class PlaceContext {

    /** A place written in the text, resolved to one division. */
    record PlaceAt(int start, int end, Region region, boolean fullName) {}

    /** How far after an abbreviation a headline's place may be named. */
    private static final int HEADLINE_REACH = 200;

    private final Divisions divisions = Divisions.get();
    private final AnnotatedText text;
    private final List<Item> items;
    private final List<PlaceAt> places = new ArrayList<>();
    private final Map<Integer, PlaceAt> placeByStart = new HashMap<>();
    private final List<OrganisationAt> anchors = new ArrayList<>();

    PlaceContext(AnnotatedText text, List<Item> items) {
        this.text = text;
        this.items = items;
        findPlaces();
    }

    /** Organisations whose names carry their place (成都市妇联): they tell which place a passage is about. */
    void addAnchors(Collection<OrganisationAt> named) {
        for (OrganisationAt o : named) {
            if (o.organisation().region() != null && !o.organisation().generic()) anchors.add(o);
        }
        anchors.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    Optional<PlaceAt> placeStartingAt(int pos) {
        return Optional.ofNullable(placeByStart.get(pos));
    }

    /**
     * The division an abbreviation written at {@code pos} stands for: {@code 市} → the nearest city, {@code 省} →
     * the province, {@code 州}/{@code 自治州} → the prefecture. A place named earlier in the same sentence wins,
     * then the nearest named organisation of the item, then the nearest place of the item, then the item's place.
     */
    Region regionFor(int pos, String abbreviation) {
        int itemStart = itemStart(pos);
        int sentenceStart = Math.max(itemStart, sentenceStart(pos));
        for (int i = places.size() - 1; i >= 0; i--) {
            PlaceAt p = places.get(i);
            if (p.end() > pos) continue;
            if (p.start() < sentenceStart) break;
            Region r = matching(p.region(), abbreviation);
            if (r != null) return r;
        }
        for (int i = anchors.size() - 1; i >= 0; i--) {
            OrganisationAt a = anchors.get(i);
            if (a.end() > pos) continue;
            if (a.start() < itemStart) break;
            Region r = matching(a.organisation().region(), abbreviation);
            if (r != null) return r;
        }
        Region plain = nearestPlace(pos, abbreviation);
        if (plain != null) return plain;
        // a headline (省妇联召开全省妇联工作会议) comes before the body that names the place
        for (OrganisationAt a : anchors) {
            if (a.start() < pos || itemStart(a.start()) != itemStart || a.start() - pos > HEADLINE_REACH) continue;
            Region r = matching(a.organisation().region(), abbreviation);
            if (r != null) return r;
        }
        return null;
    }

    /** The nearest place named before {@code pos} in the same item that has a division of the abbreviation's
     * kind (any division for {@code null}), or null. */
    Region nearestPlace(int pos, String abbreviation) {
        int itemStart = itemStart(pos);
        for (int i = places.size() - 1; i >= 0; i--) {
            PlaceAt p = places.get(i);
            if (p.end() > pos) continue;
            if (p.start() < itemStart) break;
            Region r = abbreviation == null ? p.region() : matching(p.region(), abbreviation);
            if (r != null && r.level() != OrgLevel.NATIONAL) return r;
        }
        Item item = itemAt(pos);
        if (item == null || item.place() == null) return null;
        return abbreviation == null ? item.place() : matching(item.place(), abbreviation);
    }

    int sentenceStart(int pos) {
        for (Sentence s : text.sentences()) {
            if (s.start() <= pos && pos <= s.end()) return s.start();
        }
        return 0;
    }

    /** The region itself or the ancestor that an abbreviation such as 市 or 省 can stand for, or null. */
    private Region matching(Region region, String abbreviation) {
        for (Region r : divisions.selfAndAncestors(region)) {
            if (r.level() == OrgLevel.NATIONAL) continue;
            boolean ok = switch (abbreviation) {
                case "省" -> r.level() == OrgLevel.PROVINCE;
                case "自治区" -> r.level() == OrgLevel.PROVINCE && r.name().endsWith("自治区");
                case "州", "自治州" -> r.level() == OrgLevel.PREFECTURE && r.name().endsWith("州");
                case "区" -> r.level() == OrgLevel.COUNTY && r.name().endsWith("区");
                default -> r.name().endsWith(abbreviation);
            };
            if (ok) return r;
        }
        return null;
    }

    private Item itemAt(int pos) {
        if (items.isEmpty()) return null;
        int original = text.text().originalStart(Math.min(pos, text.text().text().length()));
        for (Item item : items) {
            if (item.span().start() <= original && original < item.span().end()) return item;
        }
        return null;
    }

    private int itemStart(int pos) {
        Item item = itemAt(pos);
        return item == null ? 0 : OrganisationAt.normalisedIndex(text.text(), item.span().start());
    }

    private void findPlaces() {
        String t = text.text().text();
        Map<Long, Token> placeTokens = new HashMap<>();
        for (Sentence s : text.sentences()) {
            for (Token tok : s.tokens()) {
                if (tok.isPlace()) placeTokens.put(((long) tok.start() << 32) | tok.end(), tok);
            }
        }
        Region previous = null;
        int pos = 0;
        while (pos < t.length()) {
            var name = divisions.nameAt(t, pos, (s, e) -> placeTokens.containsKey(((long) s << 32) | e));
            if (name.isEmpty()) {
                pos++;
                continue;
            }
            Region r = divisions.choose(name.get().candidates(), previous);
            PlaceAt before = places.isEmpty() ? null : places.get(places.size() - 1);
            boolean chained = before != null && before.end() == pos && before.region().level() != OrgLevel.NATIONAL;
            if (chained && !divisions.isWithin(r, before.region())) {
                // 金平区滨海社区: a place written right after another lies inside it, else it is no place
                pos++;
                continue;
            }
            PlaceAt p = new PlaceAt(pos, pos + name.get().surface().length(), r, name.get().fullName());
            places.add(p);
            placeByStart.put(pos, p);
            if (r.level() != OrgLevel.NATIONAL) previous = r;
            pos = p.end();
        }
    }
}
