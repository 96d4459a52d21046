/**
 * The page: items (news, commentaries, interviews), headlines, bylines and reporters, signatories, stated dates
 * and the place of each item, from the lines of a normalised, annotated text. Offsets are UTF-16 indices into the
 * normalised text; spans handed on are code points into the original (see {@code text.SourceSpans}).
 */
package org.fuliankg.extract.page;
