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
