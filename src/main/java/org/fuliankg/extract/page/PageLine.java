package org.fuliankg.extract.page;

/**
 * One non-blank line of a page and what it looks like.
 *
 * @param start     normalised index of its first non-space character
 * @param end       normalised index after its last non-space character
 * @param text      the line without surrounding spaces
 * @param gapBefore how many blank lines precede it (page layouts leave wider gaps between items)
 * @param kind      what the line looks like on its own
 * @param byline    the byline the line starts with (kind BYLINE), else null
 * @param signatory the signatory the line consists of (kind SIGNATORY), else null
 */
record PageLine(int start, int end, String text, int gapBefore, Kind kind, Byline byline, Signatory signatory) {

    enum Kind {
        /** a short line without sentence punctuation: headline, sub-headline, column or section head */
        HEADLINE,
        /** starts with a byline, possibly followed by the first paragraph */
        BYLINE,
        /** organisation + title + name of an author or interviewee */
        SIGNATORY,
        /** source, time, author or view-count line of a web page */
        META,
        /** navigation and footer text of a web page */
        JUNK,
        /** a yearbook entry: 【heading】 followed by its text on the same line */
        ENTRY,
        /** running text */
        BODY
    }

    /** True when the byline is all the line holds (no paragraph text follows it). */
    boolean isBareByline() {
        return kind == Kind.BYLINE && byline.bodyStart() >= end;
    }
}
