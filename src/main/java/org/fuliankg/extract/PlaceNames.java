package org.fuliankg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fuliankg.lexicon.Divisions;

/**
 * Finds the administrative division a short text starts with, e.g. {@code 广东汕头开展…} → 汕头市,
 * {@code 新疆伊犁州妇联党组书记} → 伊犁哈萨克自治州. Headlines and header lines name their place at the start,
 * usually in short form (province without 省, city without 市), often a province followed by a city.
 *
 * <p>Short forms are derived here from the full names in {@link Divisions}; this lookup is the one place to
 * swap when the divisions lexicon offers its own short-name index.
 */
final class PlaceNames {

    private static final PlaceNames INSTANCE = new PlaceNames(Divisions.get());
    private static final int LONGEST_NAME = 16;

    private final Divisions divisions;
    private final Map<String, List<Region>> byName = new HashMap<>();
    /** Short forms of county-level names (合作 for 合作市, 和平 for 和平县) are common words: at the start of a
     * headline they are only trusted after their province or prefecture. */
    private final Map<String, List<Region>> countyShortForms = new HashMap<>();

    private PlaceNames(Divisions divisions) {
        this.divisions = divisions;
        List<String> ethnicGroups = readEthnicGroups();
        for (Region r : divisions.all()) {
            if (r.level() == OrgLevel.NATIONAL) continue;
            add(byName, r.name(), r);
            for (String shortForm : shortForms(r.name(), ethnicGroups)) {
                add(r.level() == OrgLevel.COUNTY ? countyShortForms : byName, shortForm, r);
            }
        }
    }

    static PlaceNames get() {
        return INSTANCE;
    }

    /**
     * The most specific division named at the start of {@code text} (after quotes, dashes and 访), reading a
     * chain such as 广东 → 汕头 or 湖北 → 大冶 where each name lies inside the previous one.
     */
    Optional<Region> atStart(String text) {
        int pos = skipLeadIn(text);
        Region found = null;
        while (pos < text.length()) {
            Region next = null;
            int length = Math.min(LONGEST_NAME, text.length() - pos);
            for (; length >= 2; length--) { // longest first: 伊犁州 before 伊犁
                next = pick(text.substring(pos, pos + length), found, found != null);
                if (next != null) break;
            }
            if (next == null) break;
            pos += length;
            found = next;
        }
        return Optional.ofNullable(found);
    }

    /** The division a name (full or short) stands for, e.g. the place in 发自汕头 or 发自大冶. */
    Optional<Region> named(String name) {
        return Optional.ofNullable(pick(name, null, true));
    }

    private Region pick(String name, Region context, boolean countyShortForm) {
        List<Region> candidates = new ArrayList<>(byName.getOrDefault(name, List.of()));
        if (countyShortForm) candidates.addAll(countyShortForms.getOrDefault(name, List.of()));
        if (candidates.isEmpty()) return null;
        if (context != null) {
            for (Region c : candidates) {
                if (!c.equals(context) && isInside(c, context)) return c;
            }
            return null;
        }
        // without context prefer the higher level: 朝阳 the city over 朝阳 the district
        Region best = candidates.get(0);
        for (Region c : candidates) {
            if (c.level().ordinal() < best.level().ordinal()) best = c;
        }
        return best;
    }

    private boolean isInside(Region region, Region ancestor) {
        Optional<Region> p = divisions.parent(region);
        while (p.isPresent()) {
            if (p.get().equals(ancestor)) return true;
            p = divisions.parent(p.get());
        }
        return false;
    }

    private static int skipLeadIn(String text) {
        int pos = 0;
        while (pos < text.length() && "“”\"'‘’「」《》——-— \u3000访".indexOf(text.charAt(pos)) >= 0) pos++;
        return pos;
    }

    /** 汕头市 → 汕头; 伊犁哈萨克自治州 → 伊犁, 伊犁州; 新疆维吾尔自治区 → 新疆; 岳池县 → 岳池. */
    static List<String> shortForms(String name, List<String> ethnicGroups) {
        List<String> forms = new ArrayList<>();
        for (String suffix : List.of("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "省", "市", "县", "区", "盟")) {
            if (!name.endsWith(suffix)) continue;
            String base = stripEthnicGroups(name.substring(0, name.length() - suffix.length()), ethnicGroups);
            if (base.length() >= 2) {
                forms.add(base);
                if (suffix.equals("自治州")) forms.add(base + "州");
                if (suffix.equals("自治县") || suffix.equals("自治旗")) forms.add(base + suffix.charAt(2));
            }
            break;
        }
        return forms;
    }

    private static String stripEthnicGroups(String base, List<String> ethnicGroups) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String group : ethnicGroups) {
                if (base.endsWith(group) && base.length() > group.length()) {
                    base = base.substring(0, base.length() - group.length());
                    stripped = true;
                    break;
                }
            }
        }
        return base;
    }

    private static void add(Map<String, List<Region>> map, String name, Region region) {
        map.computeIfAbsent(name, k -> new ArrayList<>()).add(region);
    }

    private static List<String> readEthnicGroups() {
        List<String> groups = new ArrayList<>();
        try (var in = PlaceNames.class.getResourceAsStream("ethnic-groups.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) groups.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ethnic-groups.txt", e);
        }
        return groups;
    }
}
