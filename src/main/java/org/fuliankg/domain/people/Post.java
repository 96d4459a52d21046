package org.fuliankg.domain.people;

import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.text.Span;

/**
 * A post a person holds or held.
 *
 * @param position     normalised title from the position lexicon, e.g. {@code 主席}, {@code 党组书记},
 *                     {@code 党的二十大代表}
 * @param organisation where the post is held, or null when the text does not say
 * @param event        what the text says of the post: only held, or elected, appointed, acting, former …
 * @param span         the title (and organisation) as written
 * @param bodyWritten  the body as the text wrote it ({@code 市妇联}, {@code 县委}, {@code 湖南省妇联}), or null when
 *                     the text wrote none for this post
 */
public record Post(String position, Organisation organisation, PostEvent event, Span span, String bodyWritten) {

    public Post(String position, Organisation organisation, PostEvent event, Span span) {
        this(position, organisation, event, span, null);
    }

    /** The same post in another body, keeping the form the text wrote. */
    public Post in(Organisation body) {
        return new Post(position, body, event, span, bodyWritten);
    }

    /** True for a post held before the time of the text (原主席). */
    public boolean former() { return event == PostEvent.FORMER; }
}
