package org.fuliankg.extract.people.bodies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.domain.org.OrganisationMention;
import org.fuliankg.extract.org.WrittenBody;
import org.fuliankg.extract.text.NameReader;
import org.fuliankg.extract.text.OrganisationAt;
import org.fuliankg.extract.text.PlaceContext;
import org.fuliankg.extract.text.TextShape;
import org.fuliankg.lexicon.Positions.Title;
import org.fuliankg.lexicon.Positions;

/** One document as the official readers see it: its text, names, places, the organisations found in it by where
 * they start and end, and its titles in order. */
public final class Page {

    /** Words of a text about a special administrative region's government (特区政府, 行政长官). */
    /** Looked for in every text: a plain search, not a regular expression tried at every position. */
    private static final List<String> SAR_GOVERNMENT_WORDS = List.of("特区", "特别行政区", "行政长官");

    public final AnnotatedText text;
    public final String t;
    public final TextShape shape;
    public final NameReader names;
    public final PlaceContext places;
    public final WrittenBody writtenBodies;
    public final Map<Integer, OrganisationAt> orgByEnd = new HashMap<>();
    public final Map<Integer, OrganisationAt> orgByStart = new HashMap<>();
    public final Map<Integer, Title> titleByEnd = new HashMap<>();
    public final List<Title> titles = new ArrayList<>();
    /** 香港 or 澳门 when the text is about a special administrative region's government, else null. */
    final String sarGovernment;
    /** Whether the page is about Taiwan's local government, and the township offices it names: decided once. */
    public final TaiwanBodies taiwan;

    /** @param titles the text's titles ({@link Positions#titlesIn}), read once for the organisations and the officials */
    public Page(AnnotatedText text, PlaceContext documentPlaces, List<OrganisationMention> organisations,
                List<Title> titles) {
        this.text = text;
        this.t = text.text().text();
        this.shape = new TextShape(text);
        this.names = new NameReader(text);
        this.places = documentPlaces.withoutAnchors();
        this.writtenBodies = new WrittenBody(places);
        List<OrganisationAt> orgs = organisations.stream().map(m -> OrganisationAt.of(text, m)).toList();
        places.addAnchors(orgs);
        for (OrganisationAt o : orgs) {
            orgByEnd.put(o.end(), o);
            orgByStart.put(o.start(), o);
        }
        for (Title title : titles) {
            this.titles.add(title);
            titleByEnd.put(title.end(), title);
        }
        this.sarGovernment = SAR_GOVERNMENT_WORDS.stream().anyMatch(t::contains) ? specialRegion() : null;
        this.taiwan = new TaiwanBodies(t);
    }

    /** 香港 or 澳门, whichever the text names first; null when it names neither. */
    String specialRegion() {
        int hk = t.indexOf("香港");
        int macau = t.indexOf("澳门");
        if (hk < 0 && macau < 0) return null;
        return macau < 0 || hk >= 0 && hk < macau ? "香港" : "澳门";
    }

    /** An organisation's name as the (normalised) text writes it. */
    public String surface(OrganisationAt org) {
        return t.substring(org.start(), org.end());
    }

    public boolean titleAt(int pos) {
        return Positions.get().titleAt(t, pos).isPresent();
    }
}
