package org.fuliankg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.fuliankg.domain.programme.ProgrammeKind;
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

    @Test
    void namedTwoCancerSchemesAreProgrammesOfTheirOwnUnderTheGenericClass() {
        assertEquals("低收入妇女两癌救助", lexicon.byName("低收入妇女‘两癌’救助").name(), "quote marks inside a name");
        assertEquals("贫困母亲两癌救助", lexicon.byName("贫困母亲“两癌”救助专项基金").name(), "a fund suffix is an alias");
        assertEquals("农村贫困母亲两癌救助", lexicon.byName("农村贫困母亲两癌救助中央专项彩票公益金").name(),
                "the scheme under its name with 农村, as written");
        assertEquals("两癌救助", lexicon.byName("低收入妇女两癌救助").broader());
        assertEquals("两癌筛查", lexicon.byName("农村妇女两癌免费检查").broader());
        assertNull(lexicon.byName("两癌救助").broader());
        assertEquals(List.of("两癌救助", "两癌筛查"),
                lexicon.generics().stream().map(p -> p.name()).sorted().toList());
    }

    @Test
    void quoteMarksInsideANameDoNotHideIt() {
        List<Programmes.Match> found = lexicon.findIn("市妇联做好低收入妇女“两癌”救助项目申报。");
        assertEquals("低收入妇女两癌救助", found.get(0).programme().name());
        assertEquals("低收入妇女“两癌”救助项目", "市妇联做好低收入妇女“两癌”救助项目申报。".substring(found.get(0).start(), found.get(0).end()));
    }
}
