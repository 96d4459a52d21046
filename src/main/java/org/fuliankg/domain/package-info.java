/**
 * The domain's values, shared by every stage: organisations and their level and type, regions, programmes,
 * posts and the persons holding them, funding figures, and the {@link org.fuliankg.domain.text.Span} that ties
 * each fact to the text stating it, in rooms: {@code text} (spans, stated dates), {@code org} (organisations,
 * regions), {@code people} (persons, posts), {@code programme} and {@code money} (funding figures); here only the
 * {@link org.fuliankg.domain.Item} that gathers one news item's facts. Plain immutable records; these packages
 * import nothing of the project's but each other (rooms never this one),
 * so every stage (lexicon, extract, resolve, rdf, eval, generate) may use them, as Jena's {@code graph} and
 * CoreNLP's {@code ling} are used.
 */
package org.fuliankg.domain;
