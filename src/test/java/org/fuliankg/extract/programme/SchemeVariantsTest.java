package org.fuliankg.extract.programme;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fuliankg.domain.programme.Programme;
import org.fuliankg.domain.programme.ProgrammeKind;
import org.junit.jupiter.api.Test;

class SchemeVariantsTest {

    private static Programme named(String name) {
        return new Programme(name, ProgrammeKind.OTHER, false);
    }

    @Test
    void oneSchemeWithOrWithoutItsPlaceQualifiersAndKindWord() {
        assertTrue(SchemeVariants.sameScheme(named("江西省妇女创业贷款贴息"), named("农村妇女创业贷款贴息项目")));
        assertTrue(SchemeVariants.sameScheme(named("江西省农村妇女创业贷款贴息项目"), named("农村妇女创业贷款贴息项目")));
        assertTrue(SchemeVariants.sameScheme(named("低收入妇女健康救助"), named("江西省低收入妇女健康救助")));
    }

    @Test
    void aHeadOfItsOwnOrAShortSharedWordIsAnotherScheme() {
        assertFalse(SchemeVariants.sameScheme(named("巾帼科技致富工程"), named("巾帼科技致富示范村")));
        assertFalse(SchemeVariants.sameScheme(named("春蕾计划"), named("春蕾计划圆梦行动")));
        assertFalse(SchemeVariants.sameScheme(named("助学行动"), named("蒲公英助学行动"))); // too short a core
    }
}
