package org.fuliankg.extract;

import java.util.List;
import org.fuliankg.annotate.AnnotatedText;

/** Finds organisations (federations at every level, foundations, associations, companies, media, government)
 * and resolves abbreviations (市妇联, 州妇联, 我市) to the body the item is about. */
public final class OrganisationFinder {

    public List<OrganisationMention> find(AnnotatedText text, List<Item> items) {
        return List.of();
    }
}
