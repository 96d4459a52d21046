package org.fuliankg.extract.text;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.annotate.Sentence;
import org.fuliankg.annotate.Token;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.Region;
import org.fuliankg.lexicon.Divisions;

/**
 * A county or district a page names only by its short name, which the segmenter did not take for a place (a county's
 * news writing its name bare before a village's, 县妇联 and 我县 throughout): read as the page's county only where a
 * 县 or 区 short form finds no county of its kind among the page's places. The short names are the divisions
 * lexicon's; the page must write the same one at least twice and name a province or city holding it, and no other
 * county of that kind may be written so (公安 and 爱民 are words as well as counties' short names).
 */
final class ShortCountyNames {

    /** How often the short name must be written: once may be a word that shares it. */
    private static final int MIN_MENTIONS = 2;

    private final Divisions divisions = Divisions.get();
    private final AnnotatedText text;
    /** The county-level divisions written by short name, with how often; read on the first question only. */
    private Map<Region, Integer> mentions;

    ShortCountyNames(AnnotatedText text) {
        this.text = text;
    }

    /**
     * The one county ({@code 县}) or district ({@code 区}) the page writes by its short name, or null.
     *
     * @param places the page's places: the county must lie in one of its provinces or cities
     */
    Region only(String abbreviation, List<PlaceContext.PlaceAt> places) {
        if (!abbreviation.equals("县") && !abbreviation.equals("区")) return null;
        Region found = null;
        for (Map.Entry<Region, Integer> e : mentions().entrySet()) {
            Region r = e.getKey();
            if (!r.name().endsWith(abbreviation) || e.getValue() < MIN_MENTIONS || !withinNamed(r, places)) continue;
            if (found != null) return null; // two counties of the kind: the page does not say which
            found = r;
        }
        return found;
    }

    /** True when a province or city the page names holds the county: a short name alone is no place otherwise. */
    private boolean withinNamed(Region county, List<PlaceContext.PlaceAt> places) {
        for (PlaceContext.PlaceAt p : places) {
            OrgLevel level = p.region().level();
            if ((level == OrgLevel.PROVINCE || level == OrgLevel.PREFECTURE) && divisions.isWithin(county, p.region())) {
                return true;
            }
        }
        return false;
    }

    private Map<Region, Integer> mentions() {
        if (mentions != null) return mentions;
        mentions = new HashMap<>();
        String t = text.text().text();
        BitSet persons = new BitSet(t.length());
        for (Sentence s : text.sentences()) {
            for (Token tok : s.tokens()) if (tok.isPerson()) persons.set(tok.start(), tok.end());
        }
        for (int pos = 0; pos < t.length(); pos++) {
            if (persons.get(pos)) continue;
            var name = divisions.nameAt(t, pos, (s, e) -> true);
            if (name.isEmpty()) continue;
            List<Region> candidates = name.get().candidates();
            // a full name was read as a place already, if it is one; a short name shared by two counties says neither
            if (!name.get().fullName() && candidates.size() == 1 && candidates.get(0).level() == OrgLevel.COUNTY) {
                mentions.merge(candidates.get(0), 1, Integer::sum);
            }
            pos += name.get().surface().length() - 1;
        }
        return mentions;
    }
}
