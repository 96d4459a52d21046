/**
 * The facts a generated article states ({@link org.fuliankg.generate.gold.KnownFacts}, char offsets into its text)
 * and the gold file they are written to ({@link org.fuliankg.generate.gold.GoldJson}, code point offsets, the format
 * of {@code src/test/resources/gold}). Imports nothing of {@code generate}.
 */
package org.fuliankg.generate.gold;
