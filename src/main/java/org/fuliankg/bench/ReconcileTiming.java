package org.fuliankg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.fuliankg.serve.KgServer;
import org.fuliankg.store.TdbStore;

/**
 * A reconciliation batch of {@value #NAMES} names on a store, as OpenRefine sends it (a form field {@code queries}):
 * officials, federations and programmes of the store, the first names in code-point order. Timed on a fresh server
 * (first request) and again right after.
 */
final class ReconcileTiming {

    static final int NAMES = 50;
    private static final String NAMES_QUERY = """
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX fl: <https://w3id.org/fulian-kg/ontology#>
            SELECT ?name WHERE {
              { SELECT DISTINCT ?name WHERE { ?p a foaf:Person ; foaf:name ?name } ORDER BY ?name LIMIT 30 }
              UNION { SELECT DISTINCT ?name WHERE { ?o a fl:WomensFederation ; skos:prefLabel ?name } ORDER BY ?name LIMIT 15 }
              UNION { SELECT DISTINCT ?name WHERE { ?g a fl:Programme ; skos:prefLabel ?name } ORDER BY ?name LIMIT 5 }
            }""";

    /** Milliseconds of the first and the second request, and how many names were sent. */
    record Result(double firstMillis, double secondMillis, int names) {}

    private ReconcileTiming() {}

    static Result run(Path store) throws IOException, InterruptedException {
        DatasetGraph dsg = TdbStore.open(store, 60_000);
        try (KgServer server = KgServer.start(dsg, KgServer.Settings.readOnly("127.0.0.1", 0))) {
            List<String> names = names(dsg);
            JsonObject batch = new JsonObject();
            for (int i = 0; i < names.size(); i++) {
                JsonObject query = new JsonObject();
                query.put("query", new JsonString(names.get(i)));
                batch.put("q" + i, query);
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/reconcile"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("queries=" + URLEncoder.encode(batch.toString(),
                            StandardCharsets.UTF_8)))
                    .build();
            HttpClient http = HttpClient.newHttpClient();
            return new Result(timed(http, request), timed(http, request), names.size());
        } finally {
            TdbStore.close(dsg);
        }
    }

    private static List<String> names(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            List<String> names = new ArrayList<>();
            try (var exec = QueryExecutionFactory.create(NAMES_QUERY, DatasetFactory.wrap(dsg))) {
                exec.execSelect().forEachRemaining(row -> names.add(row.getLiteral("name").getLexicalForm()));
            }
            return names;
        });
    }

    /** Milliseconds of one answered request; NaN when it was refused. */
    private static double timed(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double millis = (System.nanoTime() - t0) / 1e6;
        return response.statusCode() == 200 ? millis : Double.NaN;
    }
}
