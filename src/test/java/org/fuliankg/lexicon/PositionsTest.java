package org.fuliankg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PositionsTest {

    private final Positions positions = Positions.get();

    @Test
    void longestTitleWins() {
        assertEquals("党组书记", positions.titleAt("党组书记、主席", 0).orElseThrow().title());
        assertEquals("专职副主任", positions.titleAt("专职副主任", 0).orElseThrow().title());
        assertEquals("执委", positions.titleAt("执行委员", 0).orElseThrow().title());
    }

    @Test
    void congressDelegatesCarryTheirCongress() {
        var national = positions.titleAt("二十大女代表郭", 0).orElseThrow();
        assertEquals("党的二十大代表", national.title());
        assertEquals("第二十次全国代表大会", national.congress());
        var local = positions.titleAt("省第十二次党代会代表林", 0).orElseThrow();
        assertEquals("党代会代表", local.title());
        assertEquals("省", local.congressLevel());
        assertTrue(positions.titleAt("十大代表", 0).isPresent());
        assertTrue(positions.titleAt("二十大代表", 1).isEmpty(), "十大代表 inside 二十大代表 is no title of its own");
    }

    @Test
    void aUnitHeadNeedsItsUnitWrittenBefore() {
        assertEquals("司长", positions.titleAt("社会文化司司长", 5).orElseThrow().title());
        assertEquals("关长", positions.titleAt("海关关长", 2).orElseThrow().title());
        assertTrue(positions.titleAt("文化公司长期支持", 3).isEmpty(), "公司长期 holds no 司长");
        assertTrue(positions.titleAt("建立相关长效机制", 3).isEmpty(), "相关长效 holds no 关长");
    }

    @Test
    void theNationalCongressViceChairImpliesItsStandingCommittee() {
        assertEquals("全国人大常委会", positions.impliedOrganisation("副委员长"));
        assertEquals("副委员长", positions.titleAt("全国人大常委副委员长", 4).orElseThrow().title());
    }

    @Test
    void generalSecretaryImpliesTheCentralCommittee() {
        assertEquals("中国共产党中央委员会", positions.impliedOrganisation("总书记"));
    }

    @Test
    void surnamesIncludeCompoundOnes() {
        assertEquals(2, Surnames.get().surnameLengthAt("欧阳娜娜", 0));
        assertEquals(1, Surnames.get().surnameLengthAt("易回香", 0));
        assertEquals(0, Surnames.get().surnameLengthAt("余元", 1));
    }
}
