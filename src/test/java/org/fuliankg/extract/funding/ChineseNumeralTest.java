package org.fuliankg.extract.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChineseNumeralTest {

    private static void reads(String numeral, long value) {
        assertEquals(0, BigDecimal.valueOf(value).compareTo(ChineseNumeral.parse(numeral)), numeral);
    }

    @Test
    void readsEverydayNumerals() {
        reads("一万", 10_000);
        reads("两千", 2_000);
        reads("三十五万", 350_000);
        reads("十五", 15);
        reads("一百零五", 105);
        reads("一百二十万", 1_200_000);
        reads("一亿二千万", 120_000_000);
    }

    @Test
    void readsColloquialTrailingDigitsAndFinancialForms() {
        reads("一万五", 15_000);
        reads("三千五", 3_500);
        reads("壹仟贰佰", 1_200);
    }

    @Test
    void rejectsUnitsWithoutDigits() {
        assertNull(ChineseNumeral.parse("万"));
        assertNull(ChineseNumeral.parse("百万"));
        assertNull(ChineseNumeral.parse(""));
        assertNull(ChineseNumeral.parse("二〇二二"), "a year read digit by digit is not an amount");
    }
}
