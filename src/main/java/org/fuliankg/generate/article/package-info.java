/**
 * Writing one article: its kind and length, the scene (place, federations, people) whose sentences state each fact
 * and record it as known at once, and the noise of real pages. Draws on {@code material}, records into {@code gold};
 * {@link org.fuliankg.generate.article.ArticleWriter} is the entry.
 */
package org.fuliankg.generate.article;
