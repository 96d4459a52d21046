package org.fuliankg.extract.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.fuliankg.domain.money.Qualifier;
import org.junit.jupiter.api.Test;

class MoneyExpressionsTest {

    private final MoneyExpressions money = new MoneyExpressions();

    private MoneyExpression only(String text) {
        List<MoneyExpression> found = money.find(text);
        assertEquals(1, found.size(), () -> text + " -> " + found);
        return found.get(0);
    }

    private void reads(String text, String surface, String amount, Qualifier qualifier) {
        MoneyExpression e = only(text);
        assertEquals(surface, text.substring(e.start(), e.end()));
        assertEquals(0, new BigDecimal(amount).compareTo(e.amount()), text);
        assertNull(e.maxAmount());
        assertEquals(qualifier, e.qualifier(), text);
    }

    @Test
    void aMultiplierAfterYiCountsOnlyThePartAfterIt() {
        reads("捐赠数额达十二亿三千余万元", "十二亿三千余万元", "1230000000", Qualifier.AT_LEAST);
        reads("金額七億八千餘萬元", "七億八千餘萬元", "780000000", Qualifier.AT_LEAST);
        reads("募集三千余万元", "三千余万元", "30000000", Qualifier.AT_LEAST);
    }

    @Test
    void aNumberOfWanJoinedToTheSumAfterItSharesItsYuan() {
        List<MoneyExpression> found = money.find("资助上限分别为20万及50万元。");
        assertEquals(2, found.size());
        assertEquals(0, new BigDecimal("200000").compareTo(found.get(0).amount()));
        assertEquals(0, new BigDecimal("500000").compareTo(found.get(1).amount()));
        assertEquals(1, money.find("2019年及2020万元").size(), "a year is no sum");
    }

    @Test
    void englishSumsNeedTheirCurrencyAndKeepIt() {
        reads("The association donated 40,000 yuan to the school.", "40,000 yuan", "40000", Qualifier.EXACT);
        reads("to raise more than 2.75 million yuan over the past decade", "more than 2.75 million yuan", "2750000",
                Qualifier.AT_LEAST);
        reads("In the first half, about 12.4 billion yuan in small loans", "about 12.4 billion yuan", "12400000000",
                Qualifier.APPROXIMATE);
        MoneyExpression usd = only("a gift of US $3,200 to the fund");
        assertEquals(0, new BigDecimal("3200").compareTo(usd.amount()));
        assertEquals("USD", usd.currency());
        assertEquals("HKD", only("raised HK$1.5 million for the girls").currency());
        assertEquals("USD", only("worth 120 million U.S. dollars").currency());
        assertTrue(money.find("helped 1.2 million women and 3,400 girls").isEmpty(), "no currency, no sum");
    }

    @Test
    void aBareUnitAfterAnAmountWordIsALostNumber() {
        assertTrue(money.find("已理赔患病妇女25名，理赔总金额万元。").isEmpty());
    }

    @Test
    void arabicAmountsWithMultipliersAndDecimals() {
        reads("筹集善款727.08万元,位居全省第一", "727.08万元", "7270800", Qualifier.EXACT);
        reads("省财政投入12.5亿元用于民生", "12.5亿元", "1250000000", Qualifier.EXACT);
        reads("共捐赠1,250,000元", "1,250,000元", "1250000", Qualifier.EXACT);
        reads("奖励３０００元", "３０００元", "3000", Qualifier.EXACT);
        reads("筹集善款 100 万元。", "100 万元", "1000000", Qualifier.EXACT);
        reads("区妇联汇集资金近 80 万元", "近 80 万元", "800000", Qualifier.APPROXIMATE);
        reads("全县财政收入突破8亿元", "突破8亿元", "800000000", Qualifier.AT_LEAST);
    }

    @Test
    void chineseNumerals() {
        reads("每人发放一万元慰问金", "一万元", "10000", Qualifier.EXACT);
        reads("资助两千元", "两千元", "2000", Qualifier.EXACT);
        reads("共募集三十五万元", "三十五万元", "350000", Qualifier.EXACT);
        reads("捐出一百余万元", "一百余万元", "1000000", Qualifier.AT_LEAST);
    }

    @Test
    void sumsWrittenInPartsAreOneSum() {
        reads("补助金额高达新台币2亿4871万3000元", "2亿4871万3000元", "248713000", Qualifier.EXACT);
        reads("累計補助金額已達1億零456萬元", "1億零456萬元", "104560000", Qualifier.EXACT);
        reads("金额超过61234万8000元", "超过61234万8000元", "612348000", Qualifier.AT_LEAST);
        reads("募集善款5万3000元", "5万3000元", "53000", Qualifier.EXACT);
        reads("补助金额827萬3千元", "827萬3千元", "8273000", Qualifier.EXACT);
        reads("资助金额6万2千5百元", "6万2千5百元", "62500", Qualifier.EXACT);
        reads("拨付2亿元", "2亿元", "200000000", Qualifier.EXACT);
    }

    @Test
    void aSumInAnotherCurrencyKeepsItsAmountAndCode() {
        assertCurrency("已筹得超过200萬港元善款", "超过200萬港元", "2000000", "HKD");
        assertCurrency("资金100万美元", "100万美元", "1000000", "USD");
        assertCurrency("捐出1,000萬港幣", "1,000萬港幣", "10000000", "HKD");
        assertCurrency("补助金额高达新台币2亿4871万3000元", "2亿4871万3000元", "248713000", "TWD");
        assertCurrency("港币100万元用于助学", "100万元", "1000000", "HKD");
        assertCurrency("海外侨胞捐赠5万美元", "5万美元", "50000", "USD");
        assertCurrency("募集善款5万元", "5万元", "50000", "CNY");
        assertCurrency("人民币30万元", "30万元", "300000", "CNY");
    }

    private void assertCurrency(String text, String surface, String amount, String currency) {
        MoneyExpression e = only(text);
        assertEquals(surface, text.substring(e.start(), e.end()));
        assertEquals(0, new BigDecimal(amount).compareTo(e.amount()), text);
        assertEquals(currency, e.currency(), text);
    }

    @Test
    void aSumOfWanWithTheMoneyNamedAfterItOrAnAmountWordBefore() {
        reads("为12名贫困妇女发放了6.3万救助金", "6.3万", "63000", Qualifier.EXACT);
        reads("救助金额为148.5万。", "148.5万", "1485000", Qualifier.EXACT);
        reads("为154名创业妇女发放了2663万小额贴息贷款", "2663万", "26630000", Qualifier.EXACT);
        assertTrue(new MoneyExpressions().find("5万妇女获得贷款支持").isEmpty(), "5万妇女 are people");
        assertTrue(new MoneyExpressions().find("为3名救助金申请人登记").isEmpty(), "3名 is no sum");
    }

    @Test
    void traditionalScriptLeftByTheNormaliser() {
        reads("去年全省共籌集春蕾計劃善款2300餘萬元", "2300餘萬元", "23000000", Qualifier.AT_LEAST);
        reads("認捐三百萬元", "三百萬元", "3000000", Qualifier.EXACT);
        reads("撥款兩億元", "兩億元", "200000000", Qualifier.EXACT);
    }

    @Test
    void qualifiers() {
        reads("基金达184万余元", "184万余元", "1840000", Qualifier.AT_LEAST);
        reads("劝募资金1000余万元", "1000余万元", "10000000", Qualifier.AT_LEAST);
        reads("投入200多万元", "200多万元", "2000000", Qualifier.AT_LEAST);
        reads("筹集超过50万元", "超过50万元", "500000", Qualifier.AT_LEAST);
        reads("捐款10万元以上", "10万元以上", "100000", Qualifier.AT_LEAST);
        reads("筹集公益资金近500万元", "近500万元", "5000000", Qualifier.APPROXIMATE);
        reads("将近3万元", "将近3万元", "30000", Qualifier.APPROXIMATE);
        reads("约合8千元", "约合8千元", "8000", Qualifier.APPROXIMATE);
        reads("花费5000元左右", "5000元左右", "5000", Qualifier.APPROXIMATE);
    }

    @Test
    void rangesShareTheirMultiplier() {
        MoneyExpression salary = only("待遇1780-3300元不等");
        assertEquals(Qualifier.RANGE, salary.qualifier());
        assertEquals(0, new BigDecimal("1780").compareTo(salary.amount()));
        assertEquals(0, new BigDecimal("3300").compareTo(salary.maxAmount()));
        MoneyExpression grant = only("每户补助2至3万元");
        assertEquals(0, new BigDecimal("20000").compareTo(grant.amount()));
        assertEquals(0, new BigDecimal("30000").compareTo(grant.maxAmount()));
        MoneyExpression repeated = only("每户补助10万元至20万元");
        assertEquals(0, new BigDecimal("100000").compareTo(repeated.amount()));
        assertEquals(0, new BigDecimal("200000").compareTo(repeated.maxAmount()));
        MoneyExpression colloquial = only("光卖花椒就收入五六万元");
        assertEquals(Qualifier.RANGE, colloquial.qualifier());
        assertEquals(0, new BigDecimal("50000").compareTo(colloquial.amount()));
        assertEquals(0, new BigDecimal("60000").compareTo(colloquial.maxAmount()));
        MoneyExpression chinese = only("奖励五千到一万元");
        assertEquals(0, new BigDecimal("5000").compareTo(chinese.amount()));
        assertEquals(0, new BigDecimal("10000").compareTo(chinese.maxAmount()));
    }

    @Test
    void bareNumbersAfterMoneyWordsAreMoney() {
        reads("村妇联搞了个义卖,捐款5万,全给了村小学", "5万", "50000", Qualifier.EXACT);
        reads("争取资金100万用于修路", "100万", "1000000", Qualifier.EXACT);
        reads("善款共计3.5万余", "3.5万余", "35000", Qualifier.AT_LEAST);
        reads("爱心企业捐献10万\n", "10万", "100000", Qualifier.EXACT);
    }

    @Test
    void countsAreNotMoney() {
        assertTrue(money.find("发动捐款167435人次,开展宣讲5.8万场次,创建合作社1362个,发放健康包4000份").isEmpty());
        assertTrue(money.find("捐赠4000份防疫健康包,资金3个批次到位").isEmpty());
        assertTrue(money.find("种植油樟1.13万亩,安全行驶130多万公里,2012—2022年").isEmpty());
        assertTrue(money.find("元旦期间推进多元化服务,二〇二二年").isEmpty());
    }

    @Test
    void aUnitWithNoDigitBeforeItCountsOne() {
        reads("筹集帮扶资金百万元,结对帮扶困境儿童", "百万元", "1000000", Qualifier.EXACT);
        reads("项目总投入近千万元", "近千万元", "10000000", Qualifier.APPROXIMATE);
        reads("人均纯收入达到万余元", "万余元", "10000", Qualifier.AT_LEAST);
        reads("十名优秀学生接过了千元奖励", "千元", "1000", Qualifier.EXACT);
        assertTrue(money.find("村里出了好几个万元户").isEmpty());
        assertTrue(money.find("投入数百万元").isEmpty());
        assertTrue(money.find("经济损失数以亿元").isEmpty());
    }

    @Test
    void vagueSumsAreLeftOut() {
        assertTrue(money.find("投入数十万元,上百万元的设备").isEmpty());
    }

    @Test
    void absurdSumsAreSkippedWithoutFailing() {
        assertTrue(money.find("资金99999999999亿元").isEmpty());
        assertTrue(money.find("捐款" + "9".repeat(40) + "元").isEmpty());
        assertEquals(1, money.find("资金99999999999亿元,另捐款3万元").size());
        assertTrue(money.find("另有1e308元和00000000000000000000001万元").isEmpty());
    }

    @Test
    void countsAfterAMoneyWordAndWordsStartingWithADigitAreNotSums() {
        assertTrue(money.find("累计发放小额担保贷款2210笔").isEmpty());
        assertTrue(money.find("爱心企业捐赠了3.5吨消毒物资").isEmpty());
        assertTrue(money.find("每人1万元的救助金一定程度上缓解了困难").stream().noneMatch(e -> e.amount().intValue() == 1));
    }

    @Test
    void aVagueWordBeforeArabicDigitsIsNoVagueness() {
        reads("在超额完成300万元贷款任务的基础上", "300万元", "3000000", Qualifier.EXACT);
        assertTrue(money.find("成千上万元的捐款").isEmpty());
        assertTrue(money.find("上百万元的物资").isEmpty());
    }
}
