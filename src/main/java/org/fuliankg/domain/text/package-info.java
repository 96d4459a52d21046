/** Where a fact stands in the text ({@link org.fuliankg.domain.text.Span}) and dates as the text states them, with their origin. */
package org.fuliankg.domain.text;
