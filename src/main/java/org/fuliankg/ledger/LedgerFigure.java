package org.fuliankg.ledger;

import java.math.BigDecimal;

/**
 * One funding figure as the ledger reads it: where and when it counts, and whether it is summed.
 *
 * @param figure   the figure's IRI
 * @param document its document's IRI
 * @param label    its readable label (zh), else the end of its IRI
 * @param period   year or period, as in {@link LedgerRow#period()}
 * @param reason   why it is left out of the sum, or null when it is summed
 * @param lower    what it adds to the lower bound (null when left out)
 * @param approximate what it adds to the approximate total (null when left out)
 */
public record LedgerFigure(String figure, String document, String label, String regionName, String period,
                           String kind, String measure, String reason, BigDecimal lower, BigDecimal approximate) {

    public boolean summed() {
        return reason == null;
    }
}
