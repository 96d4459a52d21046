package org.fuliankg.domain.text;

/**
 * Where a fact was stated.
 *
 * @param start    Unicode code point offset into the original decoded text (inclusive)
 * @param end      exclusive
 * @param surface  the exact original text of [start, end): OCR slips, traditional characters and layout breaks
 *                 included
 * @param sentence the original text of the sentence that states the fact
 */
public record Span(int start, int end, String surface, String sentence) {}
