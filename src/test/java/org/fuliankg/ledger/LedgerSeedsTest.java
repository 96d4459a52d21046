package org.fuliankg.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.fuliankg.SeedStore;
import org.fuliankg.rdf.Iris;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ledger of the two seed texts, over the store {@code serve} builds, checked against the figures as the texts
 * state them (and as the extraction reads them: seed 003's interviews carry no date, so their relative times give
 * no year).
 */
class LedgerSeedsTest {

    private static List<LedgerRow> rows;

    @BeforeAll
    static void ledgerOfTheSeeds() throws IOException {
        rows = new FundingLedger(SeedStore.dataset()).rows();
    }

    @Test
    void springBudMoneyIsSummedPerCityWithQualifiersRespected() {
        // 泸州 raised 727.08万元 (今年9月初, a page nothing dates, which speaks of 2022 most): exact, in 2022
        assertRow("春蕾计划", "泸州市", "2022", "received", "7270800", "7270800", "7270800", 1);
        // 乐山 约500万元 in 2022: approximate, so nothing is certain: lower bound 0, interval open
        assertRow("春蕾计划", "乐山市", "2022", "received", "0", "5000000", null, 1);
        // 南充's 1000余万元 over 连续两年 is a running total of its own period, apart from its 5000元 disbursed
        assertRow("春蕾计划", "南充市", "…–?", "received", "10000000", "10000000", null, 1);
        assertRow("春蕾计划", "南充市", "2022", "spent", "5000", "5000", "5000", 1);
    }

    @Test
    void aCumulativeTotalKeepsItsPeriodAndIsNotAddedToAnyYear() {
        // 自贡 2012—2022年 累计 1433万元 for two-cancer relief
        assertRow("两癌救助", "自贡市", "2012–2022", "received", "14330000", "14330000", "14330000", 1);
        assertTrue(rows.stream().filter(r -> r.programmeName().equals("两癌救助") && r.regionName().equals("自贡市"))
                .allMatch(r -> r.kind().equals("cumulative")), "no yearly row holds it");
    }

    @Test
    void perPersonStandardsSalariesAndFundSizesAreListedAsLeftOutWithTheirReasons() {
        // the news page is dated by its first dated item's lead (2023-01-04): its undated items' money is of 2023
        LedgerRow perPerson = only("低收入妇女两癌救助", "中国", "2023", "not-summed");
        assertEquals(0, perPerson.figures());
        assertNull(perPerson.lowerBound());
        assertEquals(List.of("1万元 · 人均标准 · 低收入妇女两癌救助 · 中国妇女发展基金会 (per-person standard, not money moved)"),
                perPerson.leftOut());
        assertTrue(only("大冶市妇儿关爱基金", "黄石市", "2023", "not-summed").leftOut().get(0)
                .endsWith("(size of a fund: a stock, not money of the period)"));
        assertTrue(only("", "", "2022", "not-summed").leftOut().get(0).contains("待遇"), "the salary range");
    }

    @Test
    void theProgrammeLedgerIsTheWholeLedgersRowsOfThatProgramme() throws IOException {
        var ledger = new FundingLedger(SeedStore.dataset());
        assertEquals(rows.stream().filter(r -> r.programmeName().equals("春蕾计划")).toList(),
                ledger.rows(Iris.programme("春蕾计划")));
        assertEquals(5, ledger.figures(Iris.programme("春蕾计划")).size());
    }

    private static void assertRow(String programme, String region, String period, String measure, String lower,
                                  String approximate, String upper, int figures) {
        LedgerRow row = only(programme, region, period, measure);
        assertEquals(new BigDecimal(lower), row.lowerBound().setScale(0),
                row.toString());
        assertEquals(new BigDecimal(approximate), row.approximateTotal().setScale(0), row.toString());
        assertEquals(upper == null ? null : new BigDecimal(upper), row.upperBound() == null ? null
                : row.upperBound().setScale(0), row.toString());
        assertEquals(figures, row.figures(), row.toString());
    }

    private static LedgerRow only(String programme, String region, String period, String measure) {
        List<LedgerRow> found = rows.stream().filter(r -> r.programmeName().equals(programme)
                && r.regionName().equals(region) && r.period().equals(period) && r.measure().equals(measure)).toList();
        assertEquals(1, found.size(), programme + " " + region + " " + period + " " + measure + ": " + rows);
        return found.get(0);
    }
}
