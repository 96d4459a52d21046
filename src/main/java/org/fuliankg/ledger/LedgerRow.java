package org.fuliankg.ledger;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of the funding ledger: the money of one programme in one region over one year (or, for cumulative
 * totals, one period), for one measure. Amounts are yuan; null where the row has no summed figure, and for
 * {@code upperBound} also where the interval is open (an at-least or approximate figure is in it).
 *
 * @param programme        programme IRI, or null for figures that name none
 * @param programmeName    its Chinese name, or ""
 * @param regionCode       GB/T 2260 code of the prefecture, province or division, or "" when unknown
 * @param regionName       its Chinese name, or ""
 * @param period           a year (2023), a period (2019–2023, …–2023) or "?" when no year is known
 * @param kind             {@code year} or {@code cumulative}
 * @param measure          {@code received}, {@code spent}, {@code loans}, {@code total} (a cumulative total whose
 *                         role the text does not say) or {@code not-summed}
 * @param figures          figures summed (for cumulative rows: compared, the largest taken)
 * @param documents        documents the summed figures come from
 * @param yearFrom         where the year came from: text, text + document date, item date, document date, year the
 *                         text states most, unknown
 * @param leftOut          figures of this row left out of the sum, each with its reason; more than 50 are one entry
 *                         counting them
 */
public record LedgerRow(String programme, String programmeName, String regionCode, String regionName,
                        String period, String kind, String measure, BigDecimal lowerBound,
                        BigDecimal approximateTotal, BigDecimal upperBound, int figures, int documents,
                        String yearFrom, List<String> leftOut) {

    /** The count that stands for a list too long to give ("950 figures left out (too many to list…)"). */
    private static final Pattern COUNTED = Pattern.compile("(\\d+) figures left out \\(too many to list.*");

    public boolean isYear() {
        return kind.equals("year");
    }

    /**
     * How many figures were left out: those listed, or the count that stands for a long list (not the note on a
     * cumulative row's several totals, which leaves none out).
     */
    public int leftOutFigures() {
        int count = 0;
        for (String entry : leftOut) {
            Matcher counted = COUNTED.matcher(entry);
            if (counted.matches()) count += Integer.parseInt(counted.group(1));
            else if (!entry.startsWith("largest of ")) count++;
        }
        return count;
    }
}
