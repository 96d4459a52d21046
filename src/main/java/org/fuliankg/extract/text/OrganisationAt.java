package org.fuliankg.extract.text;

import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.org.OrganisationMention;
import org.fuliankg.normalise.NormalisedText;

/** An organisation mention located in the normalised text (start, end: UTF-16 indices, end exclusive). */
public record OrganisationAt(int start, int end, Organisation organisation) {

    /** Where a mention built by {@link SourceSpans} lies in the normalised text. */
    public static OrganisationAt of(AnnotatedText text, OrganisationMention m) {
        NormalisedText n = text.text();
        return new OrganisationAt(normalisedIndex(n, m.span().start()), normalisedIndex(n, m.span().end()),
                m.organisation());
    }

    /** The first normalised index whose original offset is at or after {@code originalOffset}. */
    static int normalisedIndex(NormalisedText n, int originalOffset) {
        int[] map = n.toOriginal();
        int lo = 0;
        int hi = map.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (map[mid] < originalOffset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    public OrganisationMention toMention(AnnotatedText text) {
        return new OrganisationMention(organisation, SourceSpans.of(text, start, end));
    }
}
