package org.fuliankg.extract.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fuliankg.domain.org.Region;
import org.fuliankg.lexicon.Divisions;

/**
 * Finds the administrative division a short text starts with, e.g. {@code 广东汕头开展…} → 汕头市,
 * {@code 新疆伊犁州妇联党组书记} → 伊犁哈萨克自治州. Headlines and header lines name their place at the start,
 * usually in short form (province without 省, city without 市), often a province followed by a city.
 */
public final class PlaceNames {

    private static final PlaceNames INSTANCE = new PlaceNames(Divisions.get());

    private final Divisions divisions;

    private PlaceNames(Divisions divisions) {
        this.divisions = divisions;
    }

    public static PlaceNames get() {
        return INSTANCE;
    }

    /**
     * The most specific division named at the start of {@code text} (after quotes, dashes and 访), reading a
     * chain such as 广东 → 汕头 or 湖北 → 大冶 where each name lies inside the previous one. Short county names
     * (合作 for 合作市) are common words, so they count only after their province or prefecture.
     */
    Optional<Region> atStart(String text) {
        int pos = skipLeadIn(text);
        Region found = null;
        while (pos < text.length()) {
            Region context = found;
            var name = divisions.nameAt(text, pos, (from, to) -> context != null);
            if (name.isEmpty()) break;
            List<Region> candidates = new ArrayList<>(name.get().candidates());
            if (context != null) candidates.removeIf(r -> r.equals(context) || !divisions.isWithin(r, context));
            if (candidates.isEmpty()) break;
            found = divisions.choose(candidates, context);
            pos += name.get().surface().length();
        }
        return Optional.ofNullable(found);
    }

    /** The division a name (full or short) stands for, e.g. the place in 发自汕头 or 发自大冶. */
    public Optional<Region> named(String name) {
        List<Region> candidates = divisions.byName(name);
        if (candidates.isEmpty()) candidates = divisions.byShortName(name);
        return candidates.isEmpty() ? Optional.empty() : Optional.of(divisions.choose(candidates, null));
    }

    private static int skipLeadIn(String text) {
        int pos = 0;
        while (pos < text.length() && "“”\"'‘’「」《》——-— \u3000访".indexOf(text.charAt(pos)) >= 0) pos++;
        return pos;
    }
}
