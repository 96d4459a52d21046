package org.fuliankg.domain.money;

import java.math.BigDecimal;
import java.util.List;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.programme.Programme;
import org.fuliankg.domain.text.Span;

/**
 * One money expression and what the text says about it.
 *
 * @param amount        amount in its currency (for ranges: the minimum)
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
 * @param year          the year the figure refers to: its own time ({@code 2016年夏季}, {@code 今年} read against
 *                      its item's or document's date), else its item's date, else its document's; null for a
 *                      period of several years ({@code 2012—2022}, {@code 三年来}, a running total) or when
 *                      nothing dates it
 * @param currency      ISO 4217 code: {@value #YUAN} unless the text names another (港元 HKD, 新台币 TWD …); a sum in
 *                      another currency is never added to yuan
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
        Span span,
        Integer year,
        String currency) {

    /** ISO 4217 code of the yuan, the currency of every sum whose text names no other. */
    public static final String YUAN = "CNY";

    /** The same figure referring to {@code year}. */
    public FundingFigure withRole(FundingRole role) {
        return new FundingFigure(amount, maxAmount, qualifier, role, what, givers, administrator, recipients, programme,
                beneficiaries, time, cumulative, span, year, currency);
    }

    public FundingFigure withProgramme(Programme programme) {
        return new FundingFigure(amount, maxAmount, qualifier, role, what, givers, administrator, recipients, programme,
                beneficiaries, time, cumulative, span, year, currency);
    }

    public FundingFigure withTime(String time) {
        return new FundingFigure(amount, maxAmount, qualifier, role, what, givers, administrator, recipients, programme,
                beneficiaries, time, cumulative, span, year, currency);
    }

    /** The same figure over the period of {@code other}: its running-total flag and its time. */
    public FundingFigure withPeriodOf(FundingFigure other) {
        return new FundingFigure(amount, maxAmount, qualifier, role, what, givers, administrator, recipients, programme,
                beneficiaries, other.time, other.cumulative, span, year, currency);
    }

    public FundingFigure withYear(Integer year) {
        return new FundingFigure(amount, maxAmount, qualifier, role, what, givers, administrator, recipients, programme,
                beneficiaries, time, cumulative, span, year, currency);
    }

    /** The organisation most responsible: the administrator, else the first giver, else null. */
    public Organisation responsibleOrganisation() {
        if (administrator != null) return administrator;
        return givers.isEmpty() ? null : givers.get(0);
    }
}
