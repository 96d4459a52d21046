package org.fuliankg.eval;

import java.util.List;
import java.util.Map;

/**
 * The reference facts of one document.
 *
 * @param file  the document's file name
 * @param facts   per category; a category the gold does not annotate is absent and not scored
 * @param figures the funding records with what they mean, for the checks on amounts found
 * @param date    the document's date (ISO yyyy-MM-dd); "" when the gold says the text gives none, null when the
 *                gold does not say
 */
public record GoldDocument(String file, Map<Category, List<Fact>> facts, List<GoldFigure> figures, String date) {}
