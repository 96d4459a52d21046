package org.fuliankg.extract.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.fuliankg.domain.money.FundingFigure;
import org.fuliankg.extract.PipelineFacts;
import org.junit.jupiter.api.Test;

/** The year and the time a dated page's figures carry once {@link FigureYears} has read them. */
class FigureYearsTest {

    private static final String PAGE = """
            某县为困难母亲送去救助金

            发布时间：2024-05-20

            5月18日，某县妇联为15名困难母亲发放救助金4.5万元。据介绍，该项目的补助标准为每人一次性3000元。
            """;

    @Test
    void aStandardStatedBeforeItsSumHasNoYearAndNoTimeWhileTheActKeepsThePagesYear() {
        List<FundingFigure> figures = PipelineFacts.run(PAGE).fundings();
        FundingFigure act = figures.stream().filter(f -> f.span().surface().equals("4.5万元")).findFirst().orElseThrow();
        FundingFigure standard = figures.stream().filter(f -> f.span().surface().equals("3000元")).findFirst().orElseThrow();
        assertEquals(2024, act.year());
        assertNull(standard.year(), "a scheme's standard is of no single year");
        assertNull(standard.time(), "the standard's mark is no time a researcher reads");
    }
}
