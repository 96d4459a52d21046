package org.fuliankg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.fuliankg.TimelineStore;
import org.fuliankg.resolve.CrossDocumentPersons;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The post timelines over three invented items of 2019, 2022 and 2024 run through the whole product (pipeline,
 * mapping, TDB2 store with its person-links graph): who held which post when, and which persons were merged.
 */
class PostTimelinesTest {

    private static final String T1 = "t1_executive_meeting.txt";
    private static final String T2 = "t2_field_visit.txt";
    private static final String T3 = "t3_new_vice_chair.txt";
    private static final String LIN = Iris.person("360000-妇联", "林秀英");
    private static final String LIN_IN_GANZHOU = Iris.person("360700-妇联", "林秀英");

    private static DatasetGraph store;

    @BeforeAll
    static void build() throws IOException {
        store = TimelineStore.dataset();
    }

    @Test
    void aChairsTimelineRunsFromHerCityToTheProvinceAsOnePerson() {
        assertEquals(List.of(
                row(LIN, "2019-06-12", "主席", "赣州市妇联", "stated", T1, "赣州市妇联主席林秀英"),
                row(LIN, "2022-11-20", "主席", "赣州市妇联", "stated", T2, "赣州市妇联党组书记、主席林秀英"),
                row(LIN, "2022-11-20", "党组书记", "赣州市妇联", "stated", T2, "赣州市妇联党组书记、主席林秀英"),
                row(LIN, "2024-03-01", "副主席", "江西省妇联", "stated", T3, "江西省妇联副主席林秀英")),
                rows("post-timeline.rq", "\"谭学军\"", "\"林秀英\""));
    }

    @Test
    void namesakesInFederationsOfTwoProvincesHaveTwoTimelines() {
        List<List<String>> rows = rows("post-timeline.rq", "\"谭学军\"", "\"王丽\"");
        assertEquals(List.of(List.of(Iris.person("361000-妇联", "王丽"), "2019-06-12", "抚州市妇联", T1),
                        List.of(Iris.person("430100-妇联", "王丽"), "2024-03-01", "长沙市妇联", T3)),
                rows.stream().map(r -> List.of(r.get(0), r.get(1), r.get(3), r.get(5))).toList());
    }

    @Test
    void whoLedAFederationWhenWithFirstAndLastAttestation() {
        List<List<String>> rows = rows("who-led-when.rq", "\"成都市妇联\"@zh", "\"赣州市妇联\"@zh");
        assertEquals(List.of(row("主席", "林秀英", LIN, "2019-06-12", "2022-11-20", "2", "stated"),
                        row("党组书记", "林秀英", LIN, "2022-11-20", "2022-11-20", "1", "stated")),
                rows.stream().map(r -> r.subList(0, 7)).toList());
        assertEquals(Set.of(T1, T2), Set.of(rows.get(0).get(7).split(" ")));
        List<List<String>> province = rows("who-led-when.rq", "\"成都市妇联\"@zh", "\"江西省妇联\"@zh");
        // the vice-chair is not among the leaders; the chair-secretary is attested in two documents three years apart
        assertEquals(List.of(row("主席", "周丽萍", Iris.person("360000-妇联", "周丽萍"), "2019-06-12", "2022-11-20", "2"),
                        row("党组书记", "周丽萍", Iris.person("360000-妇联", "周丽萍"), "2019-06-12", "2022-11-20", "2")),
                ContractQueriesTest.sorted(province.stream().map(r -> r.subList(0, 6)).toList()));
    }

    @Test
    void everyMergeKeepsItsRuleOrganisationsAndDocuments() {
        Model links = Txn.calculateRead(store, () -> ModelFactory.createModelForGraph(
                store.getGraph(org.apache.jena.graph.NodeFactory.createURI(Iris.PERSON_LINKS_GRAPH))).difference(
                ModelFactory.createDefaultModel()));
        Set<String> merges = new TreeSet<>();
        for (Resource merge : links.listSubjectsWithProperty(RDF.type, FL.PersonMerge).toList()) {
            Set<String> evidence = new TreeSet<>();
            merge.listProperties(FL.mergedPerson).forEach(s -> evidence.add(tail(s.getResource().getURI())));
            merge.listProperties(FL.viaOrganisation).forEach(s -> evidence.add(tail(s.getResource().getURI())));
            merge.listProperties(FL.wasDerivedFrom).forEach(s -> evidence.add(tail(s.getResource().getURI())));
            merges.add(tail(merge.getPropertyResourceValue(FL.mergeRule).getURI()) + " " + evidence);
        }
        assertEquals(Set.of(
                "same-organisation [360000-妇联, " + T1 + ", " + T2 + ", 周丽萍]",
                "same-organisation [360700-妇联, " + T1 + ", " + T2 + ", 林秀英]",
                "hierarchy [360000-妇联, 360700-妇联, " + T1 + ", " + T2 + ", " + T3 + ", 林秀英]"), merges);
        assertEquals(LIN, links.getResource(LIN_IN_GANZHOU).getPropertyResourceValue(org.apache.jena.vocabulary.OWL.sameAs).getURI());
    }

    @Test
    void twoPersonsAreMergedAndTwoNamesakesKeptApart() {
        CrossDocumentPersons.Result result = Txn.calculateRead(store, () -> PersonLinks.resolve(store));
        assertEquals(2, result.mergedPersons()); // 周丽萍 (two documents), 林秀英 (three documents, two IRIs)
        assertEquals(2, result.namesakesApart()); // 王丽 of 抚州 and 王丽 of 长沙
    }

    @Test
    void theStoreWithItsPersonLinksConformsToTheShapes() {
        Model union = Txn.calculateRead(store, () -> ModelFactory.createDefaultModel()
                .add(ModelFactory.createModelForGraph(DatasetFactory.wrap(store).getUnionModel().getGraph())));
        assertEquals(List.of(), new GraphValidator().validate(union));
    }

    private static List<List<String>> rows(String query, String written, String replacement) {
        return Txn.calculateRead(store, () -> QueryFiles.rows(DatasetFactory.wrap(store), query, written, replacement));
    }

    private static List<String> row(String... values) {
        return Arrays.asList(values);
    }

    private static String tail(String iri) {
        String tail = iri.substring(iri.lastIndexOf('/') + 1);
        return java.net.URLDecoder.decode(tail, java.nio.charset.StandardCharsets.UTF_8);
    }
}
