package org.fuliankg.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.Region;

/**
 * China's administrative divisions (province, prefecture, county) with GB/T 2260 codes, from divisions.tsv, and
 * the short names people write for them (成都 for 成都市, 伊犁州 and 伊犁 for 伊犁哈萨克自治州, 新疆 for
 * 新疆维吾尔自治区).
 */
public final class Divisions {

    /** Ethnic group names as they appear inside autonomous-area names (伊犁哈萨克自治州, 峨边彝族自治县). */
    private static final List<String> ETHNIC_GROUPS = List.of("维吾尔", "哈萨克", "柯尔克孜", "塔吉克", "乌孜别克",
            "塔塔尔", "蒙古", "朝鲜", "土家", "布依", "哈尼", "傈僳", "拉祜", "纳西", "景颇", "达斡尔", "仫佬", "毛南",
            "仡佬", "锡伯", "普米", "鄂温克", "鄂伦春", "裕固", "东乡", "保安", "撒拉", "独龙", "阿昌", "德昂", "布朗",
            "回", "藏", "苗", "彝", "壮", "满", "侗", "瑶", "白", "傣", "黎", "佤", "畲", "水", "羌", "土", "怒", "京");
    /** The word of an autonomous area's names, full (峨边彝族自治县) and short (峨边自治县). */
    private static final String AUTONOMOUS = "自治";

    private static final Divisions INSTANCE = load();

    private final Map<String, Region> byCode;
    private final Map<String, String> parentCode;
    private final Map<String, List<Region>> byName;
    private final Map<String, List<Region>> byShortName;
    private final Set<String> commonWordShortNames;
    /** Full and short names together, to find the names written at a position of a text in one walk. */
    private final WordTrie<String> names;

    private Divisions(Map<String, Region> byCode, Map<String, String> parentCode, Map<String, List<Region>> byName,
                      Set<String> commonWordShortNames) {
        this.byCode = byCode;
        this.parentCode = parentCode;
        this.byName = byName;
        this.commonWordShortNames = commonWordShortNames;
        this.byShortName = new HashMap<>();
        for (Region r : byCode.values()) {
            for (String s : shortNames(r)) {
                if (!byName.containsKey(s)) byShortName.computeIfAbsent(s, k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, String> allNames = new HashMap<>();
        for (String n : byName.keySet()) allNames.put(n, n);
        for (String n : byShortName.keySet()) allNames.put(n, n);
        this.names = WordTrie.of(allNames);
    }

    /**
     * A place name written at some position of a text.
     *
     * @param surface    the name as written
     * @param candidates the divisions it may denote (more than one for shared names such as 朝阳区)
     * @param fullName   true when written in full (成都市), false for a short name (成都, 伊犁州)
     */
    public record PlaceName(String surface, List<Region> candidates, boolean fullName) {}

    public static Divisions get() {
        return INSTANCE;
    }

    public Optional<Region> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Divisions whose full official name is {@code name} (several counties share names across provinces). */
    public List<Region> byName(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** The division one level up; empty for the country itself. */
    public Optional<Region> parent(Region region) {
        String p = parentCode.get(region.code());
        return p == null || p.isEmpty() ? Optional.empty() : Optional.ofNullable(byCode.get(p));
    }

    /**
     * The longest place name starting at {@code pos} of {@code text}, full or short. Short names that are also
     * common words (安康, 友好) are never taken; short county names and two-character full names (和县) only
     * when {@code confirmedShortName} accepts the range, e.g. because the segmenter tagged it as a place.
     */
    public Optional<PlaceName> nameAt(String text, int pos, java.util.function.BiPredicate<Integer, Integer> confirmedShortName) {
        for (WordTrie.Hit<String> hit : names.startingAt(text, pos)) {
            int len = hit.length();
            if (len < 2) break;
            String w = hit.value();
            List<Region> full = byName.get(w);
            // two-character names such as 和县 or 城区 are also plain words: they need the same confirmation
            if (full != null && (len > 2 || confirmedShortName.test(pos, pos + len))) {
                return Optional.of(new PlaceName(w, full, true));
            }
            List<Region> shorts = byShortName.get(w);
            if (shorts == null) continue;
            if (commonWordShortNames.contains(w)) continue;
            boolean countyOnly = shorts.stream().allMatch(r -> r.level() == OrgLevel.COUNTY);
            // 镇宁自治县: a short form keeping 自治 is no common word, whatever the segmenter made of it
            if (!countyOnly || w.contains(AUTONOMOUS) || confirmedShortName.test(pos, pos + len)) {
                return Optional.of(new PlaceName(w, shorts, false));
            }
        }
        return Optional.empty();
    }

    /**
     * Picks the division a name means: one inside {@code context} (or inside its province) first, then the
     * higher level (province over prefecture over county).
     */
    public Region choose(List<Region> candidates, Region context) {
        Region best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Region r : candidates) {
            int score = -r.level().ordinal();
            if (context != null) {
                if (isWithin(r, context)) score += 20;
                else if (province(context).map(p -> isWithin(r, p)).orElse(false)) score += 10;
            }
            if (score > bestScore) {
                best = r;
                bestScore = score;
            }
        }
        return best;
    }

    /** True when {@code region} is {@code ancestor} or lies inside it. */
    public boolean isWithin(Region region, Region ancestor) {
        for (Region r = region; r != null; r = parent(r).orElse(null)) {
            if (r.code().equals(ancestor.code())) return true;
        }
        return false;
    }

    /** The region itself and its ancestors up to the country, nearest first. */
    public List<Region> selfAndAncestors(Region region) {
        List<Region> chain = new ArrayList<>();
        for (Region r = region; r != null; r = parent(r).orElse(null)) chain.add(r);
        return chain;
    }

    /** The province a region lies in (itself for a province); empty for the country. */
    public Optional<Region> province(Region region) {
        return selfAndAncestors(region).stream().filter(r -> r.level() == OrgLevel.PROVINCE).findFirst();
    }

    /** Short names of a division: 成都市→成都, 伊犁哈萨克自治州→伊犁州/伊犁/伊犁自治州, 新疆维吾尔自治区→新疆, 峨边彝族自治县→峨边/峨边县/峨边自治县,
     * 沈北新区→沈北. */
    static List<String> shortNames(Region r) {
        String n = r.name();
        List<String> out = new ArrayList<>();
        // 新区 before 区: 沈北新区 is written 沈北, while 清新区 (too short a root) stays 清新
        for (String suffix : List.of("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "新区", "省", "市", "县", "区", "盟", "旗")) {
            if (!n.endsWith(suffix) || n.length() - suffix.length() < 2) continue;
            String root = n.substring(0, n.length() - suffix.length());
            if (suffix.startsWith("自治")) root = stripEthnicGroups(root);
            if (root.length() < 2) break;
            out.add(root);
            if (suffix.equals("自治州")) out.add(root + "州");
            if (suffix.equals("自治县")) out.add(root + "县");
            if (suffix.equals("自治旗")) out.add(root + "旗");
            // 镇宁自治县, 恩施自治州: the official short form keeps 自治 and drops the peoples
            if (suffix.startsWith(AUTONOMOUS) && !suffix.equals("自治区") && !root.equals(n.substring(0, n.length() - suffix.length()))) {
                out.add(root + suffix);
            }
            break;
        }
        return out;
    }

    private static String stripEthnicGroups(String root) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String e : ETHNIC_GROUPS) {
                // single-character names only with 族 (大理白族); longer ones also bare (伊犁哈萨克)
                for (String form : e.length() > 1 ? List.of(e + "族", e) : List.of(e + "族")) {
                    if (root.endsWith(form) && root.length() - form.length() >= 2) {
                        root = root.substring(0, root.length() - form.length());
                        stripped = true;
                        break;
                    }
                }
                if (stripped) break;
            }
        }
        return root;
    }

    /** Divisions written with the short name {@code name} (成都, 伊犁州, 新疆), without full-name matches. */
    public List<Region> byShortName(String name) {
        return byShortName.getOrDefault(name, List.of());
    }

    public Region country() {
        return byCode.get("000000");
    }

    /** All divisions, in file order (parents before children). */
    public Iterable<Region> all() {
        return Collections.unmodifiableCollection(byCode.values());
    }

    private static Set<String> commonWordShortNames() {
        Set<String> words = new HashSet<>();
        for (String[] row : ResourceLines.read("place-short-name-stopwords.txt")) words.add(row[0]);
        return words;
    }

    private static Divisions load() {
        Map<String, Region> byCode = new LinkedHashMap<>();
        Map<String, String> parent = new HashMap<>();
        Map<String, List<Region>> byName = new HashMap<>();
        for (String[] f : ResourceLines.read("divisions.tsv")) {
            Region r = new Region(f[0], f[1], OrgLevel.valueOf(f[2].toUpperCase(java.util.Locale.ROOT)));
            byCode.put(r.code(), r);
            parent.put(r.code(), f[3]);
            byName.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r);
        }
        // 宁乡县 in news from before it became 宁乡市: the former name denotes the division as it is now, under the
        // name the text gives it (县委 on a page about 宁乡县 is 宁乡县委, not 宁乡市委); so does a customary short
        // form (察右后旗 for 察哈尔右翼后旗)
        for (String file : List.of("renamed-divisions.tsv", "division-abbreviations.tsv")) {
            for (String[] f : ResourceLines.read(file)) {
                Region now = byCode.get(f[1]);
                if (now == null) throw new IllegalStateException(file + ": no division " + f[1]);
                byName.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Region(now.code(), f[0], now.level()));
            }
        }
        addFormerCounties(byCode.values(), byName);
        return new Divisions(byCode, parent, byName, commonWordShortNames());
    }

    /**
     * 湟中县 in news from before it became 湟中区 (or a county-level 市): a county made a district or city mostly keeps
     * its name's root, so S县 names the district or city S区/S市 when no division is named S县 now. Roots holding a
     * level's letter are left out: 市中区 would read 市中县 inside 全市中县直单位.
     */
    private static void addFormerCounties(Iterable<Region> regions, Map<String, List<Region>> byName) {
        Map<String, List<Region>> former = new HashMap<>();
        for (Region r : regions) {
            String n = r.name();
            if (r.level() != OrgLevel.COUNTY || !(n.endsWith("区") || n.endsWith("市")) || n.endsWith("新区")) continue;
            String root = n.substring(0, n.length() - 1);
            if (root.length() < 2 || root.chars().anyMatch(c -> "省市县区州".indexOf(c) >= 0)) continue;
            String county = root + "县";
            if (byName.containsKey(county)) continue;
            former.computeIfAbsent(county, k -> new ArrayList<>()).add(new Region(r.code(), county, r.level()));
        }
        byName.putAll(former);
    }
}
