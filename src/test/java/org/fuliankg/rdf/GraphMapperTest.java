package org.fuliankg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.org.OrganisationMention;
import org.fuliankg.extract.DocumentFacts;
import org.fuliankg.pipeline.Pipeline;
import org.fuliankg.source.SourceReader;
import org.junit.jupiter.api.Test;

class GraphMapperTest {

    private final GraphMapper mapper = new GraphMapper();

    @Test
    void mappingTheSameFactsTwiceGivesIsomorphicGraphs() {
        for (DocumentFacts facts : List.of(FactsFixture.interviews(), FactsFixture.news())) {
            assertTrue(mapper.map(facts).isIsomorphicWith(new GraphMapper().map(facts)), facts.source().fileName());
        }
        assertTrue(mapper.referenceData().isIsomorphicWith(new GraphMapper().referenceData()));
    }

    @Test
    void buildingTheSeedsTwiceGivesIsomorphicGraphs() throws Exception {
        for (String seed : List.of("000_f9ff3fdd4056e4a8.txt", "003_60f0d1ff23c14434.txt")) {
            var source = new SourceReader().read(Path.of("seeds", seed));
            Model first = mapper.map(new Pipeline().process(source));
            Model second = new GraphMapper().map(new Pipeline().process(source));
            assertTrue(first.isIsomorphicWith(second), seed);
            assertEquals(Iris.BASE + "graph/" + seed, mapper.graphName(new Pipeline().process(source)));
        }
    }

    @Test
    void aFederationAndItsChairHaveOneIriHoweverTheyAreWritten() {
        Model interviews = mapper.map(FactsFixture.interviews());
        Model news = mapper.map(FactsFixture.news());
        Resource zigong = news.createResource(Iris.BASE + "org/510300-妇联");
        // in the news item the federation is written 自贡妇联 with no region
        assertTrue(news.contains(null, FL.mentionOf, zigong));
        assertEquals(2, news.listSubjectsWithProperty(FL.mentionOf, zigong).toList().size());
        Resource chair = news.createResource(Iris.BASE + "person/510300-妇联/李红梅");
        assertTrue(interviews.contains(chair, RDF.type, FOAF.Person));
        assertTrue(news.contains(chair, RDF.type, FOAF.Person));
        assertEquals(1, news.listSubjectsWithProperty(RDF.type, FOAF.Person).filterKeep(p -> p.hasProperty(FOAF.name, "李红梅")).toList().size());
    }

    @Test
    void everyQuoteAndPositionPointsAtTheOriginalText() {
        DocumentFacts facts = FactsFixture.interviews();
        String text = facts.source().text();
        Model model = mapper.map(facts);
        List<Resource> quotes = model.listSubjectsWithProperty(RDF.type, OA.TextQuoteSelector).toList();
        assertTrue(quotes.size() > 10);
        for (Resource quote : quotes) {
            int start = quote.getProperty(OA.start).getInt();
            int end = quote.getProperty(OA.end).getInt();
            String slice = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
            assertEquals(slice, quote.getProperty(OA.exact).getString(), quote.getURI());
            Resource sentence = quote.getPropertyResourceValue(FL.inSentence);
            assertTrue(sentence.hasProperty(RDF.type, FL.Sentence), quote.getURI());
            assertTrue(sentence.getProperty(RDF.value).getString().contains(slice), quote.getURI());
        }
        for (Resource position : model.listSubjectsWithProperty(RDF.type, OA.TextPositionSelector).toList()) {
            assertTrue(position.getProperty(OA.start).getInt() < position.getProperty(OA.end).getInt());
        }
    }

    @Test
    void factsOfOneSentenceShareItsNodeAndConceptsAreOnlyLinked() {
        Model model = mapper.map(FactsFixture.interviews());
        List<Resource> sentences = model.listSubjectsWithProperty(RDF.type, FL.Sentence).toList();
        long quotes = model.listSubjectsWithProperty(RDF.type, OA.TextQuoteSelector).toList().size();
        assertTrue(sentences.size() < quotes, sentences.size() + " sentences for " + quotes + " quotes");
        assertEquals(sentences.size(), sentences.stream().map(s -> s.getProperty(RDF.value).getString()).distinct().count());
        // codes, schemes and labels of levels, qualifiers, roles … live in the reference data only
        assertFalse(model.contains(null, SKOS.notation));
        assertTrue(model.contains(null, FL.fundingRole));
    }

    @Test
    void everyFactIsDerivedFromItsDocumentWithEvidence() {
        Model model = mapper.map(FactsFixture.interviews());
        Resource document = model.createResource(Iris.document(FactsFixture.FILE_A));
        for (Resource type : List.of(FL.PostHolding, FL.FundingFigure, FL.Beneficiaries, FL.Mention)) {
            List<Resource> facts = model.listSubjectsWithProperty(RDF.type, type).toList();
            assertFalse(facts.isEmpty(), type.getURI());
            for (Resource fact : facts) {
                assertTrue(fact.hasProperty(FL.wasDerivedFrom, document), fact.getURI());
                assertTrue(fact.hasProperty(FL.evidence), fact.getURI());
            }
        }
    }

    @Test
    void aPostHeldLinksPersonPositionOrganisationAndDocument() {
        Model model = mapper.map(FactsFixture.interviews());
        Set<String> posts = model.listSubjectsWithProperty(RDF.type, FL.PostHolding)
                .mapWith(p -> p.getPropertyResourceValue(ORG.heldBy).getProperty(FOAF.name).getString() + " "
                        + p.getPropertyResourceValue(ORG.role).getURI().replace(Iris.BASE, "") + " "
                        + p.getPropertyResourceValue(ORG.postIn).getURI().replace(Iris.BASE, ""))
                .toSet();
        assertTrue(model.contains(model.createResource(Iris.position("主席")), SKOS.prefLabel,
                model.createLiteral("chair", "en")));
        assertEquals(Set.of("李红梅 position/党组书记 org/510300-妇联", "李红梅 position/主席 org/510300-妇联",
                "张丽 position/主席 org/510322-妇联", "张丽 position/会长 org/自贡市女企业家协会"), posts);
    }

    @Test
    void oddFileNamesAndAstralCharactersSurviveAWriteAndReadBack() {
        String text = "😀🎉 妇联\u0000新闻\n成都市妇联主席王芳出席。";
        String file = "22 name with spaces #1.txt";
        var federation = new Organisation("成都市妇联", OrgType.FEDERATION, null, null, false);
        var span = FactsFixture.span(text, "成都市妇联");
        var facts = new DocumentFacts(FactsFixture.source(file, text), "妇联新闻", List.of(), List.of(), List.of(),
                List.of(), List.of(new OrganisationMention(federation, span)), List.of(), List.of(), null);
        assertEquals(text.indexOf("成都") - 2, span.start(), "two astral characters count one code point each");
        assertEquals(Iris.BASE + "graph/22%20name%20with%20spaces%20%231.txt", mapper.graphName(facts));

        Dataset dataset = DatasetFactory.create();
        dataset.addNamedModel(mapper.graphName(facts), mapper.map(facts));
        var out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, dataset, Lang.TRIG);
        Dataset back = DatasetFactory.create();
        RDFParser.fromString(out.toString(StandardCharsets.UTF_8), Lang.TRIG).parse(back);
        assertTrue(IsoMatcher.isomorphic(dataset.asDatasetGraph(), back.asDatasetGraph()));
        Model model = back.getNamedModel(mapper.graphName(facts));
        Resource quote = model.listSubjectsWithProperty(RDF.type, OA.TextQuoteSelector).next();
        assertEquals("成都市妇联", quote.getProperty(OA.exact).getString());
        assertEquals(span.start(), quote.getProperty(OA.start).getInt(), "offsets count code points");
        assertTrue(model.contains(null, FL.mentionOf, model.createResource(Iris.BASE + "org/510100-妇联")));
    }

    @Test
    void aNamedSchemePointsToItsGenericClassAndARunningTotalSaysSo() throws Exception {
        var source = new SourceReader().read(Path.of("src/test/resources/real-shapes/money/m01_two_cancer_lottery.txt"));
        Model graph = mapper.map(new Pipeline().process(source));
        Resource scheme = graph.createResource(Iris.programme("低收入妇女两癌救助"));
        Resource relief = graph.createResource(Iris.programme("两癌救助"));
        assertTrue(graph.contains(scheme, SKOS.broader, relief));
        // the generic class is described once, in the reference data, so it is not listed as named by the document
        assertFalse(graph.contains(relief, SKOS.prefLabel, (org.apache.jena.rdf.model.RDFNode) null));
        assertTrue(mapper.referenceData().contains(relief, RDF.type, FL.Programme));
        List<Boolean> cumulative = graph.listSubjectsWithProperty(RDF.type, FL.FundingFigure)
                .mapWith(f -> f.getProperty(FL.cumulative).getBoolean()).toList();
        assertEquals(3, cumulative.size());
        assertEquals(1, cumulative.stream().filter(c -> c).count(), "自2019年以来，共争取…57万元");
    }
}
