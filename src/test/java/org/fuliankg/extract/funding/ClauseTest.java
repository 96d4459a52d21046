package org.fuliankg.extract.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClauseTest {

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
