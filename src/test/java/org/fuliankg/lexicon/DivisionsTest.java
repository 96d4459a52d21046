package org.fuliankg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.fuliankg.domain.org.Region;
import org.junit.jupiter.api.Test;

class DivisionsTest {

    private final Divisions divisions = Divisions.get();

    /** The division a name written alone means, with no context and no segmenter confirmation. */
    private Optional<String> meaning(String written) {
        return divisions.nameAt(written, 0, (s, e) -> false)
                .filter(p -> p.surface().equals(written))
                .map(p -> divisions.choose(p.candidates(), null).name());
    }

    @Test
    void shortNamesOfProvincesAndPrefectures() {
        assertEquals(Optional.of("成都市"), meaning("成都"));
        assertEquals(Optional.of("江苏省"), meaning("江苏"));
        assertEquals(Optional.of("新疆维吾尔自治区"), meaning("新疆"));
        assertEquals(Optional.of("伊犁哈萨克自治州"), meaning("伊犁州"));
        assertEquals(Optional.of("伊犁哈萨克自治州"), meaning("伊犁"));
        assertEquals(Optional.of("阿坝藏族羌族自治州"), meaning("阿坝州"));
        assertEquals(Optional.of("凉山彝族自治州"), meaning("凉山州"));
        assertEquals(Optional.of("黔东南苗族侗族自治州"), meaning("黔东南州"));
    }

    @Test
    void commonWordsAndBareCountyNamesNeedConfirmation() {
        assertTrue(meaning("安康").isEmpty(), "幸福安康 is no place");
        assertTrue(meaning("友好").isEmpty(), "儿童友好 is no place");
        assertTrue(meaning("大冶").isEmpty(), "a bare county name needs the segmenter's place tag");
        assertEquals("大冶市", divisions.nameAt("大冶", 0, (s, e) -> true).map(p -> p.candidates().get(0).name()).orElseThrow());
        assertTrue(meaning("和县").isEmpty(), "和县 in 民政局和县妇联 needs confirmation");
        assertEquals(Optional.of("峨边彝族自治县"), meaning("峨边彝族自治县"));
    }

    @Test
    void theOfficialShortFormKeepingAutonomousNeedsNoConfirmation() {
        assertEquals(Optional.of("峨边彝族自治县"), meaning("峨边自治县"), "峨边自治县委: no common word");
        assertEquals(Optional.of("伊犁哈萨克自治州"), meaning("伊犁自治州"));
        assertTrue(meaning("峨边县").isEmpty(), "the short form without 自治 still needs the segmenter's tag");
    }

    @Test
    void sharedNamesPreferTheOneInsideTheKnownProvince() {
        Region beijing = divisions.byName("北京市").get(0);
        Region liaoning = divisions.byName("辽宁省").get(0);
        var chaoyang = divisions.byName("朝阳区");
        assertTrue(chaoyang.size() > 1);
        assertTrue(divisions.isWithin(divisions.choose(chaoyang, beijing), beijing));
        Region shenyang = divisions.byName("沈阳市").get(0);
        assertTrue(divisions.isWithin(divisions.choose(divisions.byName("铁西区"), shenyang), liaoning));
    }

    @Test
    void provinceOverPrefectureForTheSameShortName() {
        assertEquals(Optional.of("吉林省"), meaning("吉林"));
    }

    @Test
    void aFormerCountyNamesTheDistrictOrCityItBecameUnderItsOldName() {
        Region ledu = divisions.byName("乐都区").get(0);
        Region former = divisions.byName("乐都县").get(0);
        assertEquals(ledu.code(), former.code(), "乐都县 became 乐都区");
        assertEquals("乐都县", former.name(), "县委 on its page is 乐都县委");
        assertEquals(divisions.byName("宁乡市").get(0).code(), divisions.byName("宁乡县").get(0).code());
        assertEquals(1, divisions.byName("朝阳县").size(), "a county of that name today keeps it");
        assertTrue(divisions.byName("市中县").isEmpty(), "市中区's root reads inside 全市中县直单位");
    }
}
