package org.fuliankg.domain.money;

import org.fuliankg.domain.text.Span;

/**
 * Who a sum of money reached.
 *
 * @param count       how many (null when unstated)
 * @param qualifier   how exact the count is
 * @param unit        the counter as written: 名, 人, 人次, 户, 个 …
 * @param description who they are, e.g. {@code 困境女童}
 * @param span        where the count is stated, or null
 */
public record Beneficiaries(Long count, Qualifier qualifier, String unit, String description, Span span) {}
