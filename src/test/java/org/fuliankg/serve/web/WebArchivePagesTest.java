package org.fuliankg.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.fuliankg.build.CorpusStore;
import org.fuliankg.generate.ExampleArchive;
import org.fuliankg.serve.KgServer;
import org.fuliankg.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entity pages of facts read from a web archive show each source's address and date. */
class WebArchivePagesTest {

    @TempDir
    static Path tmp;

    private static KgServer server;
    private static org.apache.jena.sparql.core.DatasetGraph dataset;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void serveTheExampleCrawl() throws IOException {
        Path archive = tmp.resolve("crawl.warc.gz");
        ExampleArchive.write(archive);
        var result = CorpusStore.update(tmp.resolve("data"), List.of(archive), 1);
        dataset = TdbStore.open(result.store(), 30_000);
        server = KgServer.start(dataset, "127.0.0.1", 0, false);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void aPersonsPageShowsTheAddressAndStatedDateOfItsSource() throws Exception {
        String page = entityPage("林晓雯");
        assertTrue(page.contains(ExampleArchive.PAGES.get(0)), page);
        assertTrue(page.contains("2023-05-12"), page);
    }

    @Test
    void aSourceWithoutAStatedDateShowsItsCaptureDateAsSuch() throws Exception {
        String page = entityPage("陈佳");
        assertTrue(page.contains(ExampleArchive.PAGES.get(1).replace("&", "&amp;")), page);
        assertTrue(page.contains("2024-06-01（抓取日期 / capture date）"), page);
    }

    private static String entityPage(String name) throws Exception {
        String iri;
        String query = "SELECT ?p WHERE { ?p <http://xmlns.com/foaf/0.1/name> \"" + name + "\" } LIMIT 1";
        try (var execution = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dataset)).query(query).build()) {
            iri = org.apache.jena.system.Txn.calculateRead(dataset,
                    () -> execution.execSelect().next().getResource("p").getURI());
        }
        var response = http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl().replace("/kg", "")
                        + "/entity?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8)))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode());
        return response.body();
    }
}
