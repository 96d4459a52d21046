package org.fuliankg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Oversized requests get 413 over real HTTP before the server reads them whole: the oversized request is left
 * unfinished on its connection (the rest of its body never sent), so only an answer given without it can arrive,
 * and a normal query is answered meanwhile.
 */
class RequestSizeLimitTest {

    private static final int LIMIT = 4_000;
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

    private static KgServer server;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void serve() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        for (int i = 0; i < 10; i++) {
            dataset.add(Quad.defaultGraphIRI, NodeFactory.createURI("urn:x:s" + i), NodeFactory.createURI("urn:x:p"),
                    NodeFactory.createLiteralString("v" + i));
        }
        server = KgServer.start(dataset, new KgServer.Settings("127.0.0.1", 0, false, 1_000, null, LIMIT));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aBodyDeclaredOverTheLimitIs413WithoutBeingSent() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            send(socket, "POST /kg/sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                    + "Content-Length: 50000000\r\n\r\nSELECT * WHERE { ?s ?p ?o } #");
            assertEquals(200, countQuery().statusCode(), "another query is served meanwhile");
            assertTooLarge(socket, "its body");
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIs413AtTheLimitNotAtItsEnd() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            send(socket, "POST /kg/sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n");
            String comment = "#" + "x".repeat(998) + "\n";
            for (int chunk = 0; chunk < 2 * LIMIT / comment.length(); chunk++) {
                send(socket, Integer.toHexString(comment.length()) + "\r\n" + comment + "\r\n");
            }
            // no last chunk: the body has no end, so only a refusal at the limit can answer it
            assertEquals(200, countQuery().statusCode(), "another query is served meanwhile");
            assertTooLarge(socket, "its body");
        }
    }

    @Test
    void aQueryStringOverTheLimitIs413() throws Exception {
        String padded = COUNT + " #" + "x".repeat(LIMIT);
        var response = http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?query="
                + URLEncoder.encode(padded, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertTrue(response.body().contains("query string") && response.body().contains("--max-request-bytes"));
    }

    @Test
    void chunkedBodiesWithinTheLimitAreAnswered() throws Exception {
        for (String[] form : new String[][] {{"application/sparql-query", COUNT},
                {"application/x-www-form-urlencoded", "query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8)}}) {
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                byte[] body = form[1].getBytes(StandardCharsets.UTF_8);
                send(socket, "POST /kg/sparql HTTP/1.1\r\nHost: localhost\r\nAccept: text/csv\r\nConnection: close\r\n"
                        + "Content-Type: " + form[0] + "\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + Integer.toHexString(body.length) + "\r\n" + form[1] + "\r\n0\r\n\r\n");
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
                assertTrue(answer.contains("n\r\n10\r\n"), answer);
            }
        }
    }

    @Test
    void javasHttpClientReadsThe413OfABodyItIsStillSending() throws Exception {
        byte[] body = ("SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(500 * LIMIT)).getBytes(StandardCharsets.UTF_8);
        HttpClient loadTestClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = 0; i < 20; i++) { // before the rest of the body was read, some of these ended in an IOException
            for (boolean chunked : new boolean[] {true, false}) {
                var request = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql"))
                        .header("Content-Type", "application/sparql-query")
                        .POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                                : HttpRequest.BodyPublishers.ofByteArray(body))
                        .build();
                var response = loadTestClient.send(request, HttpResponse.BodyHandlers.ofString());
                assertEquals(413, response.statusCode(), chunked ? "chunked" : "with its length");
                assertTrue(response.body().contains("Request too large: its body"), response.body());
            }
        }
    }

    private static HttpResponse<String> countQuery() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?query="
                + URLEncoder.encode(COUNT, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void send(Socket socket, String text) throws Exception {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void assertTooLarge(Socket socket, String what) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        String status = in.readLine();
        assertTrue(status.startsWith("HTTP/1.1 413"), status);
        String line;
        StringBuilder rest = new StringBuilder();
        while ((line = in.readLine()) != null) rest.append(line).append('\n');
        assertTrue(rest.toString().contains("Request too large: " + what), rest.toString());
    }
}
