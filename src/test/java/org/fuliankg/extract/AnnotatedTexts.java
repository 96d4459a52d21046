package org.fuliankg.extract;

import java.nio.file.Path;
import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.annotate.Annotator;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.org.OrganisationMention;
import org.fuliankg.domain.text.Span;
import org.fuliankg.normalise.TextNormaliser;
import org.fuliankg.source.SourceDocument;

/** Short test texts run through the real normaliser and annotator. */
public final class AnnotatedTexts {

    private static final Annotator ANNOTATOR = new Annotator();
    private static final TextNormaliser NORMALISER = new TextNormaliser();

    private AnnotatedTexts() {}

    public static AnnotatedText of(String text) {
        return ANNOTATOR.annotate(document(text), NORMALISER.normalise(text));
    }

    /** {@code text} as the document test.txt. */
    public static SourceDocument document(String text) {
        return new SourceDocument("test.txt", Path.of("test.txt"), text, "UTF-8", "");
    }

    /** A hand-made mention of {@code org} at the first occurrence of {@code surface} from {@code from}. */
    public static OrganisationMention mention(AnnotatedText text, Organisation org, String surface, int from) {
        String original = text.text().original();
        int at = original.indexOf(surface, from);
        if (at < 0) throw new IllegalArgumentException(surface + " not in text");
        int start = original.codePointCount(0, at);
        int end = start + surface.codePointCount(0, surface.length());
        return new OrganisationMention(org, new Span(start, end, surface, original));
    }

    public static Organisation federation(String name) {
        return new Organisation(name, OrgType.FEDERATION, OrgLevel.COUNTY, null, false);
    }

    public static Organisation organisation(String name, OrgType type) {
        return new Organisation(name, type, null, null, false);
    }
}
