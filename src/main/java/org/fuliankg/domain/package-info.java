/**
 * The domain's values, shared by every stage: organisations and their level and type, regions, programmes,
 * posts and the persons holding them, funding figures, and the {@link org.fuliankg.domain.Span} that ties
 * each fact to the text stating it. Plain immutable records; this package imports nothing of the project's,
 * so every stage (lexicon, extract, resolve, rdf, eval, generate) may use it, as Jena's {@code graph} and
 * CoreNLP's {@code ling} are used.
 */
package org.fuliankg.domain;
