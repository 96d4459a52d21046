package org.fuliankg.extract.org;

import org.fuliankg.extract.text.OrganisationAt;

/**
 * An organisation name found by one of the readers, before overlapping finds are settled.
 *
 * @param at          where and what
 * @param abbreviated true when the name was completed from context (市妇联 → 衢州市妇联); such finds do not
 *                    tell which place a passage is about
 */
public record OrganisationCandidate(OrganisationAt at, boolean abbreviated) {

    int length() {
        return at.end() - at.start();
    }
}
