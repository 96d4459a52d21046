package org.fuliankg.extract.funding;

import java.math.BigDecimal;
import org.fuliankg.domain.money.Qualifier;

/**
 * A sum of money as written, e.g. {@code 近300万元}, {@code 1500-2800元}, {@code 三十五万元}, {@code 捐款5万}.
 *
 * @param start     index of the first character (qualifier included) in the searched string
 * @param end       exclusive end index (trailing 左右/以上 included)
 * @param amount    value in its currency; for ranges the minimum
 * @param maxAmount for ranges the maximum, else null
 * @param qualifier exact, approximate, at-least or range
 * @param currency  ISO 4217 code: CNY unless the text names another currency (港元, 新台币 …)
 */
public record MoneyExpression(int start, int end, BigDecimal amount, BigDecimal maxAmount, Qualifier qualifier,
                              String currency) {}
