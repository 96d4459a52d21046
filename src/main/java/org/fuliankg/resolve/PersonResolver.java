package org.fuliankg.resolve;

import java.util.Optional;
import org.fuliankg.extract.Organisation;
import org.fuliankg.extract.Post;
import org.fuliankg.extract.PostHolder;

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
                .filter(o -> o != null && !o.generic())
                .findFirst()
                .map(organisations::resolve);
    }

    /** {@code 〈organisation key〉/〈name〉}; empty when no organisation identifies the person. */
    public Optional<String> key(String name, Optional<ResolvedOrganisation> organisation) {
        return organisation.map(o -> o.key() + "/" + normaliseName(name));
    }

    /** Names as written may carry layout spaces (谭 学军); they are not part of the name. */
    public static String normaliseName(String name) {
        return name.replaceAll("\\s+", "");
    }

    /** Key of a journalist: the outlet's key and the name, when the byline names the outlet. */
    public Optional<String> reporterKey(String name, Organisation media) {
        return key(name, Optional.ofNullable(media).map(organisations::resolve));
    }
}
