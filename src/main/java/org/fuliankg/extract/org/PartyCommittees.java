package org.fuliankg.extract.org;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.org.Region;
import org.fuliankg.extract.text.OrganisationAt;
import org.fuliankg.extract.text.PlaceContext;
import org.fuliankg.extract.text.TextShape;
import org.fuliankg.lexicon.PartyNames;

/**
 * Committees written with their party's name before the place (中共云南省委, 中国共产党天津市委员会, 民盟云南省委,
 * 政协天津市委员会): one body, named as the project writes it (云南省委, 天津市委, 民盟云南省委, 天津市政协).
 */
final class PartyCommittees {

    /** After the place: 委员会 or 委, and for a Party committee maybe one of its departments (中共某市委组织部). */
    private static final Pattern COMMITTEE = Pattern.compile("(委员会|委(?!员))(组织部|宣传部|统战部)?");
    private static final int PLACES_AT_MOST = 3;

    private final TextShape shape;
    private final PlaceContext places;

    PartyCommittees(TextShape shape, PlaceContext places) {
        this.shape = shape;
        this.places = places;
    }

    List<OrganisationCandidate> find() {
        String t = shape.text;
        List<OrganisationCandidate> found = new ArrayList<>();
        for (int i = 0; i < t.length(); i++) {
            var party = PartyNames.get().at(t, i);
            if (party.isEmpty()) continue;
            OrganisationCandidate c = committee(i, party.get().length(), party.get().value());
            if (c != null) {
                found.add(c);
                i = c.at().end() - 1;
            }
        }
        return found;
    }

    private OrganisationCandidate committee(int start, int partyLength, PartyNames.Party party) {
        int p = start + partyLength;
        PlaceContext.PlaceAt last = null;
        for (int n = 0; n < PLACES_AT_MOST; n++) {
            var place = places.placeStartingAt(p);
            if (place.isEmpty()) break;
            last = place.get();
            p = last.end();
        }
        if (last == null) return null;
        Matcher m = COMMITTEE.matcher(shape.text).region(p, shape.text.length());
        if (!m.lookingAt()) return null;
        boolean consultative = party.body().equals("政协");
        if (consultative && (!m.group(1).equals("委员会") || m.group(2) != null)) return null;
        Region region = last.region();
        String name = party.kept() + region.name() + (consultative ? "政协" : "委" + (m.group(2) == null ? "" : m.group(2)));
        return new OrganisationCandidate(new OrganisationAt(start, m.end(),
                new Organisation(name, party.type(), region.level(), region, false)), false);
    }
}
