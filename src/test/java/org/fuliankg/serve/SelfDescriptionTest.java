package org.fuliankg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.fuliankg.SeedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The running server's VoID at /.well-known/void and its SPARQL Service Description, over HTTP on the seeds. */
class SelfDescriptionTest {

    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final HttpClient http = HttpClient.newHttpClient();

    private static KgServer server;
    private static long quads;

    @BeforeAll
    static void serveTheSeeds() throws IOException {
        DatasetGraph dataset = SeedStore.dataset();
        quads = dataset.calculateRead(() -> Iter.toList(dataset.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY))
                .stream().filter(q -> !q.isDefaultGraph()).count());
        server = KgServer.start(dataset, KgServer.Settings.readOnly("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void wellKnownVoidDescribesTheServedStore() throws Exception {
        Model description = fetched("/.well-known/void", "text/turtle", Lang.TURTLE);
        Resource dataset = description.listSubjectsWithProperty(RDF.type, description.createResource(VOID + "Dataset"))
                .next();
        assertEquals(quads, dataset.getProperty(description.createProperty(VOID + "triples")).getLong());
        assertEquals(server.datasetUrl() + "/sparql",
                dataset.getPropertyResourceValue(description.createProperty(VOID + "sparqlEndpoint")).getURI());
        assertEquals(server.datasetUrl() + "/get",
                dataset.getPropertyResourceValue(description.createProperty(VOID + "dataDump")).getURI());

        Model asJsonLd = fetched("/.well-known/void", "application/ld+json", Lang.JSONLD);
        assertTrue(asJsonLd.isIsomorphicWith(description), "the same description in JSON-LD");
    }

    @Test
    void theEndpointAskedWithoutAQueryGivesItsServiceDescription() throws Exception {
        Model description = fetched("/kg/sparql", "text/turtle", Lang.TURTLE);
        Resource service = description.getResource(server.datasetUrl() + "/sparql");
        assertTrue(service.hasProperty(RDF.type, description.createResource(SD + "Service")));
        assertTrue(service.hasProperty(description.createProperty(SD + "supportedLanguage"),
                description.createResource(SD + "SPARQL11Query")));
        Resource dataset = service.getPropertyResourceValue(description.createProperty(SD + "defaultDataset"));
        assertEquals(quads, dataset.getProperty(description.createProperty(VOID + "triples")).getLong());

        // a query still goes to the endpoint
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl()
                + "/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D")).header("Accept", "application/sparql-results+json")
                .build(), BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("\"boolean\" : true"), answer.body());
    }

    private static Model fetched(String path, String accept, Lang lang) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + path)).header("Accept", accept).build(),
                BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(accept),
                response.headers().toString());
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, new ByteArrayInputStream(response.body()), lang);
        return model;
    }
}
