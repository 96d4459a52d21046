package org.fuliankg.extract.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeExpressionsTest {

    private final TimeExpressions times = new TimeExpressions();

    @Test
    void anEnglishSentenceGivesItsOwnTimeOnly() {
        String sentence = "Last year, the club gave 2,000 yuan. In 2009, she secured a 30,000 yuan loan.";
        int at = sentence.indexOf("30,000");
        String time = times.near(sentence, at, at + 12);
        assertEquals("In 2009", time);
        assertEquals(2009, times.year(time, 2015, false));
        int first = sentence.indexOf("2,000");
        assertEquals(2014, times.year(times.near(sentence, first, first + 10), 2015, false));
        assertNull(times.year("Since 2011", 2015, true));
    }

    @Test
    void aYearWrittenOntoAClauseThatTotalsIsTheRunningTotalsYear() {
        String onto = "2023年区妇联累计走访困难患病妇女25户，并送去救助款12.5万元。";
        int at = onto.indexOf("12.5万元");
        assertFalse(times.bareYearOfAnotherClause(onto, at, at + 6, "2023年"));
        String apart = "2022年，区妇联争取到公益金8万元，累计发放救助金30万元。";
        at = apart.indexOf("30万元");
        assertTrue(times.bareYearOfAnotherClause(apart, at, at + 4, "2022年"));
        String event = "她2016年查出重病，全家先后花费6万余元。";
        at = event.indexOf("6万余元");
        assertTrue(times.bareYearOfAnotherClause(event, at, at + 5, "2016年"));
    }

    @Test
    void aStandardStatedBeforeTheSumIsOfNoSingleYear() {
        String rule = "2024年，该项目的资助标准为每名学生一次性资助3000元。";
        assertNull(times.year(times.near(rule, rule.indexOf("3000"), rule.indexOf("。")), 2024, false));
        // a standard applied in an act keeps the act's year
        String applied = "2024年，县妇联按照每人3000元的标准，为12名学生发放助学金。";
        assertEquals(2024, times.year(times.near(applied, applied.indexOf("3000"), applied.indexOf("的标准")), 2024, false));
    }

    @Test
    void aPeriodWrittenWithTheYearOnBothEndsIsOnePeriod() {
        String sentence = "2019年至2023年，某市妇联累计筹集资金1433万元。";
        int at = sentence.indexOf("1433");
        assertEquals("2019年至2023年", times.near(sentence, at, at + 7));
    }

    @Test
    void aPeriodFromAYearToAMonthIsThePeriodAndHasNoYear() {
        String sentence = "从2001年至2020年6月，县妇联共收到爱心款88万元。";
        int at = sentence.indexOf("88");
        String time = times.near(sentence, at, at + 4);
        assertEquals("从2001年至2020年6月", time);
        assertNull(times.year(time, 2020, true));
    }

    @Test
    void recentMonthsAreARunningTotalOfTheContextYear() {
        String sentence = "几个月来，全市女企业家捐款捐物共计800多万元。";
        int at = sentence.indexOf("800");
        String time = times.near(sentence, at, at + 6);
        assertEquals("几个月来", time);
        assertEquals(2020, times.year(time, 2020, true));
    }

    @Test
    void aPeriodWithTheYearOnceAndASingleYearStayAsWritten() {
        String period = "2012—2022年，累计投入资金300万元。";
        assertEquals("2012—2022年", times.near(period, period.indexOf("300"), period.indexOf("。")));
        String year = "2022年，募集善款120万元。";
        assertEquals("2022年", times.near(year, year.indexOf("120"), year.indexOf("。")));
    }

    @Test
    void aYearWrittenWithASpaceBeforeItsUnitIsAYear() {
        String sentence = "县妇联举行 2024 年度救助金发放仪式,为12名妇女发放 1 万元。";
        String time = times.near(sentence, sentence.indexOf("1 万元"), sentence.indexOf("。"));
        assertEquals("2024 年", time);
        assertEquals((Integer) 2024, times.year(time, 2025, false));
    }

    @Test
    void aFiguresYearIsTheOneItsTimeNamesOrItsTimeReadAgainstItsContext() {
        assertEquals((Integer) 2016, times.year("2016年", 2021, false)); // 2016年夏季
        assertEquals((Integer) 2013, times.year("2013年", 2021, false)); // 2013年度
        assertEquals((Integer) 2021, times.year("今年", 2021, false));
        assertEquals((Integer) 2021, times.year("今年", 2021, true)); // 今年以来: a running total within the year
        assertEquals((Integer) 2020, times.year("去年10月", 2021, false));
        assertEquals((Integer) 2019, times.year("前年", 2021, false));
        assertEquals((Integer) 2021, times.year("9月7日", 2021, false));
        assertEquals((Integer) 2021, times.year(null, 2021, false)); // no time of its own: its item's or document's year
        assertEquals((Integer) 2022, times.year("2022年以来", 2022, true)); // since this year: within it
        assertNull(times.year("今年", null, false)); // nothing dates it
    }

    @Test
    void aPeriodOfSeveralYearsHasNoYear() {
        assertNull(times.year("2012—2022", 2022, true));
        assertNull(times.year("2019年至2023年", 2023, false));
        assertNull(times.year("三年来", 2022, true));
        assertNull(times.year("连续两年", 2022, true));
        assertNull(times.year("多年来", 2022, false));
        assertNull(times.year("2012年以来", 2022, true));
        assertNull(times.year("自2000年", 2021, true)); // 自2000年…以来
        assertNull(times.year("2022年底", 2023, true)); // 截至2022年底累计
        assertNull(times.year(null, 2022, true)); // a running total naming no year
    }

    @Test
    void theRunningTotalKeepsItsPeriod() {
        String withinTheYear = "今年以来，某县妇联已募集春蕾助学款36.5万元。";
        assertEquals("今年以来", times.near(withinTheYear, withinTheYear.indexOf("36.5"), withinTheYear.indexOf("。")));
        String upToNow = "截至目前，本次活动共募集爱心款4.2万元。";
        assertEquals("截至目前", times.near(upToNow, upToNow.indexOf("4.2"), upToNow.indexOf("。")));
    }

    @Test
    void aCountOfYearsInFiguresIsAPeriodNotAYearNorADate() {
        String headline = "某县助农贷6年发放贷款近2.4亿元";
        String time = times.near(headline, headline.indexOf("近2.4"), headline.length());
        assertEquals("6年", time);
        assertNull(times.year(time, 2019, true));
        String duration = "她扎根荒山12年，今天收到了3万元的奖励。";
        assertEquals("今天", times.near(duration, duration.indexOf("3万"), duration.indexOf("元的") + 1));
        String date = "19年3月，某县妇联发放救助金2万元。";
        assertNotEquals("9年", times.near(date, date.indexOf("2万"), date.indexOf("元。") + 1));
    }

    @Test
    void aTimeAfterTheSumCountsOnlyInItsOwnClause() {
        String later = "县妇联获得修建项目资金12万元，联合教育局修建教学楼，明年开学投入使用。";
        assertNull(times.near(later, later.indexOf("12万"), later.indexOf("元，") + 1));
        String own = "发放救助金8万元（2021年度）。";
        assertEquals("2021年", times.near(own, own.indexOf("8万"), own.indexOf("元（") + 1));
    }

    @Test
    void todayDatesAFigureNearerThanAnEarlierYear() {
        String quote = "2017年，我母亲查出患病，治疗花了好几万，今天收到了1万元救助金。";
        String time = times.near(quote, quote.indexOf("1万元"), quote.indexOf("1万元") + 3);
        assertEquals("今天", time);
        assertEquals(2022, times.year(time, 2022, false));
    }

    @Test
    void aRunningTotalSinceADayOfTheYearIsThatYearsAndOneOfSeveralYearsIsNone() {
        String sinceADay = "自11月27日发起募捐以来，某会长及家人捐款100万港元。";
        String time = times.near(sinceADay, sinceADay.indexOf("100万"), sinceADay.indexOf("港元") + 2);
        assertEquals("自11月27日", time);
        assertEquals(2025, times.year(time, 2025, true));
        String years = "今年继续资助34名女童共计5万元，3年累计发放爱心基金13万元。";
        String total = times.near(years, years.indexOf("13万"), years.indexOf("13万") + 4);
        assertEquals("3年累计", total);
        assertNull(times.year(total, 2020, true));
    }

    @Test
    void aRepublicOfChinaYearIsReadInTheCommonEra() {
        String schoolYear = "114学年核定补助学生计20人，发放20万元。";
        String time = times.near(schoolYear, schoolYear.indexOf("20万"), schoolYear.indexOf("20万") + 4);
        assertEquals("114学年", time);
        assertEquals(2025, times.year(time, 2026, false));
        String dated = "民国112年9月，某会捐赠助学金66万元。";
        assertEquals(2023, times.year(times.near(dated, dated.indexOf("66万"), dated.indexOf("66万") + 4), 2024, false));
        String party = "建党100年之际，某会捐赠10万元。";
        assertEquals(2021, times.year(times.near(party, party.indexOf("10万"), party.indexOf("10万") + 4), 2021, false));
    }

    @Test
    void aYearJoinedByDeToASumIsThatSumsAloneAndNoPeriod() {
        String sentence = "贷款数额从2013年的1.5亿元，发展到去年发放4亿元，再到今年发放6亿元。";
        int first = sentence.indexOf("1.5亿元");
        String own = times.near(sentence, first, first + 5);
        assertEquals("2013年", own);
        assertEquals((Integer) 2013, times.year(own, 2021, false));
        int later = sentence.indexOf("4亿元");
        assertEquals("去年", times.near(sentence, later, later + 3)); // not 2013年, another sum's
    }

    @Test
    void aRunningTotalUpToADayLiesWithinTheContextYearButNotOneUpToNow() {
        String day = "截止3月2日，共筹集到善款9120元。";
        String time = times.near(day, day.indexOf("9120"), day.indexOf("。"));
        assertEquals("截止3月2日", time);
        assertEquals((Integer) 2022, times.year(time, 2022, true));
        String now = "1995年起步。截止到目前，共募集资金3亿多元。";
        String upToNow = times.near(now, now.indexOf("3亿"), now.indexOf("。", now.indexOf("3亿")));
        assertEquals("截止到目前", upToNow);
        assertNull(times.year(upToNow, 2022, true));
        assertNull(times.year("近年", 2022, false)); // 近年年均发放8亿元: an average over years
    }

    @Test
    void aTimeOpeningAClauseOnItsOwnIsSetForWhatFollowsInTheParagraph() {
        assertEquals("2019年", times.topicTime("  2019年,全市各级妇联主动作为。"));
        assertEquals("2019年度", times.topicTime("2019年度，全市共发放贷款2亿元。"));
        assertEquals("2017年度", times.topicTime("2017年度江苏省儿基会共募集善款5705万元。"));
        assertNull(times.topicTime("2019年3月，市妇联召开会议。")); // a day's event, not the paragraph's year
        assertNull(times.topicTime("全市在2019年，发放贷款2亿元。"));
        assertEquals("2023年", times.topicTime("积极落实各项关爱措施,2023年,全县各级妇联开展宣讲2600余场。"));
        assertEquals("5年来", times.topicTime("5年来,他们推动发放贴息贷款1966.5万元。"));
        assertEquals("截至七月底", times.topicTime("今年以来,全区积极推进。截至七月底,全区已发放贷款827万元。"));
        assertEquals("去年", times.topicTime("去年,县妇联筹集帮扶资金80万元,结对帮扶儿童200名。"));
        assertNull(times.topicTime("当年,60名妇女每人领到了1000元贷款。")); // the year of a sentence further back
    }

    @Test
    void aRunningTotalUpToAMonthIsOfTheContextYearAndARelativeYearIsKnownAsSuch() {
        String s = "截至七月底，全区妇女贴息贷款已发放827万元。";
        String time = times.near(s, s.indexOf("827"), s.indexOf("元") + 1);
        assertEquals("截至七月底", time);
        assertEquals((Integer) 2011, times.year(time, 2011, true));
        assertEquals((Integer) 2012, times.year("截至6月", 2012, true));
        assertTrue(times.isRelative("今年7月"));
        assertTrue(times.isRelative("去年以来"));
        assertTrue(times.isRelative("9月7日"));
        assertFalse(times.isRelative("2016年"));
        assertFalse(times.isRelative("民國112年"));
        assertFalse(times.isRelative(null));
        assertTrue(times.withinTheYear("截至6月"));
        assertFalse(times.withinTheYear("2018年"));
        assertFalse(times.withinTheYear("截至目前"));
    }

    @Test
    void aYearAFigureIsComparedWithIsNotItsTime() {
        String sentence = "2018年该会筹措资金1.36亿元，比2017年增长32%，公益支出1.12亿元。";
        int at = sentence.indexOf("1.12");
        assertEquals("2018年", times.near(sentence, at, at + 7));
    }

    @Test
    void aYearlyRateAndARunningTotalFromADayOfAnEarlierYearHaveNoYear() {
        String yearly = "某公司每年捐赠善款约300万元。";
        String rate = times.near(yearly, yearly.indexOf("约300"), yearly.indexOf("。"));
        assertEquals("每年", rate);
        assertNull(times.year(rate, 2022, false));
        String since = "该项目2013年5月在我省启动以来，已发放价值640万元的邮包。";
        String period = times.near(since, since.indexOf("640"), since.indexOf("。"));
        assertEquals("2013年5月在我省启动以来", period);
        assertNull(times.year(period, 2022, true));
        assertEquals((Integer) 2013, times.year(period, 2013, true)); // within the year of the text
    }

    @Test
    void aRunningTotalUpToAYearBelongsToNoYear() {
        String sentence = "自2013年开始,协会每年都资助春蕾女童,截至2017年,历时5个年头,共捐助资助金96000元。";
        int at = sentence.indexOf("96000");
        String time = times.near(sentence, at, at + 6);
        assertEquals("截至2017年", time);
        assertNull(times.year(time, 2017, true));
        assertEquals(2017, times.year(time, 2017, false)); // a sum up to 2017 that is no running total is that year's
    }

    @Test
    void aTimeJoinedByDeToAThingStaysTheTimeOfTheSumAfterIt() {
        String storm = "在去年的暴雨中,茶园受损,县妇联为她争取了2万元补贴。";
        int at = storm.indexOf("2万元");
        assertEquals("去年", times.near(storm, at, at + 3));
        String growth = "从2011年的2.5亿元,发展到年均10亿元。";
        int later = growth.indexOf("10亿元");
        assertNull(times.near(growth, later, later + 4)); // 2011年 is the earlier sum's
    }

    @Test
    void aCutOffInAParagraphOpeningWithThisYearSoFarIsThisYearsRunningTotal() {
        assertEquals("今年以来", times.topicTime("今年以来,全市各级妇联扎实推进项目建设。"));
        assertEquals("今年以来", times.withParagraph("截至目前", "今年以来"));
        assertEquals("截至目前", times.withParagraph("截至目前", "5年来")); // a period of years: the cut-off stays
        assertEquals("2019年", times.withParagraph("2019年", "今年以来"));
        assertEquals(2016, times.year("今年以来", 2016, true));
        assertTrue(times.withinTheYear("今年以来"));
    }

    @Test
    void aYearInChineseNumeralsIsThatYear() {
        String report = "二〇一九年,县妇联为患病妇女发放救助金24万元。";
        int at = report.indexOf("24万元");
        assertEquals("二〇一九年", times.near(report, at, at + 4));
        assertEquals(2019, times.year("二〇一九年", 2020, false));
        assertNull(times.year("自二〇一五年起", 2020, true)); // the start of a running period, no year
        assertEquals("二〇一九年", times.topicTime("二〇一九年,县妇联扎实推进各项工作。"));
    }

    @Test
    void anAppealsTallyAtPressTimeIsTheContextYears() {
        String appeal = "截至记者发稿时,已收到捐款近11万元。";
        int at = appeal.indexOf("近11万元");
        String time = times.near(appeal, at, at + 5);
        assertEquals("截至记者发稿时", time);
        assertEquals(2006, times.year(time, 2006, true));
        assertNull(times.year("截至目前", 2006, true)); // a running total naming no start: no year
    }
}
