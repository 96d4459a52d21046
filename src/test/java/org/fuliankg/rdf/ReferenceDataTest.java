package org.fuliankg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.Region;
import org.fuliankg.lexicon.Divisions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    private static final String NATIONAL = Iris.BASE + "org/000000-妇联";
    private static Model reference;

    @BeforeAll
    static void build() {
        reference = new GraphMapper().referenceData();
    }

    @Test
    void everyDivisionsFederationReachesTheNationalFederation() {
        List<String> stranded = new ArrayList<>();
        int federations = 0;
        for (Region region : Divisions.get().all()) {
            Resource federation = reference.createResource(Iris.organisation(region.code() + "-妇联"));
            assertTrue(federation.hasProperty(RDF.type, FL.WomensFederation), federation.getURI());
            federations++;
            Resource current = federation;
            for (int steps = 0; current != null && !current.getURI().equals(NATIONAL) && steps < 4; steps++) {
                current = current.getPropertyResourceValue(ORG.subOrganizationOf);
            }
            if (current == null || !current.getURI().equals(NATIONAL)) stranded.add(region.name());
        }
        assertEquals(List.of(), stranded);
        assertTrue(federations > 3000);
    }

    @Test
    void aCountyFederationSitsUnderItsPrefectureAndProvince() {
        Resource fushun = reference.createResource(Iris.organisation("510322-妇联"));
        Resource zigong = fushun.getPropertyResourceValue(ORG.subOrganizationOf);
        assertEquals(Iris.organisation("510300-妇联"), zigong.getURI());
        assertEquals(Iris.organisation("510000-妇联"), zigong.getPropertyResourceValue(ORG.subOrganizationOf).getURI());
    }

    @Test
    void everyProvinceLevelDivisionIsLinkedToWikidata() {
        for (Region region : Divisions.get().all()) {
            if (region.level() != OrgLevel.PROVINCE && region.level() != OrgLevel.NATIONAL) continue;
            Resource node = reference.createResource(Iris.region(region.code()));
            Resource item = node.getPropertyResourceValue(OWL.sameAs);
            assertTrue(item != null && item.getURI().matches("http://www\\.wikidata\\.org/entity/Q\\d+"), region.name());
        }
        assertTrue(reference.contains(reference.createResource(Iris.region("510000")), OWL.sameAs,
                reference.createResource("http://www.wikidata.org/entity/Q19770")));
    }

    @Test
    void everyWikidataLinkNamesAKnownDivisionByItsName() {
        ReferenceData.wikidataLinks().forEach((code, qid) ->
                assertTrue(Divisions.get().byCode(code).isPresent(), code));
        assertEquals(32, ReferenceData.wikidataLinks().size());
    }
}
