package org.fuliankg.domain.programme;

import org.fuliankg.domain.text.Span;

/**
 * One place a programme is named.
 *
 * @param programme the canonical programme
 * @param variant   the form as written after script normalisation (“春营计划” keeps its slip here only in
 *                  {@code span.surface()}; this holds the written name, e.g. {@code “两癌”救助项目})
 * @param span      where
 */
public record ProgrammeMention(Programme programme, String variant, Span span) {}
