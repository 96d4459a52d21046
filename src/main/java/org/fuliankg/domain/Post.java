package org.fuliankg.domain;

/**
 * A post a person holds or held.
 *
 * @param position     normalised title from the position lexicon, e.g. {@code 主席}, {@code 党组书记},
 *                     {@code 党的二十大代表}
 * @param organisation where the post is held, or null when the text does not say
 * @param event        what the text says of the post: only held, or elected, appointed, acting, former …
 * @param span         the title (and organisation) as written
 */
public record Post(String position, Organisation organisation, PostEvent event, Span span) {

    /** True for a post held before the time of the text (原主席). */
    public boolean former() { return event == PostEvent.FORMER; }
}
