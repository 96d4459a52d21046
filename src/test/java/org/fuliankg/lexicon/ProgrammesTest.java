package org.fuliankg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.fuliankg.domain.ProgrammeKind;
import org.junit.jupiter.api.Test;

class ProgrammesTest {

    private final Programmes lexicon = Programmes.standard();

    @Test
    void variantsAndSlipsLeadToTheCanonicalProgramme() {
        assertEquals("春蕾计划", lexicon.byName("春营计划").name());
        assertEquals("春蕾计划", lexicon.byName("春蕾女童帮扶计划").name());
        assertEquals("百千万巾帼大宣讲", lexicon.byName("巾帼大宣讲").name());
        assertEquals(ProgrammeKind.TWO_CANCER, lexicon.byName("关爱女性保障计划").kind());
        assertEquals("妇女小额担保贷款", lexicon.byName("女性创业贷款").name());
        assertNull(lexicon.byName("两癌"));
    }

    @Test
    void prefixEntriesCoverSloganExtensions() {
        assertEquals("巾帼心向党", lexicon.byName("巾帼心向党·奋进新征程").name());
        assertNull(lexicon.byName("最美家庭风采展"), "exact entries do not match by prefix");
    }

    @Test
    void findsTheLongestVariantAtEachPlace() {
        List<Programmes.Match> found = lexicon.findIn("深化家家幸福安康工程,争创国家儿童友好城市,开展99公益日活动");
        assertEquals(List.of("家家幸福安康工程", "国家儿童友好城市", "99公益日"),
                found.stream().map(Programmes.Match::variant).toList());
        assertEquals("儿童友好城市", found.get(1).programme().name());
    }
}
