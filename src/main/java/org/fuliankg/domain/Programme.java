package org.fuliankg.domain;

/**
 * A programme, campaign or named fund.
 *
 * @param name   canonical Chinese name (春蕾计划, 两癌筛查, 两癌救助, 99公益日 …)
 * @param kind   its kind
 * @param isFund true for named funds (…基金)
 */
public record Programme(String name, ProgrammeKind kind, boolean isFund) {}
