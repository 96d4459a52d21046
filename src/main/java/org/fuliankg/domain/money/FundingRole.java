package org.fuliankg.domain.money;

/**
 * What was done with a sum of money (the action). Whether it is a running total over a period is separate
 * ({@link FundingFigure#cumulative()}). Codes follow the gold conventions ({@code per-person}, {@code value-of-goods} …).
 */
public enum FundingRole {
    RAISED, DONATED, PLEDGED, DISBURSED, SPENT, ALLOCATED, PER_PERSON, FUND_SIZE, VALUE_OF_GOODS, SALARY,
    BUDGET, LOAN, OTHER;

    public String code() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }

    /** The role whose {@link #code()} is {@code code}. */
    public static FundingRole fromCode(String code) {
        for (FundingRole r : values()) {
            if (r.code().equals(code)) return r;
        }
        throw new IllegalArgumentException("no funding role with code " + code);
    }
}
