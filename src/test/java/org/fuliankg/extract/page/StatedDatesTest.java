package org.fuliankg.extract.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatedDatesTest {

    @Test
    void aDateLineWrittenDayFirstStatesItsYear() {
        assertEquals(2016, StatedDates.yearsStated("某市妇联做好对口援建工作\n\n12.10.2016  09:15\n\n一是投入8万元援建妇女之家。").most());
    }

    @Test
    void aVersionNumberOrALongerNumberStatesNoYear() {
        assertEquals(0, StatedDates.yearsStated("软件版本1.2.2016.4发布，编号3.4.20161。").most());
    }

    @Test
    void theStartOfARunningPeriodIsNotTheYearAnUndatedTextSpeaksOf() {
        assertEquals(0, StatedDates.yearsStated("婦聯會自2001年起辦理就學補助,迄今受惠學生達12305人。").most());
        assertEquals(2019, StatedDates.yearsStated("2015年以来累计救助300人。2019年，县妇联又发放救助金20万元。").most());
    }

    @Test
    void aDateWithDotsAndTheYearLastIsWrittenDayFirst() {
        assertEquals("2015-04-15", StatedDates.first("15.04.2015  15:05").orElseThrow());
        assertEquals("2015-11-10", StatedDates.first("10.11.2015  18:22").orElseThrow());
        assertEquals(Optional.empty(), StatedDates.first("软件版本1.2.2016.4发布"));
    }

    @Test
    void aSlashedDateWithTheYearLastIsWrittenDayFirstUnlessItsSecondNumberIsNoMonth() {
        assertEquals("2018-12-06", StatedDates.first("發佈時間:06/12/2018").orElseThrow());
        assertEquals("2019-12-25", StatedDates.first("发布时间:12/25/2019 10:20").orElseThrow());
        assertEquals(2018, StatedDates.yearsStated("發佈時間:06/12/2018\n婦聯總會舉辦論壇。").most());
    }

    @Test
    void anEnglishDateIsReadMonthFirstOrDayFirst() {
        assertEquals("2021-07-27", StatedDates.first(" July 27, 2021").orElseThrow());
        assertEquals("2019-10-16", StatedDates.first("Posted: Oct. 16 2019 09:30").orElseThrow());
        assertEquals("2013-09-15", StatedDates.first("妇联 on 15 September 2013 举行").orElseThrow());
        assertEquals(Optional.empty(), StatedDates.first("Mayor 12, 2019"));
    }

    @Test
    void aDateBadgeSetOverLinesShowsOneDay() {
        assertEquals(Optional.of(LocalDate.of(2008, 12, 12)), StatedDates.badge("12 2008 - 12 "));
        assertEquals(Optional.of(LocalDate.of(2011, 3, 18)), StatedDates.badge("2011-03 18 "));
        assertEquals(Optional.empty(), StatedDates.badge("2018 2019 "));
        assertEquals(Optional.empty(), StatedDates.badge("40 2008 - 12 "));
    }

    @Test
    void theMonthOfALeadTakesNoYearFromTheStartOfARunningPeriod() {
        assertEquals(0, StatedDates.yearOfMonth("工作自2010年12月启动以来成效显著。", 12));
        assertEquals(2019, StatedDates.yearOfMonth("白皮书(2019年9月)", 9));
    }

    @Test
    void anUndatedTextIsAboutAYearOnlyWhenItKeepsStatingIt() {
        String review = "问：2022年最难忘的事？答：今年9月筹集善款8万元。问：2022年的收获？答：2022年新建妇女之家12个。";
        assertEquals(2022, StatedDates.yearsStated(review).topic());
        String history = "1984年成立，1990年改名，2005年迁址，2022年换届。今年7月募得善款3万元。";
        assertEquals(0, StatedDates.yearsStated(history).topic());
        assertEquals(0, StatedDates.yearsStated(history).most()); // years stated once each: past events, none its own
    }

    @Test
    void yearsStatedOnceEachAreNoUndatedTextsOwnYear() {
        assertEquals(0, StatedDates.yearsStated("为解决难题，2011年，某基金设立。2012年，项目扩面。日前发放救助金20万元。").most());
        assertEquals(2013, StatedDates.yearsStated("2012年贷款5万元。2013年还清，2013年又获贴息。").most());
        assertEquals(2019, StatedDates.yearsStated("2019年，县妇联发放救助金20万元。").most());
    }

    @Test
    void aYearWrittenWithASpaceIsStatedToo() {
        assertEquals(2017, StatedDates.yearsStated("2017 年春节前，某区妇联为300户家庭每户送去300 元。2017 年元旦…").most());
    }

    @Test
    void aReleaseOfTaiwanIsDatedInTheRepublicOfChinasCalendar() {
        assertEquals("2023-09-02", StatedDates.first("发稿时间:112年9月2日12:25").orElseThrow());
        assertEquals("2011-10-10", StatedDates.first("民國100年10月10日").orElseThrow());
        assertEquals(Optional.empty(), StatedDates.first("建党100年来,妇联发展壮大")); // a count of years, no date
    }

    @Test
    void aBadgeOfTheYearOverTheMonthAndDayShowsThatDay() {
        assertEquals(Optional.of(LocalDate.of(2010, 1, 13)), StatedDates.badge("2010 01/13 "));
        assertEquals(Optional.of(LocalDate.of(2008, 12, 12)), StatedDates.badge("12 2008 - 12 "));
    }

    @Test
    void anUndatedReportOpeningTwoParagraphsWithOneYearIsAboutIt() {
        String report = "2019年,县妇联将继续推进培训。今年投入30万元。\n2018年,县妇联举办培训12期。\n2019年,还将评选20名。";
        assertEquals(2019, StatedDates.yearsStated(report).topic());
        assertEquals(0, StatedDates.yearsStated("2019年启动。2018年筹备。今年投入30万元。").topic()); // as often as another
    }
}
