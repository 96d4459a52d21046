package org.fuliankg.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One money expression and what the text says about it.
 *
 * @param amount        amount in yuan (for ranges: the minimum)
 * @param maxAmount     for ranges the maximum, else null
 * @param qualifier     exact, approximate, at-least or range
 * @param role          what the money was
 * @param what          the thing counted as written (善款, 助学金, 防疫物资 …), or null
 * @param givers        who raised or gave it (may be empty)
 * @param administrator who administered or secured it, or null
 * @param recipients    who received it (may be empty)
 * @param programme     the programme it belongs to, or null
 * @param beneficiaries how many it reached, or null
 * @param time          the time as written (2022年, 2012—2022, 今年9月), or null
 * @param cumulative    true for a running total over a period (累计, 历年, 以来): it already contains the yearly
 *                      figures inside {@code time}, so it is never summed with them
 * @param span          the amount as written, in its sentence
 */
public record FundingFigure(
        BigDecimal amount,
        BigDecimal maxAmount,
        Qualifier qualifier,
        FundingRole role,
        String what,
        List<Organisation> givers,
        Organisation administrator,
        List<Organisation> recipients,
        Programme programme,
        Beneficiaries beneficiaries,
        String time,
        boolean cumulative,
        Span span) {

    /** The organisation most responsible: the administrator, else the first giver, else null. */
    public Organisation responsibleOrganisation() {
        if (administrator != null) return administrator;
        return givers.isEmpty() ? null : givers.get(0);
    }
}
