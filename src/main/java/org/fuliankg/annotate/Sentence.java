package org.fuliankg.annotate;

import java.util.List;

/**
 * A sentence (or header line) of the normalised text with its tokens.
 *
 * @param start     UTF-16 index into the normalised text
 * @param end       exclusive
 * @param text      the normalised sentence text
 * @param tokens    its words, offsets into the normalised text
 * @param duplicate true when the same sentence already occurred earlier in the document (a passage copied by
 *                  page layout); facts found only here are not counted twice
 */
public record Sentence(int start, int end, String text, List<Token> tokens, boolean duplicate) {}
