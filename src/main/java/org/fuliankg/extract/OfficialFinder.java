package org.fuliankg.extract;

import java.util.List;
import org.fuliankg.annotate.AnnotatedText;

/** Finds named officials and their posts: header lines, title before or after the name, lists, compound titles. */
public final class OfficialFinder {

    public List<PostHolder> find(AnnotatedText text, List<Item> items, List<OrganisationMention> organisations) {
        return List.of();
    }
}
