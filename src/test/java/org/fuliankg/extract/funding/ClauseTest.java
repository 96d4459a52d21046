package org.fuliankg.extract.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClauseTest {

    @Test
    void aCommaSettingThousandsApartIsNoClauseMark() {
        String s = "该会累计受惠学生达2,316人次,补助金额逾700万元。";
        Clause c = Clause.around(s, s.indexOf("2,316"), s.indexOf("2,316") + 5);
        assertEquals("该会累计受惠学生达2,316人次", s.substring(c.start(), c.end()));
        String list = "分两批发放,300名学生各获1,500元。"; // a mark between words stays one
        assertEquals("300名学生各获1,500元", s(list, list.indexOf("300")));
    }

    private static String s(String sentence, int at) {
        Clause c = Clause.around(sentence, at, at);
        return sentence.substring(c.start(), c.end());
    }

    @Test
    void quotedNamesAreMaskedAndQuotedSpeechIsNot() {
        String name = "开展“爱心捐赠行动”，募集善款2万元。";
        assertEquals("开展“□□□□□□”，募集善款2万元。", Clause.maskQuotes(name));
        String speech = "她说：“今年又贷了15万元，准备扩大养殖。”";
        assertEquals(speech, Clause.maskQuotes(speech));
        String rule = "将“符合条件的患病妇女给予每人一次性1万元的救助”列入民生工程。";
        assertEquals(rule, Clause.maskQuotes(rule));
    }

    @Test
    void aSumInsideAQuotedNameIsPartOfTheNameButAQuotedSumStandsAlone() {
        String campaign = "开展“家家幸福一元捐”爱心捐助活动。";
        String masked = Clause.maskQuotes(campaign);
        int at = campaign.indexOf("一元");
        assertTrue(Clause.inQuotedName(campaign, masked, at, at + 2));
        String standard = "工作经费实现妇女人均“二元钱”。";
        String maskedStandard = Clause.maskQuotes(standard);
        int two = standard.indexOf("二元");
        assertFalse(Clause.inQuotedName(standard, maskedStandard, two, two + 2));
    }
}
