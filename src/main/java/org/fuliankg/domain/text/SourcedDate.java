package org.fuliankg.domain.text;

/**
 * A day and where it comes from.
 *
 * @param iso    the day, ISO yyyy-MM-dd
 * @param origin which part of the page or text gave it
 */
public record SourcedDate(String iso, DateOrigin origin) {

    /** The year of the day. */
    public int year() {
        return Integer.parseInt(iso.substring(0, 4));
    }

    /** The same day with another origin (an item taking its page's date as an approximation). */
    public SourcedDate as(DateOrigin other) {
        return new SourcedDate(iso, other);
    }
}
