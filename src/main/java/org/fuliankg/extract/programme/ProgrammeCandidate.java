package org.fuliankg.extract.programme;

import org.fuliankg.domain.programme.Programme;

/**
 * A programme named at [start, end) of the normalised text, before overlaps between finders are settled.
 *
 * @param variant the name as written there (quotes and suffixes included)
 */
public record ProgrammeCandidate(int start, int end, Programme programme, String variant) {

    public boolean overlaps(int from, int to) {
        return start < to && from < end;
    }

    public boolean inside(int from, int to) {
        return from <= start && end <= to;
    }
}
