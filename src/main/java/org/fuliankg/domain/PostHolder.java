package org.fuliankg.domain;

import java.util.List;

/**
 * A named official with the posts the text gives them.
 *
 * @param name  the name as written (normalised script)
 * @param posts one or more posts
 * @param span  the whole statement: title(s) plus name
 */
public record PostHolder(String name, List<Post> posts, Span span) {}
