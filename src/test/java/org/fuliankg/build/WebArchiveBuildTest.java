package org.fuliankg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.system.StreamRDFLib;
import org.fuliankg.generate.ExampleArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A web archive as a crawler writes it (jwarc writes it in the test): its three pages are documents with their
 * address and date, everything else (requests, image, style sheet, 404, redirect, repeated capture) is passed over
 * and counted, and no record is reported as a failure.
 */
class WebArchiveBuildTest {

    private static final String PREFIXES = """
            PREFIX fl: <https://w3id.org/fulian-kg/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX schema: <https://schema.org/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            """;

    @TempDir
    Path tmp;

    @Test
    void thePagesOfACrawlAreDocumentsAndTheOtherRecordsArePassedOverAndCounted() throws Exception {
        Path archive = tmp.resolve("crawl.warc.gz");
        ExampleArchive.write(archive);
        Dataset dataset = DatasetFactory.createTxnMem();

        BuildReport report = new CorpusBuilder(2).build(List.of(archive), StreamRDFLib.dataset(dataset.asDatasetGraph()));

        assertTrue(report.complete(), report.skipped().toString());
        assertEquals(3, report.documents(), report.summary());
        assertEquals(Map.of("HTTP 404", 1, "not a page (image/png)", 1, "not a page (text/css)", 1,
                "redirects (HTTP 3xx)", 1, "repeated captures (same address and content)", 1, "request records", 4),
                report.passedOver());
        assertTrue(report.summary().contains("1 HTTP 404"), report.summary());

        Map<String, String> dates = new TreeMap<>();
        for (QuerySolution row : select(dataset, """
                SELECT ?url ?date ?origin ?file ?extraction WHERE { GRAPH ?g {
                  ?doc a fl:Document ; schema:url ?url ; dcterms:date ?date ; fl:dateOrigin ?originConcept ;
                       fl:sourceFile ?file ; fl:textExtraction ?extraction ; prov:generatedAtTime ?captured }
                  # codes of fixed concepts are in the reference data, not copied into document graphs
                  GRAPH <https://w3id.org/fulian-kg/reference-data> { ?originConcept skos:notation ?origin } }""")) {
            dates.put(row.getLiteral("url").getLexicalForm(),
                    row.getLiteral("date").getLexicalForm() + " " + row.getLiteral("origin").getLexicalForm());
            assertEquals(row.getLiteral("url").getLexicalForm(), row.getLiteral("file").getLexicalForm());
            assertEquals("html-main-content", row.getLiteral("extraction").getLexicalForm());
        }
        // both pages state the date in a publication line of their article header (the first in its metadata too)
        assertEquals(Map.of(ExampleArchive.PAGES.get(0), "2023-05-12 publication-line",
                ExampleArchive.PAGES.get(1), "2024-06-01 captured",
                ExampleArchive.PAGES.get(2), "2019-09-25 publication-line"), dates);
    }

    @Test
    void factsOfEveryPageCarryItsAddressAndDateAndTheTextHoldsNoNavigation() throws Exception {
        Path archive = tmp.resolve("crawl.warc");
        ExampleArchive.write(archive);
        Dataset dataset = DatasetFactory.createTxnMem();
        new CorpusBuilder(1).build(List.of(archive), StreamRDFLib.dataset(dataset.asDatasetGraph()));

        List<QuerySolution> posts = select(dataset, """
                SELECT ?name ?url ?date ?g WHERE { GRAPH ?g {
                  ?post a fl:PostHolding ; org:heldBy/foaf:name ?name ; prov:wasDerivedFrom ?doc .
                  ?doc schema:url ?url ; dcterms:date ?date } }""");
        Map<String, String> byName = new TreeMap<>();
        posts.forEach(row -> byName.put(row.getLiteral("name").getLexicalForm(), row.getLiteral("url").getLexicalForm()));
        assertEquals(ExampleArchive.PAGES.get(0), byName.get("林晓雯"), byName.toString());
        assertEquals(ExampleArchive.PAGES.get(1), byName.get("陈佳"), byName.toString());
        assertTrue(posts.stream().allMatch(row -> row.getResource("g").getURI()
                .startsWith("https://w3id.org/fulian-kg/graph/web/")), "graphs named from the address");

        List<QuerySolution> quotes = select(dataset, """
                PREFIX oa: <http://www.w3.org/ns/oa#>
                SELECT ?exact WHERE { GRAPH ?g { ?q a oa:TextQuoteSelector ; oa:exact ?exact } }""");
        assertFalse(quotes.isEmpty());
        for (String furniture : List.of("当前位置", "相关新闻", "版权所有", "网站首页", "熱點排行")) {
            assertTrue(quotes.stream().noneMatch(q -> q.getLiteral("exact").getLexicalForm().contains(furniture)), furniture);
        }
    }

    @Test
    void aWebArchiveIsRecognisedByItsFirstBytesWhateverItsName() throws Exception {
        Path archive = tmp.resolve("crawl.warc.gz");
        ExampleArchive.write(archive);
        Path renamed = Files.copy(archive, tmp.resolve("crawl-2024.bin"));
        assertTrue(org.fuliankg.source.web.WarcCaptures.isWarc(renamed));
        assertFalse(org.fuliankg.source.web.WarcCaptures.isWarc(Path.of("seeds/000_f9ff3fdd4056e4a8.txt")));
    }

    private static List<QuerySolution> select(Dataset dataset, String query) {
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(PREFIXES + query).build()) {
            List<QuerySolution> rows = new java.util.ArrayList<>();
            execution.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }
}
