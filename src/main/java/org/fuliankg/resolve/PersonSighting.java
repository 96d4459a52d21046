package org.fuliankg.resolve;

/**
 * One document naming an official with a post in a specific organisation. The values are opaque keys (in the
 * graph: IRIs), compared only for equality.
 *
 * @param person       the person as the document identifies them (name and first organisation)
 * @param name         the normalised name
 * @param organisation where the post is held
 * @param document     the document that says so
 */
public record PersonSighting(String person, String name, String organisation, String document) {}
