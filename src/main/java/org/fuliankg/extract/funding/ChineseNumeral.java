package org.fuliankg.extract.funding;

import java.math.BigDecimal;

/** Reads Chinese numerals (三十五万, 两千, 一亿二千万, 一万五, 壹仟贰佰; traditional 萬/億/兩 too) as exact decimal
 * values. */
public final class ChineseNumeral {

    /** Characters that may form a Chinese numeral (digits and units, everyday and financial forms). */
    public static final String CHARACTERS = "零〇一二两兩三四五六七八九十百千万亿萬億壹贰叁肆伍陆柒捌玖拾佰仟";

    private static final String DIGITS = "零一二三四五六七八九";
    private static final String FINANCIAL_DIGITS = "〇壹贰叁肆伍陆柒捌玖";

    private ChineseNumeral() {}

    /** The value of {@code numeral}, or null when it is not a well-formed Chinese numeral. */
    public static BigDecimal parse(String numeral) {
        if (numeral == null || numeral.isEmpty()) return null;
        BigDecimal total = BigDecimal.ZERO;   // completed 亿 and 万 groups
        BigDecimal section = BigDecimal.ZERO; // the group below the last 万/亿
        long digit = -1;                      // a digit waiting for its unit
        long lastUnit = 0;
        boolean sawDigit = false;
        for (int i = 0; i < numeral.length(); i++) {
            char c = numeral.charAt(i);
            long d = digitValue(c);
            if (d >= 0) {
                if (digit > 0) return null; // 二〇二二 is a year read digit by digit, not a quantity
                digit = d;
                sawDigit = true;
                continue;
            }
            long unit = smallUnit(c);
            if (unit > 0) {
                // 十五 means 15: a bare 十 counts one ten
                long times = digit < 0 ? (unit == 10 ? 1 : -1) : digit;
                if (times < 0) return null;
                section = section.add(BigDecimal.valueOf(times * unit));
                digit = -1;
                lastUnit = unit;
                sawDigit = true;
            } else if (c == '万' || c == '亿' || c == '萬' || c == '億') {
                if (digit >= 0) section = section.add(BigDecimal.valueOf(digit));
                if (section.signum() == 0 && total.signum() == 0) return null;
                if (c == '万' || c == '萬') {
                    total = total.add(section.multiply(BigDecimal.valueOf(10_000)));
                    lastUnit = 10_000;
                } else {
                    total = total.add(section).multiply(BigDecimal.valueOf(100_000_000));
                    lastUnit = 100_000_000;
                }
                section = BigDecimal.ZERO;
                digit = -1;
            } else {
                return null;
            }
        }
        if (!sawDigit) return null;
        if (digit >= 0) {
            // 一万五 is 15000: a trailing digit counts in tenths of the last unit
            boolean colloquial = lastUnit >= 100 && numeral.charAt(numeral.length() - 2) != '零';
            section = section.add(colloquial
                    ? BigDecimal.valueOf(digit * lastUnit / 10) : BigDecimal.valueOf(digit));
        }
        return total.add(section);
    }

    private static long digitValue(char c) {
        if (c == '两' || c == '兩') return 2;
        if (c == '〇') return 0;
        int i = DIGITS.indexOf(c);
        if (i >= 0) return i;
        i = FINANCIAL_DIGITS.indexOf(c);
        return i;
    }

    private static long smallUnit(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1000;
            default -> 0;
        };
    }
}
