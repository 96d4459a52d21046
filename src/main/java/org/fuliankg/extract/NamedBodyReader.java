package org.fuliankg.extract;

import java.util.ArrayList;
import java.util.List;
import org.fuliankg.domain.OrgLevel;
import org.fuliankg.domain.OrgType;
import org.fuliankg.domain.Organisation;
import org.fuliankg.domain.Region;
import org.fuliankg.lexicon.OrganisationSuffixes;
import org.fuliankg.lexicon.Positions;

/**
 * Reads bodies other than federations by how their names end (基金会, 协会, 集团, 日报, 组织部, 文化馆 …). A name
 * starts with a place (湖北省妇女儿童发展基金会, 福建恒安集团) or with an abbreviation completed from context
 * (市委组织部 → 聊城市委组织部, 省女企业家协会 → 江苏省女企业家协会).
 */
final class NamedBodyReader {

    private static final String ABBREVIATION_CHARS = "省市州县区";
    private static final int MAX_BODY = 16;

    private final TextShape shape;
    private final PlaceContext places;

    NamedBodyReader(TextShape shape, PlaceContext places) {
        this.shape = shape;
        this.places = places;
    }

    List<OrganisationCandidate> find() {
        List<OrganisationCandidate> found = new ArrayList<>();
        String t = shape.text;
        for (int end = 1; end <= t.length(); end++) {
            var suffix = OrganisationSuffixes.get().suffixEndingAt(t, end);
            if (suffix.isEmpty() || endsInsideTitle(end)) continue;
            int bodyEnd = end - suffix.get().getKey();
            int chunk = shape.phraseStart(bodyEnd, MAX_BODY + 12);
            for (int j = chunk; j < bodyEnd; j++) {
                OrganisationCandidate c = read(j, bodyEnd, end, suffix.get().getValue());
                if (c != null) {
                    found.add(c);
                    break;
                }
            }
        }
        return found;
    }

    private OrganisationCandidate read(int j, int bodyEnd, int end, OrgType type) {
        String t = shape.text;
        if (places.placeStartingAt(j).isPresent()) {
            List<PlaceContext.PlaceAt> chain = new ArrayList<>();
            int p = j;
            while (p < bodyEnd && places.placeStartingAt(p).isPresent()) {
                chain.add(places.placeStartingAt(p).get());
                p = chain.get(chain.size() - 1).end();
            }
            if (p > bodyEnd || !validBody(p, bodyEnd)) return null;
            Region region = chain.get(chain.size() - 1).region();
            String name = type == OrgType.MEDIA || type == OrgType.COMPANY
                    ? t.substring(j, end) : canonicalPlaces(chain) + t.substring(p, end);
            return new OrganisationCandidate(new OrganisationAt(j, end,
                    new Organisation(name, type, levelOf(region), region, false)), false);
        }
        String abbreviation = abbreviationAt(j);
        if (abbreviation != null && (j == 0 || TextShape.mayPrecedeAbbreviation(t.charAt(j - 1)))
                && validBody(j + abbreviation.length(), bodyEnd)) {
            Region region = places.regionFor(j, abbreviation);
            if (region == null) return null;
            String name = region.name() + t.substring(j + abbreviation.length(), end);
            return new OrganisationCandidate(new OrganisationAt(j, end,
                    new Organisation(name, type, levelOf(region), region, false)), true);
        }
        return null;
    }

    /** 自治区, 自治州, 自治县, or one of 省市州县区 at {@code j}, else null. */
    private String abbreviationAt(int j) {
        for (String a : List.of("自治区", "自治州", "自治县")) {
            if (shape.text.startsWith(a, j)) return a;
        }
        char c = shape.text.charAt(j);
        return ABBREVIATION_CHARS.indexOf(c) >= 0 ? String.valueOf(c) : null;
    }

    /**
     * The places of a name as its canonical form writes them: a leading province is dropped when a smaller
     * place follows (浙江省衢州市图书馆 → 衢州市图书馆), and abbreviated autonomous prefectures are written in full
     * (阿坝州 → 阿坝藏族羌族自治州); other short names stay as written (北京巧娘博物馆).
     */
    private String canonicalPlaces(List<PlaceContext.PlaceAt> chain) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < chain.size(); i++) {
            PlaceContext.PlaceAt p = chain.get(i);
            if (i == 0 && chain.size() > 1 && p.region().level() == OrgLevel.PROVINCE) continue;
            String written = shape.text.substring(p.start(), p.end());
            boolean abbreviatedPrefecture = !p.fullName() && written.endsWith("州") && p.region().name().endsWith("自治州");
            sb.append(abbreviatedPrefecture ? p.region().name() : written);
        }
        return sb.toString();
    }

    private boolean validBody(int start, int end) {
        if (end - start > MAX_BODY) return false;
        String body = shape.text.substring(start, end);
        return !body.contains("妇联") && !body.contains("的") && shape.isNominal(start, end);
    }

    /** 局 in 局长, 馆 in 馆长: the suffix is the start of a title, not the end of a name. */
    private boolean endsInsideTitle(int end) {
        var title = Positions.get().titleAt(shape.text, end - 1);
        return title.isPresent() && title.get().end() > end;
    }

    private static OrgLevel levelOf(Region region) {
        return region == null ? null : region.level();
    }

}
