package org.fuliankg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.org.Region;
import org.fuliankg.lexicon.Divisions;
import org.junit.jupiter.api.Test;

class OrganisationResolverTest {

    private final OrganisationResolver resolver = new OrganisationResolver();
    private final Region chengdu = Divisions.get().byCode("510100").orElseThrow();
    private final Region sichuan = Divisions.get().byCode("510000").orElseThrow();

    @Test
    void aFederationIsOneNodeHoweverItIsWritten() {
        for (Organisation written : List.of(
                federation("成都市妇联", OrgLevel.PREFECTURE, chengdu),
                federation("成都妇联", null, null),
                federation("成都市妇女联合会", null, null),
                federation("市妇联", OrgLevel.PREFECTURE, chengdu))) {
            ResolvedOrganisation r = resolver.resolve(written);
            assertEquals("510100-妇联", r.key(), written.name());
            assertEquals("成都市妇联", r.name());
            assertTrue(r.administrativeFederation());
        }
        assertEquals("000000-妇联", resolver.resolve(federation("全国妇联", null, null)).key());
        assertEquals("510000-妇联", resolver.resolve(federation("四川省妇女联合会", null, null)).key());
    }

    @Test
    void aSectorFederationKeepsItsNameAndSitsUnderItsCitysFederation() {
        ResolvedOrganisation sector = resolver.resolve(federation("成都市直播行业妇联", OrgLevel.INDUSTRY, chengdu));
        assertEquals("510100-成都市直播行业妇联", sector.key());
        assertFalse(sector.administrativeFederation());
        assertEquals("510100-妇联", resolver.parentFederation(sector).orElseThrow().key());
        // same with no level given: the name is not the division's own
        assertEquals("510100-成都市直播行业妇联", resolver.resolve(federation("成都市直播行业妇联", null, chengdu)).key());
    }

    @Test
    void anAmbiguousNameWithoutRegionIsNotGuessed() {
        ResolvedOrganisation r = resolver.resolve(federation("朝阳区妇联", null, null));
        assertEquals("朝阳区妇联", r.key());
        assertFalse(r.administrativeFederation());
    }

    @Test
    void genericMentionsAreKeptApartPerDivisionAndHaveNoParent() {
        Region fushun = Divisions.get().byCode("510322").orElseThrow();
        ResolvedOrganisation village = resolver.resolve(new Organisation("村妇联", OrgType.FEDERATION, OrgLevel.VILLAGE, fushun, true));
        assertEquals("510322-村妇联", village.key());
        assertEquals(Optional.empty(), resolver.parentFederation(village));
    }

    @Test
    void theHierarchyClimbsFromCountyToTheNationalFederation() {
        Region fushun = Divisions.get().byCode("510322").orElseThrow();
        List<String> chain = new ArrayList<>();
        Optional<ResolvedOrganisation> current = Optional.of(resolver.federationOf(fushun));
        while (current.isPresent()) {
            chain.add(current.get().name());
            current = resolver.parentFederation(current.get());
        }
        assertEquals(List.of("富顺县妇联", "自贡市妇联", "四川省妇联", "全国妇联"), chain);
    }

    @Test
    void otherOrganisationsAreKeyedByName() {
        var foundation = new Organisation("中国妇女发展基金会", OrgType.FOUNDATION, OrgLevel.NATIONAL, Divisions.get().country(), false);
        assertEquals("中国妇女发展基金会", resolver.resolve(foundation).key());
        assertEquals(Optional.empty(), resolver.parentFederation(resolver.resolve(foundation)));
        assertEquals(sichuan, resolver.resolve(federation("四川妇联", null, null)).organisation().region());
    }

    private static Organisation federation(String name, OrgLevel level, Region region) {
        return new Organisation(name, OrgType.FEDERATION, level, region, false);
    }
}
