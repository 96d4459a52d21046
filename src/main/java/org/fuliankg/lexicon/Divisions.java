package org.fuliankg.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fuliankg.extract.OrgLevel;
import org.fuliankg.extract.Region;

/** China's administrative divisions (province, prefecture, county) with GB/T 2260 codes, from divisions.tsv. */
public final class Divisions {

    private static final Divisions INSTANCE = load();

    private final Map<String, Region> byCode;
    private final Map<String, String> parentCode;
    private final Map<String, List<Region>> byName;

    private Divisions(Map<String, Region> byCode, Map<String, String> parentCode, Map<String, List<Region>> byName) {
        this.byCode = byCode;
        this.parentCode = parentCode;
        this.byName = byName;
    }

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

    public Region country() {
        return byCode.get("000000");
    }

    /** All divisions, in file order (parents before children). */
    public Iterable<Region> all() {
        return Collections.unmodifiableCollection(byCode.values());
    }

    private static Divisions load() {
        Map<String, Region> byCode = new LinkedHashMap<>();
        Map<String, String> parent = new HashMap<>();
        Map<String, List<Region>> byName = new HashMap<>();
        try (var in = Divisions.class.getResourceAsStream("divisions.tsv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                Region r = new Region(f[0], f[1], OrgLevel.valueOf(f[2].toUpperCase(java.util.Locale.ROOT)));
                byCode.put(r.code(), r);
                parent.put(r.code(), f[3]);
                byName.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read divisions.tsv", e);
        }
        return new Divisions(byCode, parent, byName);
    }
}
