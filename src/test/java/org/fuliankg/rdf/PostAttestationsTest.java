package org.fuliankg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.fuliankg.domain.people.Post;
import org.fuliankg.domain.people.PostEvent;
import org.fuliankg.domain.people.PostHolder;
import org.fuliankg.extract.DocumentFacts;
import org.junit.jupiter.api.Test;

/** Posts as dated attestations with their events, and the readable labels of fact nodes (FactsFixture's facts). */
class PostAttestationsTest {

    private static final String DATE_IRI = Iris.date("2023-01-05");

    @Test
    void aPostIsAttestedAtTheDateOfItsItem() {
        Model news = new GraphMapper().map(FactsFixture.news());
        Resource post = onlyPost(news, "主席");
        Resource day = post.getPropertyResourceValue(FL.hasTime);
        assertEquals(DATE_IRI, day.getURI());
        assertTrue(news.contains(day, org.apache.jena.vocabulary.RDF.type, FL.Instant));
        assertEquals(ResourceFactory.createTypedLiteral("2023-01-05", XSDDatatype.XSDdate),
                day.getProperty(FL.inXSDDate).getLiteral());
        assertEquals(Iris.concept("post-event", "stated"), post.getPropertyResourceValue(FL.postEvent).getURI());
    }

    @Test
    void anUndatedDocumentGivesUndatedAttestationsNotInventedOnes() {
        Model interviews = new GraphMapper().map(FactsFixture.interviews());
        assertFalse(interviews.listSubjectsWithProperty(FL.hasTime).hasNext());
        assertFalse(interviews.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, FL.Instant).hasNext());
    }

    @Test
    void aPostOutsideEveryItemTakesTheDocumentsDate() {
        DocumentFacts news = FactsFixture.news();
        PostHolder unplaced = new PostHolder("李红梅", List.of(new Post("主席", FactsFixture.ZIGONG_FEDERATION,
                PostEvent.STATED, null)), null);
        Model model = new GraphMapper().map(withOfficials(news, List.of(unplaced)));
        Resource post = onlyPost(model, "主席");
        assertFalse(post.hasProperty(FL.inItem));
        assertEquals(DATE_IRI, post.getPropertyResourceValue(FL.hasTime).getURI());
    }

    @Test
    void everyEventOfTheTextIsAConceptAndPartOfTheLabel() {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (PostEvent event : PostEvent.values()) {
            PostHolder li = new PostHolder("李红梅", List.of(new Post("主席", FactsFixture.ZIGONG_FEDERATION, event,
                    FactsFixture.span(FactsFixture.TEXT_B, "自贡市妇联主席"))), FactsFixture.span(FactsFixture.TEXT_B, "自贡市妇联主席李红梅"));
            Model model = new GraphMapper().map(withOfficials(FactsFixture.news(), List.of(li)));
            Resource post = onlyPost(model, "主席");
            Resource concept = post.getPropertyResourceValue(FL.postEvent);
            assertEquals(Iris.concept("post-event", event.code()), concept.getURI());
            assertTrue(Ontology.model().contains(concept, SKOS.notation, event.code()), event.toString());
            assertEquals(event == PostEvent.FORMER, post.getProperty(FL.former).getBoolean());
            zh.add(label(post, "zh"));
            en.add(label(post, "en"));
        }
        assertEquals(List.of("自贡市妇联 主席 · 李红梅", "自贡市妇联 主席 · 李红梅（当选）", "自贡市妇联 主席 · 李红梅（连任）",
                "自贡市妇联 主席 · 李红梅（任命）", "自贡市妇联 主席 · 李红梅（代理）", "自贡市妇联 主席 · 李红梅（曾任）"), zh);
        assertEquals(List.of("Chair, 自贡市妇联 · 李红梅", "Chair, 自贡市妇联 · 李红梅 (elected)",
                "Chair, 自贡市妇联 · 李红梅 (re-elected)", "Chair, 自贡市妇联 · 李红梅 (appointed)",
                "Chair, 自贡市妇联 · 李红梅 (acting)", "Chair, 自贡市妇联 · 李红梅 (former)"), en);
    }

    @Test
    void everyPostAndMentionHasAReadableLabelInChineseAndEnglish() {
        Dataset dataset = FactsFixture.dataset();
        Set<String> zh = new TreeSet<>();
        Set<String> en = new TreeSet<>();
        for (String graph : List.of(FactsFixture.FILE_A, FactsFixture.FILE_B)) {
            Model model = dataset.getNamedModel(Iris.graph(graph));
            for (Resource type : List.of(FL.PostHolding, FL.Mention)) {
                for (Resource fact : model.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, type).toList()) {
                    zh.add(label(fact, "zh"));
                    en.add(label(fact, "en"));
                }
            }
        }
        assertTrue(zh.containsAll(Set.of("自贡市妇联 党组书记 · 李红梅", "富顺县妇联 主席 · 张丽",
                "自贡市女企业家协会 会长 · 张丽", "提及 · 中国妇女发展基金会", "提及 · 王小花（受助女童）",
                "提及 · 春蕾计划", "署名 · 赵敏")), zh.toString());
        assertTrue(en.containsAll(Set.of("Chair, 富顺县妇联 · 张丽", "Mention · 王小花 (受助女童)", "Byline · 赵敏")),
                en.toString());
        assertTrue(zh.stream().noneMatch(l -> l.matches(".*\\d+-\\d+.*")), "no offsets in labels: " + zh);
    }

    @Test
    void theDatedAndLabelledFixtureConformsToTheShapes() {
        assertEquals(List.of(), new GraphValidator().validate(FactsFixture.dataset()));
    }

    private static Resource onlyPost(Model model, String position) {
        List<Resource> posts = model.listSubjectsWithProperty(org.apache.jena.vocabulary.ORG.role,
                model.createResource(Iris.position(position))).toList();
        assertEquals(1, posts.size(), posts.toString());
        return posts.get(0);
    }

    private static String label(Resource fact, String lang) {
        return fact.listProperties(RDFS.label).toList().stream().map(s -> s.getObject()).filter(RDFNode::isLiteral)
                .map(RDFNode::asLiteral).filter(l -> l.getLanguage().equals(lang)).map(l -> l.getString())
                .findFirst().orElseThrow(() -> new AssertionError("no @" + lang + " label on " + fact));
    }

    private static DocumentFacts withOfficials(DocumentFacts f, List<PostHolder> officials) {
        return new DocumentFacts(f.source(), f.title(), f.items(), officials, f.reporters(), f.persons(),
                f.organisations(), f.programmes(), f.fundings(), f.date());
    }
}
