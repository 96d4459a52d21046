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
}
