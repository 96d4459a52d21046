package org.fuliankg.generate.article;

import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.Region;
import org.fuliankg.generate.gold.KnownFacts;
import org.fuliankg.generate.material.Chance;

/**
 * A women's federation of a division, with the ways news writes it.
 *
 * @param canonical    the gold name: division name + 妇联 (成都市妇联, 凉山彝族自治州妇联)
 * @param region       its division
 * @param abbreviation the short form used once the place is clear (市妇联, 州妇联, 县妇联, 省妇联)
 */
record Federation(String canonical, Region region, String abbreviation) {

    static Federation of(Region region) {
        String name = region.name();
        String kind = name.endsWith("地区") ? "地区" : name.substring(name.length() - 1); // 市 州 县 区 省 盟 旗
        return new Federation(name + "妇联", region, kind + "妇联");
    }

    String level() {
        return region.level().code();
    }

    /** The full name, written 妇联 or 妇女联合会. */
    String fullName(Chance chance) {
        return region.name() + (chance.percent(20) ? "妇女联合会" : "妇联");
    }

    KnownFacts.Org fact() {
        return new KnownFacts.Org(canonical, "federation", level(), region.name(), false);
    }

    boolean isProvince() {
        return region.level() == OrgLevel.PROVINCE;
    }
}
