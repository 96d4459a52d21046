package org.fuliankg.domain.people;

import org.fuliankg.domain.text.Span;

/**
 * A journalist credited in a byline.
 *
 * @param name     the reporter's name
 * @param role     normalised role, e.g. {@code 记者}
 * @param media    the outlet's canonical name when stated (中国妇女报), else null
 * @param dateline the place in 发自X, or null
 * @param span     the name in the byline
 */
public record Reporter(String name, String role, String media, String dateline, Span span) {}
