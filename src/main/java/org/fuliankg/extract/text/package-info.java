/**
 * Readers every room shares: the shape of the text around an offset (TextShape), names after titles (NameReader),
 * the places an item speaks of (PlaceContext), organisation mentions with their offsets (OrganisationAt) and
 * source spans in original code points (SourceSpans).
 */
package org.fuliankg.extract.text;
