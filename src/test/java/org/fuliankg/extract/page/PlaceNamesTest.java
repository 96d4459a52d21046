package org.fuliankg.extract.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.fuliankg.domain.org.Region;
import org.junit.jupiter.api.Test;

class PlaceNamesTest {

    private static String atStart(String text) {
        return PlaceNames.get().atStart(text).map(Region::name).orElse(null);
    }

    @Test
    void readsProvinceThenCityOrCountyAtTheStart() {
        assertEquals("汕头市", atStart("广东汕头开展“巾帼同心护万家”暖心关爱行动"));
        assertEquals("大冶市", atStart("湖北大冶设立妇儿关爱基金"));
        assertEquals("伊犁哈萨克自治州", atStart("新疆伊犁州妇联党组书记"));
        assertEquals("阿坝藏族羌族自治州", atStart("阿坝藏族羌族自治州妇联"));
        assertEquals("北京市", atStart("北京巧娘博物馆揭幕"));
        assertEquals("江苏省", atStart("江苏妇联下发通知"));
        assertEquals("福州市", atStart("——访福州市妇联党组书记"));
    }

    @Test
    void countyShortFormsNeedTheirProvinceFirst() {
        assertEquals(null, atStart("合作社带动妇女增收"));
        assertEquals("河间市", atStart("河北河间开拓“美丽庭院+妇女微家”新模式"));
        assertEquals(null, atStart("河间开拓新模式"));
        assertEquals(Optional.of("大冶市"), PlaceNames.get().named("大冶").map(Region::name));
    }
}
