package org.fuliankg.extract.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TimeExpressionsTest {

    private final TimeExpressions times = new TimeExpressions();

    @Test
    void aPeriodWrittenWithTheYearOnBothEndsIsOnePeriod() {
        String sentence = "2019年至2023年，某市妇联累计筹集资金1433万元。";
        int at = sentence.indexOf("1433");
        assertEquals("2019年至2023年", times.near(sentence, at, at + 7));
    }

    @Test
    void aPeriodWithTheYearOnceAndASingleYearStayAsWritten() {
        String period = "2012—2022年，累计投入资金300万元。";
        assertEquals("2012—2022年", times.near(period, period.indexOf("300"), period.indexOf("。")));
        String year = "2022年，募集善款120万元。";
        assertEquals("2022年", times.near(year, year.indexOf("120"), year.indexOf("。")));
    }

    @Test
    void theRunningTotalKeepsItsPeriod() {
        String withinTheYear = "今年以来，某县妇联已募集春蕾助学款36.5万元。";
        assertEquals("今年以来", times.near(withinTheYear, withinTheYear.indexOf("36.5"), withinTheYear.indexOf("。")));
        String upToNow = "截至目前，本次活动共募集爱心款4.2万元。";
        assertEquals("截至目前", times.near(upToNow, upToNow.indexOf("4.2"), upToNow.indexOf("。")));
    }
}
