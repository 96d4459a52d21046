package org.fuliankg.generate.gold;

/**
 * One generated article: its file name, final text and the facts it states.
 *
 * @param traditional whether the text was written in traditional characters (facts keep simplified names)
 */
public record GeneratedArticle(String fileName, String text, KnownFacts facts, boolean traditional) {}
