package org.fuliankg.domain;

/** What a sum of money was. Codes follow the gold conventions ({@code per-person}, {@code value-of-goods} …). */
public enum FundingRole {
    RAISED, DONATED, PLEDGED, DISBURSED, SPENT, ALLOCATED, PER_PERSON, FUND_SIZE, CUMULATIVE, VALUE_OF_GOODS, SALARY,
    BUDGET, LOAN, OTHER;

    public String code() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
}
