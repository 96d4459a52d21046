package org.fuliankg.eval;

import java.util.List;
import java.util.Map;

/**
 * The reference facts of one document.
 *
 * @param file  the document's file name
 * @param facts per category; a category the gold does not annotate is absent and not scored
 */
public record GoldDocument(String file, Map<Category, List<Fact>> facts) {}
