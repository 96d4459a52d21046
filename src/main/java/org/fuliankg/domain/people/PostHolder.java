package org.fuliankg.domain.people;

import java.util.List;
import org.fuliankg.domain.text.Span;

/**
 * A named official with the posts the text gives them.
 *
 * @param name  the name as written (normalised script)
 * @param posts one or more posts
 * @param span  the whole statement: title(s) plus name
 */
public record PostHolder(String name, List<Post> posts, Span span) {}
