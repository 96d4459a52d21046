/**
 * What generated text is made of: the reproducible random choices of one article
 * ({@link org.fuliankg.generate.material.Chance}), the project's lexicons read in file order, made-up names, sums of
 * money as news writes them, and simplified → traditional characters. Knows nothing of articles or gold.
 */
package org.fuliankg.generate.material;
