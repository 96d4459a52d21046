package org.fuliankg.generate.material;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.Region;
import org.fuliankg.lexicon.Divisions;

/**
 * What generated articles are made of: the project's own lexicons (divisions, surnames, programmes), read in file
 * order so that generation depends on the seed only.
 */
public final class Lexicon {

    /** A prefecture-level division with its province and counties. */
    public record Prefecture(Region region, Region province, List<Region> counties) {}

    /** A programme of programmes.tsv: canonical name and gold kind code. */
    public record LexiconProgramme(String name, String kind) {}

    private static final Lexicon INSTANCE = new Lexicon();

    public final List<Prefecture> prefectures;
    public final List<String> surnames;
    public final List<LexiconProgramme> programmes;

    private Lexicon() {
        prefectures = prefectures();
        surnames = rows("/org/fuliankg/lexicon/surnames.txt").stream().map(r -> r[0]).toList();
        // "listed" programmes are ordinary phrases in running text (巾帼建功): the lexicon matches only variants
        programmes = rows("/org/fuliankg/lexicon/programmes.tsv").stream()
                .filter(r -> !r[3].equals("listed"))
                .map(r -> new LexiconProgramme(r[0], r[1]))
                .toList();
    }

    public static Lexicon get() {
        return INSTANCE;
    }

    LexiconProgramme programme(String name) {
        return programmes.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("programme " + name + " is not in programmes.tsv"));
    }

    private static List<Prefecture> prefectures() {
        Divisions divisions = Divisions.get();
        Map<String, List<Region>> counties = new LinkedHashMap<>();
        List<Region> cities = new ArrayList<>();
        for (Region r : divisions.all()) {
            if (r.level() == OrgLevel.PREFECTURE) cities.add(r);
            if (r.level() == OrgLevel.COUNTY) {
                divisions.parent(r).ifPresent(p -> counties.computeIfAbsent(p.code(), k -> new ArrayList<>()).add(r));
            }
        }
        List<Prefecture> out = new ArrayList<>();
        for (Region city : cities) {
            List<Region> own = counties.getOrDefault(city.code(), List.of());
            Region province = divisions.parent(city).orElseThrow();
            // prefectures without counties in the table (e.g. 东莞市) still make good articles
            out.add(new Prefecture(city, province, List.copyOf(own)));
        }
        return List.copyOf(out);
    }

    static List<String[]> rows(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(line.split("\t", -1));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
