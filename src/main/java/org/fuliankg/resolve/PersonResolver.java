package org.fuliankg.resolve;

import java.util.Optional;
import org.fuliankg.domain.people.Post;
import org.fuliankg.domain.people.PostHolder;

/**
 * Persons are merged across documents only when both the name and the organisation agree: two 王芳 of different
 * federations stay apart, and a name with no organisation stays inside its document.
 */
public final class PersonResolver {

    private final OrganisationResolver organisations;

    public PersonResolver(OrganisationResolver organisations) {
        this.organisations = organisations;
    }

    /** The organisation that identifies an official: the first specific organisation among the posts. */
    public Optional<ResolvedOrganisation> identifyingOrganisation(PostHolder holder) {
        return holder.posts().stream()
                .map(Post::organisation)
                .filter(o -> o != null && !o.generic() && !o.unresolved())
                .findFirst()
                .map(organisations::resolve);
    }

    /** Names as written may carry layout spaces (王 芳); they are not part of the name. */
    public static String normaliseName(String name) {
        return name.replaceAll("\\s+", "");
    }
}
