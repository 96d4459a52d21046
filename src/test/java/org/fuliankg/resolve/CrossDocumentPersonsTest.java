package org.fuliankg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fuliankg.resolve.CrossDocumentPersons.Merge;
import org.fuliankg.resolve.CrossDocumentPersons.Result;
import org.fuliankg.resolve.CrossDocumentPersons.Rule;
import org.junit.jupiter.api.Test;

/** Which persons of different documents are one: invented names, organisations keyed like the graph's. */
class CrossDocumentPersonsTest {

    /** province → city → county, and a second city and a second province. */
    private static final Map<String, Set<String>> ANCESTORS = Map.of(
            "江西省妇联", Set.of(), "赣州市妇联", Set.of("江西省妇联"), "瑞金市妇联", Set.of("赣州市妇联", "江西省妇联"),
            "抚州市妇联", Set.of("江西省妇联"), "湖南省妇联", Set.of(), "长沙市妇联", Set.of("湖南省妇联"));

    private static Result resolve(PersonSighting... sightings) {
        return CrossDocumentPersons.resolve(List.of(sightings), org -> ANCESTORS.getOrDefault(org, Set.of()));
    }

    private static PersonSighting seen(String name, String organisation, String document) {
        return new PersonSighting("person/" + organisation + "/" + name, name, organisation, document);
    }

    @Test
    void twoNamesakesInDifferentFederationsStayTwoPeople() {
        Result result = resolve(seen("王丽", "抚州市妇联", "d1"), seen("王丽", "长沙市妇联", "d2"));
        assertEquals(List.of(), result.merges());
        assertEquals(Map.of(), result.canonical());
        assertEquals(0, result.mergedPersons());
        assertEquals(2, result.namesakesApart());
    }

    @Test
    void aPersonInTwoDocumentsOfTheSameFederationIsOneWithTheDocumentsAsEvidence() {
        Result result = resolve(seen("周丽萍", "江西省妇联", "d1"), seen("周丽萍", "江西省妇联", "d2"));
        assertEquals(List.of(new Merge("周丽萍", sorted("person/江西省妇联/周丽萍"), Rule.SAME_ORGANISATION,
                sorted("江西省妇联"), sorted("d1", "d2"))), result.merges());
        assertEquals(1, result.mergedPersons());
        assertEquals(0, result.namesakesApart());
    }

    @Test
    void personsKeyedByDifferentOrganisationsMergeOnAnOrganisationTheyShare() {
        // d1: 富顺 first, then the association; d2 names only the association: two keys, one person
        Result result = resolve(seen("张丽", "赣州市妇联", "d1"),
                new PersonSighting("person/赣州市妇联/张丽", "张丽", "女企业家协会", "d1"),
                seen("张丽", "女企业家协会", "d2"));
        assertEquals(Map.of("person/赣州市妇联/张丽", "person/女企业家协会/张丽"), result.canonical());
        assertEquals(List.of(new Merge("张丽", sorted("person/女企业家协会/张丽", "person/赣州市妇联/张丽"),
                Rule.SAME_ORGANISATION, sorted("女企业家协会"), sorted("d1", "d2"))), result.merges());
    }

    @Test
    void postsInBodiesLinkedByTheHierarchyMergeWhenUnambiguous() {
        Result result = resolve(seen("林秀英", "赣州市妇联", "d1"), seen("林秀英", "江西省妇联", "d3"));
        assertEquals(List.of(new Merge("林秀英", sorted("person/江西省妇联/林秀英", "person/赣州市妇联/林秀英"),
                Rule.HIERARCHY, sorted("江西省妇联", "赣州市妇联"), sorted("d1", "d3"))), result.merges());
        assertEquals(Map.of("person/赣州市妇联/林秀英", "person/江西省妇联/林秀英"), result.canonical());
        assertEquals(1, result.mergedPersons());
    }

    @Test
    void aHierarchyLinkToTwoNamesakesMergesNone() {
        // the province's 陈红 could be either city's 陈红 (or neither): all three stay apart
        Result result = resolve(seen("陈红", "江西省妇联", "d1"), seen("陈红", "赣州市妇联", "d2"),
                seen("陈红", "抚州市妇联", "d3"));
        assertEquals(List.of(), result.merges());
        assertEquals(3, result.namesakesApart());
    }

    @Test
    void siblingFederationsAreNotLinkedByTheHierarchy() {
        Result result = resolve(seen("刘芳", "赣州市妇联", "d1"), seen("刘芳", "抚州市妇联", "d2"));
        assertEquals(List.of(), result.merges());
        assertEquals(2, result.namesakesApart());
    }

    @Test
    void aCountyAndItsProvinceAreLinkedThroughTheCity() {
        Result result = resolve(seen("赵敏", "瑞金市妇联", "d1"), seen("赵敏", "江西省妇联", "d2"));
        assertEquals(Rule.HIERARCHY, result.merges().get(0).rule());
    }

    private static java.util.SortedSet<String> sorted(String... values) {
        return new java.util.TreeSet<>(List.of(values));
    }
}
