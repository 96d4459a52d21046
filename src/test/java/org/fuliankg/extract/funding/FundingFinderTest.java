package org.fuliankg.extract.funding;

import static org.fuliankg.extract.AnnotatedTexts.federation;
import static org.fuliankg.extract.AnnotatedTexts.mention;
import static org.fuliankg.extract.AnnotatedTexts.organisation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.domain.money.FundingFigure;
import org.fuliankg.domain.money.FundingRole;
import org.fuliankg.domain.Item;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.org.OrganisationMention;
import org.fuliankg.domain.people.Post;
import org.fuliankg.domain.people.PostEvent;
import org.fuliankg.domain.people.PostHolder;
import org.fuliankg.domain.money.Qualifier;
import org.fuliankg.domain.text.Span;
import org.fuliankg.extract.AnnotatedTexts;
import org.fuliankg.extract.programme.ProgrammeFinder;
import org.junit.jupiter.api.Test;

/** Short texts in styles other than the seeds, through the real annotator and programme finder. */
class FundingFinderTest {

    private final FundingFinder fundings = new FundingFinder();
    private final ProgrammeFinder programmes = new ProgrammeFinder();

    private List<FundingFigure> find(AnnotatedText text, List<OrganisationMention> orgs) {
        return fundings.find(text, List.of(), orgs, programmes.find(text));
    }

    private List<FundingFigure> find(String text) {
        return find(AnnotatedTexts.of(text), List.of());
    }

    private static void is(FundingFigure f, String surface, String amount, Qualifier q, FundingRole role) {
        assertEquals(surface, f.span().surface());
        assertEquals(0, new BigDecimal(amount).compareTo(f.amount()), surface);
        assertEquals(q, f.qualifier(), surface);
        assertEquals(role, f.role(), surface);
    }

    @Test
    void reliefMoneyTakesTheSchemeOfTheLeadNotItsScreeningNorALaterActsScheme() {
        String s = "某市妇联联合实施贫困母亲“暖心”公益行动，救助《“两癌”筛查系统》中未救助的患病妇女。"
                + "目前，已筹集爱心企业资金12万元救助12名妇女。"
                + "乙市妇联争取市民政局10万元救助10名患病妇女同时，还把女性安康保险作为有效补充。";
        List<FundingFigure> found = find(s);
        assertEquals(2, found.size());
        assertEquals("贫困母亲暖心公益行动", found.get(0).programme() == null ? null
                : found.get(0).programme().name().replace("“", "").replace("”", ""));
        assertTrue(found.get(1).programme() == null || !found.get(1).programme().name().contains("安康"),
                "the insurance is a further act's");
    }

    @Test
    void aBodysTotalsOnAPageOfTwoPeerSchemesAreNoOneSchemes() {
        String s = "某基金会去年接受捐赠款物2.3亿元，超过50万人在其开展的“春蕾计划”和“母亲水窖”两大公益项目中受益。"
                + "其中，“春蕾计划”资助支出6000万元。全年行政费用支出是120万元。";
        List<FundingFigure> found = find(s);
        assertEquals(3, found.size());
        assertNull(found.get(0).programme(), "the body's income");
        assertEquals("春蕾计划", found.get(1).programme().name());
        assertNull(found.get(2).programme(), "the body's own costs");
    }

    @Test
    void raisedMoneyAndAPerPersonRateWithGiversAndBeneficiaries() {
        String s = "2021年，A县妇联联合A县慈善会筹集善款35万元，为120名困境儿童发放助学金，每人3000元。";
        AnnotatedText text = AnnotatedTexts.of(s);
        Organisation fed = federation("A县妇联");
        Organisation charity = organisation("A县慈善会", OrgType.FOUNDATION);
        List<FundingFigure> found = find(text, List.of(mention(text, fed, "A县妇联", 0),
                mention(text, charity, "A县慈善会", 0)));
        assertEquals(2, found.size());
        FundingFigure raised = found.get(0);
        is(raised, "35万元", "350000", Qualifier.EXACT, FundingRole.RAISED);
        assertEquals(List.of(fed, charity), raised.givers());
        assertEquals(fed, raised.administrator());
        assertEquals("善款", raised.what());
        assertEquals("2021年", raised.time());
        assertEquals(120L, raised.beneficiaries().count());
        assertEquals("困境儿童", raised.beneficiaries().description());
        is(found.get(1), "3000元", "3000", Qualifier.EXACT, FundingRole.PER_PERSON);
    }

    @Test
    void goodsDonatedToARecipientInChineseNumerals() {
        String s = "地震发生后，市女企业家协会向市妇联捐赠价值一百二十万元的生活物资。";
        AnnotatedText text = AnnotatedTexts.of(s);
        Organisation association = organisation("市女企业家协会", OrgType.ASSOCIATION);
        Organisation fed = federation("市妇联");
        List<FundingFigure> found = find(text, List.of(mention(text, association, "市女企业家协会", 0),
                mention(text, fed, "市妇联", 8)));
        assertEquals(1, found.size());
        is(found.get(0), "一百二十万元", "1200000", Qualifier.EXACT, FundingRole.VALUE_OF_GOODS);
        assertEquals(List.of(association), found.get(0).givers());
        assertEquals(List.of(fed), found.get(0).recipients());
        assertEquals("生活物资", found.get(0).what());
    }

    @Test
    void loansInYiAreLoansEvenWhenTotalled() {
        List<FundingFigure> found = find("截至目前，全省累计发放妇女创业担保贷款12.5亿元，扶持3.2万名妇女创业就业。");
        assertEquals(1, found.size());
        is(found.get(0), "12.5亿元", "1250000000", Qualifier.EXACT, FundingRole.LOAN);
        assertEquals("妇女小额担保贷款", found.get(0).programme().name());
        assertEquals(32000L, found.get(0).beneficiaries().count());
    }

    @Test
    void projectFundsPutInPlaceAreAllocated() {
        List<FundingFigure> found = find("全年共实施项目15个，落实项目资金2.4亿元。");
        assertEquals(1, found.size());
        is(found.get(0), "2.4亿元", "240000000", Qualifier.EXACT, FundingRole.ALLOCATED);
    }

    @Test
    void averagesPerPerson() {
        List<FundingFigure> found = find("培训结束后，参训妇女人均年增收约6000元。");
        assertEquals(1, found.size());
        is(found.get(0), "约6000元", "6000", Qualifier.APPROXIMATE, FundingRole.PER_PERSON);
    }

    @Test
    void forumPostWithoutYuan() {
        List<FundingFigure> found = find("楼主说：今年我们村妇联搞了个义卖，大伙捐款5万，全给了村小学，还有200多人次来帮忙。大家觉得咋样？");
        assertEquals(1, found.size());
        is(found.get(0), "5万", "50000", Qualifier.EXACT, FundingRole.DONATED);
        assertEquals("今年", found.get(0).time());
    }

    @Test
    void traditionalStylePageWithCornerQuotesAndPledges() {
        // a Taiwan/Hong Kong style page (「」 quotes, 二〇二二年, 本会) after conversion to simplified script
        List<FundingFigure> found = find("本会于二〇二二年举办「春蕾计划」助学活动。基金会本年度认捐款项约三百万元，资助清寒女童二百名。");
        assertEquals(1, found.size());
        is(found.get(0), "约三百万元", "3000000", Qualifier.APPROXIMATE, FundingRole.PLEDGED);
        assertEquals(200L, found.get(0).beneficiaries().count());
    }

    @Test
    void salaryRanges() {
        List<FundingFigure> found = find("改革后，村（社区）妇联主席每月工资2000～3500元不等。");
        assertEquals(1, found.size());
        FundingFigure f = found.get(0);
        assertEquals(Qualifier.RANGE, f.qualifier());
        assertEquals(FundingRole.SALARY, f.role());
        assertEquals(0, new BigDecimal("3500").compareTo(f.maxAmount()));
    }

    @Test
    void budgetsAllocationsAndFundSizes() {
        List<FundingFigure> found = find("2023年妇女儿童工作预算资金800万元。省财政下拨专项资金1.2亿元，用于两癌救助。"
                + "该基金规模已达2000万元。县妇联联合爱心企业设立300万元的巾帼关爱基金。");
        assertEquals(4, found.size());
        is(found.get(0), "800万元", "8000000", Qualifier.EXACT, FundingRole.BUDGET);
        is(found.get(1), "1.2亿元", "120000000", Qualifier.EXACT, FundingRole.ALLOCATED);
        assertEquals("两癌救助", found.get(1).programme().name());
        is(found.get(2), "2000万元", "20000000", Qualifier.EXACT, FundingRole.FUND_SIZE);
        is(found.get(3), "300万元", "3000000", Qualifier.EXACT, FundingRole.FUND_SIZE);
    }

    @Test
    void receivedGrantsNameTheirGiversAndProgramme() {
        String s = "B县获得中国妇女发展基金会“母亲水窖”项目资金50万元，惠及1200户群众。";
        AnnotatedText text = AnnotatedTexts.of(s);
        Organisation cwdf = organisation("中国妇女发展基金会", OrgType.FOUNDATION);
        List<FundingFigure> found = find(text, List.of(mention(text, cwdf, "中国妇女发展基金会", 0)));
        assertEquals(1, found.size());
        is(found.get(0), "50万元", "500000", Qualifier.EXACT, FundingRole.DONATED);
        assertEquals(List.of(cwdf), found.get(0).givers());
        assertNull(found.get(0).administrator());
        assertEquals("母亲水窖", found.get(0).programme().name());
        assertEquals(1200L, found.get(0).beneficiaries().count());
    }

    @Test
    void totalsOverSeveralYearsAreCumulativeAndFallBackToTheFederationOfTheItem() {
        String s = "C市妇联高度重视困境女童帮扶。2015—2022年，共募集资金3000余万元，资助女童1.2万名。";
        AnnotatedText text = AnnotatedTexts.of(s);
        Organisation fed = federation("C市妇联");
        List<FundingFigure> found = find(text, List.of(mention(text, fed, "C市妇联", 0)));
        assertEquals(1, found.size());
        is(found.get(0), "3000余万元", "30000000", Qualifier.AT_LEAST, FundingRole.RAISED);
        assertTrue(found.get(0).cumulative(), "共 in a sentence over 2015—2022");
        assertTrue(found.get(0).givers().isEmpty());
        assertEquals(fed, found.get(0).administrator());
        assertEquals("2015—2022年", found.get(0).time());
        assertEquals(12000L, found.get(0).beneficiaries().count());
    }

    @Test
    void withoutAnOrganisationInTheSentenceTheItemsFederationAdministers() {
        String s = "D市妇联党组书记、主席 王芳\n答：E县妇联开展了义诊。我们今年实施“春蕾计划”，募集助学金80万元。"
                + "她累计投入公益资金200多万元。";
        AnnotatedText text = AnnotatedTexts.of(s);
        Organisation city = federation("D市妇联");
        Organisation county = federation("E县妇联");
        List<OrganisationMention> orgs = List.of(mention(text, city, "D市妇联", 0), mention(text, county, "E县妇联", 0));
        Span whole = new Span(0, s.length(), s, s);
        PostHolder chair = new PostHolder("王芳", List.of(new Post("主席", city, PostEvent.STATED, orgs.get(0).span())),
                orgs.get(0).span());
        Item interview = new Item(1, whole, null, null, List.of(), null, null, null, chair);
        List<FundingFigure> found = fundings.find(text, List.of(interview), orgs, programmes.find(text));
        assertEquals(2, found.size());
        is(found.get(0), "80万元", "800000", Qualifier.EXACT, FundingRole.RAISED);
        assertEquals(city, found.get(0).administrator(), "the interviewee's federation, not the nearest one");
        assertEquals("春蕾计划", found.get(0).programme().name());
        is(found.get(1), "200多万元", "2000000", Qualifier.AT_LEAST, FundingRole.SPENT);
        assertTrue(found.get(1).cumulative(), "累计");
        assertNull(found.get(1).administrator(), "a person gave it");
    }

    @Test
    void partsBetweenSemicolonsHaveTheirOwnGiversAndPaidStaffAreRecipients() {
        String s = "F州女企业家协会捐款捐物22万余元；G集团向灾区捐赠价值64万元的物资。H县村妇联主席待遇1500-2000元不等。";
        AnnotatedText text = AnnotatedTexts.of(s);
        Organisation association = organisation("F州女企业家协会", OrgType.ASSOCIATION);
        Organisation company = organisation("G集团", OrgType.COMPANY);
        Organisation village = new Organisation("H县村妇联", OrgType.FEDERATION, OrgLevel.VILLAGE, null, true);
        List<FundingFigure> found = find(text, List.of(mention(text, association, "F州女企业家协会", 0),
                mention(text, company, "G集团", 0), mention(text, village, "H县村妇联", 0)));
        assertEquals(3, found.size());
        assertEquals(List.of(association), found.get(0).givers());
        is(found.get(1), "64万元", "640000", Qualifier.EXACT, FundingRole.VALUE_OF_GOODS);
        assertEquals(List.of(company), found.get(1).givers());
        assertNull(found.get(1).administrator());
        assertEquals(FundingRole.SALARY, found.get(2).role());
        assertEquals(List.of(village), found.get(2).recipients());
        assertTrue(found.get(2).givers().isEmpty());
    }

    @Test
    void fundsSecuredFromAboveAreAllocatedAndMoneyPutInIsSpent() {
        List<FundingFigure> found = find("全年争取各类帮扶资金1560万元,街道投入专项经费5万元。");
        assertEquals(2, found.size());
        is(found.get(0), "1560万元", "15600000", Qualifier.EXACT, FundingRole.ALLOCATED);
        assertEquals("各类帮扶资金", found.get(0).what());
        is(found.get(1), "5万元", "50000", Qualifier.EXACT, FundingRole.SPENT);
    }

    @Test
    void tvTranscriptLoansAndIncome() {
        List<FundingFigure> found = find("市妇联副主席：去年我们联合邮储银行推出了“巾帼贷”，单笔最高可贷30万元，已经放款4.6亿元。\n"
                + "村民李大姐：以前一年挣不到一万块钱，现在光卖花椒就收入五六万元。");
        assertEquals(4, found.size());
        is(found.get(0), "30万元", "300000", Qualifier.EXACT, FundingRole.PER_PERSON); // a cap per borrower
        is(found.get(1), "4.6亿元", "460000000", Qualifier.EXACT, FundingRole.LOAN);
        assertNull(found.get(1).what());
        is(found.get(2), "一万块钱", "10000", Qualifier.EXACT, FundingRole.OTHER);
        assertEquals(Qualifier.RANGE, found.get(3).qualifier());
    }

    @Test
    void aTotalEarlierInASentenceOverYearsCoversTheSumsAfterIt() {
        List<FundingFigure> found = find("该项目自2015年启动以来，已累计资助困境女大学生3800余名，发放助学金1900余万元。");
        assertEquals(1, found.size());
        is(found.get(0), "1900余万元", "19000000", Qualifier.AT_LEAST, FundingRole.DISBURSED);
        assertTrue(found.get(0).cumulative());
        assertEquals(3800L, found.get(0).beneficiaries().count());
        assertEquals(Qualifier.AT_LEAST, found.get(0).beneficiaries().qualifier());
    }

    @Test
    void aPartOfARunningTotalSharesItsPeriodButAPartOfOneActDoesNot() {
        List<FundingFigure> found = find("今年以来，某县妇联累计发放创业贴息贷款1200万元。其中获贷金额共计800万元。"
                + "县妇联为12名女童每人发放500元。其中6000元由爱心企业捐赠。");
        assertEquals(List.of(true, true, false, false), found.stream().map(FundingFigure::cumulative).toList());
    }

    @Test
    void allocationsFromOneFederationToAnother() {
        String s = "灾情发生后，J省妇联第一时间向K州妇联拨付救灾资金50万元。";
        AnnotatedText text = AnnotatedTexts.of(s);
        Organisation province = federation("J省妇联");
        Organisation prefecture = federation("K州妇联");
        List<FundingFigure> found = find(text, List.of(mention(text, province, "J省妇联", 0),
                mention(text, prefecture, "K州妇联", 0)));
        assertEquals(1, found.size());
        is(found.get(0), "50万元", "500000", Qualifier.EXACT, FundingRole.ALLOCATED);
        assertEquals(List.of(province), found.get(0).givers());
        assertEquals(List.of(prefecture), found.get(0).recipients());
        assertEquals(province, found.get(0).administrator());
        assertEquals("救灾资金", found.get(0).what());
    }

    @Test
    void countsAloneAreNoFunding() {
        assertTrue(find("全年开展活动320场次，服务群众5.8万人次，发放宣传册1万份，建成妇女之家86个，表彰最美家庭45户。")
                .isEmpty());
    }

    @Test
    void absurdAmountsDoNotStopTheRest() {
        List<FundingFigure> found = find("据称筹集资金99999999999亿元。另有爱心人士捐款3万元。");
        assertEquals(1, found.size());
        is(found.get(0), "3万元", "30000", Qualifier.EXACT, FundingRole.DONATED);
    }

    @Test
    void theVerbDecidesTheRoleAndARunningTotalIsKeptApart() {
        List<FundingFigure> found = find("2011年至2020年，中央专项彩票公益金累计投入9.6亿元。今年预计安排资金2亿元。"
                + "她收到了1万元的救助金。县妇联发放人均1万元的救助金及慰问品。捐赠物资折合约为12万元。");
        assertEquals(5, found.size());
        is(found.get(0), "9.6亿元", "960000000", Qualifier.EXACT, FundingRole.SPENT);
        assertTrue(found.get(0).cumulative());
        is(found.get(1), "2亿元", "200000000", Qualifier.EXACT, FundingRole.BUDGET);
        assertFalse(found.get(1).cumulative());
        is(found.get(2), "1万元", "10000", Qualifier.EXACT, FundingRole.DISBURSED);
        is(found.get(3), "1万元", "10000", Qualifier.EXACT, FundingRole.PER_PERSON);
        is(found.get(4), "约为12万元", "120000", Qualifier.APPROXIMATE, FundingRole.VALUE_OF_GOODS);
    }

    @Test
    void beneficiariesComeFromTheSumsOwnStretchOfTheSentence() {
        List<FundingFigure> found = find("县妇联为12名患病妇女发放救助金12万元，另向学校捐赠价值3万元的图书，资助困境女童40名。");
        assertEquals(2, found.size());
        assertEquals(12L, found.get(0).beneficiaries().count());
        assertEquals(40L, found.get(1).beneficiaries().count(), "the count after the sum, not the other sum's");
    }
}
