package org.fuliankg.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.SKOS;
import org.fuliankg.build.CorpusStore;
import org.fuliankg.build.InputFiles;
import org.fuliankg.serve.KgServer;
import org.fuliankg.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages over HTTP, on the real server over a store built from the seeds: content negotiation and JSON. */
class WebPagesTest {

    /** 自贡市妇联, a federation the interviews seed names, with a chair and funding figures. */
    static final String FEDERATION = "https://w3id.org/fulian-kg/org/510300-妇联";

    @TempDir
    static Path dataDir;

    private static KgServer server;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void serveSeeds() throws IOException {
        server = startOnSeeds(dataDir);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    static KgServer startOnSeeds(Path dataDir) throws IOException {
        var result = CorpusStore.update(dataDir, InputFiles.collect(List.of(Path.of("seeds"))), 2);
        return KgServer.start(TdbStore.open(result.store(), 30_000), "127.0.0.1", 0, false);
    }

    @Test
    void anEntityIsServedAsTurtleOrJsonLdByTheAcceptHeader() throws Exception {
        for (Lang lang : List.of(Lang.TURTLE, Lang.JSONLD)) {
            var response = get("/entity?iri=" + URLEncoder.encode(FEDERATION, StandardCharsets.UTF_8),
                    lang.getHeaderString());
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow()
                    .startsWith(lang.getHeaderString()), response.headers().toString());
            Model model = ModelFactory.createDefaultModel();
            RDFParser.fromString(response.body(), lang).parse(model);
            var federation = model.createResource(FEDERATION);
            assertEquals("自贡市妇联", federation.getProperty(SKOS.prefLabel).getString(), lang.getName());
            assertTrue(model.contains(null, null, federation), "statements pointing at it too: " + lang.getName());
        }
    }

    @Test
    void theIdPathMapsToTheIriAndBrowsersGetHtml() throws Exception {
        var response = get("/id/org/510300-%E5%A6%87%E8%81%94", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<h1>自贡市妇联</h1>"), response.body());
        assertTrue(response.body().contains("class=\"source\""), "source sentences are shown");
    }

    @Test
    void aRegionPageLinksOutToWikidata() throws Exception {
        var response = get("/id/region/510000", "text/html");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<a class=\"out\" href=\"http://www.wikidata.org/entity/Q"),
                "owl:sameAs of 四川省 links out: " + response.body());
    }

    @Test
    void aProgrammePageChartsItsMoneyPerYearWithEachBarLinkedToItsFigures() throws Exception {
        var response = get("/id/programme/%E6%98%A5%E8%95%BE%E8%AE%A1%E5%88%92", "text/html"); // 春蕾计划
        assertEquals(200, response.statusCode());
        String page = response.body();
        assertTrue(page.contains("<canvas id=\"ledger-chart\""), page);
        assertTrue(page.contains("<script src=\"/webjars/chart.js/dist/chart.umd.js\"></script>"), page);
        String tag = "<script type=\"application/json\" id=\"ledger-data\">";
        String json = page.substring(page.indexOf(tag) + tag.length());
        var data = org.apache.jena.atlas.json.JSON.parse(json.substring(0, json.indexOf("</script>")));
        // seed 003 (interviews reviewing 2022): 乐山 约500万元 (lower bound 0), 泸州 727.08万元 and 绵阳 313万元 received,
        // 南充 5000元 spent, all in 2022; 南充's cumulative 1000余万元 is listed, not drawn
        assertEquals("[ \"2022\" ]", data.get("labels").toString().replaceAll("\\s+", " "));
        var received = data.get("datasets").getAsArray().get(0).getAsObject();
        assertEquals("筹集与拨付 / raised, donated or allocated", received.get("label").getAsString().value());
        assertEquals(List.of(10_400_800.0), received.get("data").getAsArray().stream()
                .map(v -> v.getAsNumber().value().doubleValue()).toList());
        // the bar's approximate top: the exact sums plus 乐山's 约500万元
        assertEquals(15_400_800.0, received.get("approximate").getAsArray().get(0).getAsNumber().value().doubleValue());
        assertEquals("[ \"#ledger-2022\" ]", data.get("anchors").toString().replaceAll("\\s+", " "));
        assertTrue(page.contains("<h3 id=\"ledger-2022\">2022</h3>"), page);
        assertTrue(page.contains(">727.08万元 · 募集 · 春蕾计划 · 泸州市妇联 · 今年9月初</a>"), "readable figure labels");
        assertTrue(page.contains("累计 / running total"), page);
        assertTrue(page.contains("<dt data-measure=\"received\">筹集与拨付 / raised, donated or allocated</dt><dd>"),
                "the measure drawn is named plainly and explained");
        assertEquals(200, get("/webjars/chart.js/dist/chart.umd.js", "*/*").statusCode());
    }

    @Test
    void aFundingFigureIsNamedByWhatItSaysNotByItsOffsets() throws Exception {
        var response = get("/id/doc/003_60f0d1ff23c14434.txt/funding/10544-10549", "text/html");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("<h1>111万元 · 物资价值 · 中国妇女发展基金会 · 疫情期间</h1>"), response.body());
        assertTrue(response.body().contains("¥1.11 million · value of goods · China Women&#39;s Development Foundation")
                || response.body().contains("¥1.11 million · value of goods · China Women's Development Foundation"));
    }

    @Test
    void unknownIrisAreNotFound() throws Exception {
        assertEquals(404, get("/id/org/no-such-organisation", "text/turtle").statusCode());
        assertEquals(404, get("/entity?iri=http://example.org/x", "text/turtle").statusCode());
    }

    @Test
    void theGraphJsonHasTheNeighbourhoodWithChineseLabels() throws Exception {
        var response = get("/graph?iri=" + URLEncoder.encode(FEDERATION, StandardCharsets.UTF_8),
                "application/json");
        assertEquals(200, response.statusCode());
        var graph = org.apache.jena.atlas.json.JSON.parse(response.body());
        var labels = graph.get("nodes").getAsArray().stream()
                .map(n -> n.getAsObject().get("label").getAsString().value()).toList();
        assertTrue(labels.contains("四川省妇联"), "its parent federation: " + labels);
        assertFalse(graph.get("edges").getAsArray().isEmpty());
    }

    @Test
    void aFederationPageShowsItsPostTimelineWithLinksToTheSources() throws Exception {
        String page = get("/id/org/510300-%E5%A6%87%E8%81%94", "text/html").body();
        assertTrue(page.contains("<ol class=\"timeline\">"), "a timeline is drawn");
        String timeline = page.substring(page.indexOf("<ol class=\"timeline\">"), page.indexOf("</ol>"));
        assertTrue(timeline.contains(">自贡市妇联 主席 · 沈焰林</a>"), timeline);
        assertTrue(timeline.contains("Chair, 自贡市妇联 · 沈焰林"), timeline);
        assertTrue(timeline.contains("href=\"/id/doc/003_60f0d1ff23c14434.txt\""), "the source document is linked");
    }

    @Test
    void aPersonPageShowsTheirTimeline() throws Exception {
        String page = get("/id/person/510300-%E5%A6%87%E8%81%94/%E6%B2%88%E7%84%B0%E6%9E%97", "text/html").body();
        assertTrue(page.contains("<h2>任职时间线 / Post timeline</h2>"), page);
        assertTrue(page.contains(">自贡市妇联 党组书记 · 沈焰林</a>"), page);
    }

    @Test
    void factsAreNamedByWhatTheySayNotByTheirOffsets() throws Exception {
        var response = get("/graph?iri=" + URLEncoder.encode(FEDERATION, StandardCharsets.UTF_8), "application/json");
        var labels = org.apache.jena.atlas.json.JSON.parse(response.body()).get("nodes").getAsArray().stream()
                .map(n -> n.getAsObject().get("label").getAsString().value()).toList();
        assertTrue(labels.contains("自贡市妇联 主席 · 沈焰林"), labels.toString());
        assertTrue(labels.contains("提及 · 自贡市妇联"), labels.toString());
        assertTrue(labels.stream().noneMatch(l -> l.matches("(任职陈述|提及) \\d+-\\d+.*")), labels.toString());
    }

    @Test
    void oldLinksToTheQueryEditorAtTheRootGoOnToQuery() throws Exception {
        var response = get("/?query=SELECT%20*%20%7B%7D&endpoint=x", "text/html");
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow()
                .endsWith("/query?query=SELECT%20*%20%7B%7D&endpoint=x"), response.headers().toString());
    }

    @Test
    void aSearchWithNothingToSearchForIsABadRequestWithAReason() throws Exception {
        for (String query : List.of("/search", "/search?q=", "/search?q=%22%29%3A")) {
            var response = get(query, "text/html");
            assertEquals(400, response.statusCode(), query);
            assertTrue(response.body().contains("type a name to search for"), response.body());
        }
    }

    @Test
    void theQueryPageListsTheProjectsQueries() throws Exception {
        var response = get("/query", "text/html");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"officials.rq\""), "officials.rq is offered");
        assertTrue(response.body().contains("https://w3id.org/fulian-kg/ontology#"), "the fl: prefix is preloaded");
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Accept", accept).GET().build();
        return http.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
