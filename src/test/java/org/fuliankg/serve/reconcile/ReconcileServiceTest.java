package org.fuliankg.serve.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QueryExecution;
import org.fuliankg.build.CorpusStore;
import org.fuliankg.build.InputFiles;
import org.fuliankg.serve.KgServer;
import org.fuliankg.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reconciliation service as OpenRefine calls it, over HTTP on the real server: the seeds and two small texts
 * of our own (a chair named 王晓梅 in 成都 and another in 自贡) built into a TDB2 store with its full-text index.
 * Requests and answers have the shapes of the Reconciliation Service API v0.2 and its JSON schemas.
 */
class ReconcileServiceTest {

    private static final String BASE = "https://w3id.org/fulian-kg/";
    private static final String CHENGDU_WANG = BASE + "person/510100-妇联/王晓梅";
    private static final String ZIGONG_WANG = BASE + "person/510300-妇联/王晓梅";
    private static final String CHENGDU = BASE + "org/510100-妇联";
    private static final String SPRING_BUD = BASE + "programme/春蕾计划";
    private static final String PERSON = "http://xmlns.com/foaf/0.1/Person";
    private static final String ORGANISATION = "http://www.w3.org/ns/org#Organization";
    private static final String PROGRAMME = "https://w3id.org/fulian-kg/ontology#Programme";

    @TempDir
    static Path dataDir;

    private static KgServer server;
    private static String service;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void buildAndServe() throws IOException {
        var inputs = InputFiles.collect(List.of(Path.of("seeds"), Path.of("src/test/resources/org/fuliankg/serve/reconcile")));
        var result = CorpusStore.update(dataDir, inputs, 2);
        assertTrue(result.report().skipped().isEmpty(), "skipped: " + result.report().skipped());
        server = KgServer.start(TdbStore.open(result.store(), 30_000), "127.0.0.1", 0, false);
        service = "http://127.0.0.1:" + server.port() + "/reconcile";
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void theManifestDescribesEveryServiceWithUrlsOfThisServer() throws Exception {
        JsonObject manifest = json(get(""), 200);
        assertTrue(strings(manifest.get("versions")).contains("0.2"));
        for (String field : List.of("name", "identifierSpace", "schemaSpace")) assertTrue(manifest.get(field).isString());
        assertEquals(BASE, manifest.getString("identifierSpace"));
        assertEquals(List.of(PERSON, ORGANISATION, PROGRAMME), ids(manifest.get("defaultTypes")));
        String server = "http://127.0.0.1:" + ReconcileServiceTest.server.port();
        assertEquals(server + "/entity?iri={{id}}", manifest.getObj("view").getString("url"));
        JsonObject preview = manifest.getObj("preview");
        assertEquals(service + "/preview?id={{id}}", preview.getString("url"));
        assertTrue(preview.get("width").isNumber() && preview.get("height").isNumber());
        for (String kind : List.of("entity", "type", "property")) {
            JsonObject suggest = manifest.getObj("suggest").getObj(kind);
            assertEquals(service + "/suggest/" + kind, suggest.getString("service_url") + suggest.getString("service_path"));
        }
        JsonObject propose = manifest.getObj("extend").getObj("propose_properties");
        assertEquals(service + "/properties", propose.getString("service_url") + propose.getString("service_path"));
        assertEquals(100, manifest.getNumber("batchSize").intValue());
        // the view template leads to the entity page
        String page = manifest.getObj("view").getString("url").replace("{{id}}", encode(CHENGDU));
        assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(page)).build(), BodyHandlers.ofString()).statusCode());
        // the spec asks CORS of every endpoint, for clients running in a browser
        HttpResponse<String> cors = http.send(HttpRequest.newBuilder(URI.create(service))
                .header("Origin", "http://localhost:3333").build(), BodyHandlers.ofString());
        assertEquals("http://localhost:3333", cors.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    void theManifestComesAsJsonpForAnOldBrowserClient() throws Exception {
        HttpResponse<String> response = get("?callback=jQuery1234_5678");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/javascript"));
        String body = response.body();
        assertTrue(body.startsWith("jQuery1234_5678(") && body.endsWith(");"), body);
        assertEquals(json(get(""), 200), JSON.parse(body.substring("jQuery1234_5678(".length(), body.length() - 2)));
    }

    @Test
    void aSingleQueryMatchesTheFederationByItsFullNameInTraditionalScript() throws Exception {
        JsonArray result = results(postForm("queries", "{\"q0\": {\"query\": \"成都市婦女聯合會\", \"type\": \""
                + ORGANISATION + "\", \"limit\": 3}}")).get("q0");
        assertTrue(result.size() <= 3);
        JsonObject best = result.get(0).getAsObject();
        assertEquals(CHENGDU, best.getString("id"));
        assertEquals("成都市妇联", best.getString("name"));
        assertTrue(best.getBoolean("match"));
        assertEquals(100, best.getNumber("score").intValue());
        assertEquals(Boolean.TRUE, feature(best, "name_exact"));
        assertEquals(Boolean.TRUE, feature(best, "federation"));
        for (JsonValue other : result.subList(1, result.size())) assertFalse(other.getAsObject().getBoolean("match"));
        // the 0.1 protocol's single query: a name or an object, answered without the batch's key
        JsonObject single = json(get("?query=" + encode("成都市妇联")), 200);
        assertEquals(CHENGDU, single.get("result").getAsArray().get(0).getAsObject().getString("id"));
    }

    @Test
    void namesakesInTwoCitiesAreNeverMatchedByNameAloneAndAreToldApartByRegion() throws Exception {
        Map<String, JsonArray> results = results(postJson("""
                {"queries": {
                  "alone": {"query": "王晓梅", "type": "%1$s"},
                  "chengdu": {"query": "王晓梅", "type": "%1$s", "properties": [{"pid": "region", "v": "成都"}]},
                  "zigong": {"query": "王曉梅", "type": "%1$s", "properties": [{"pid": "region", "v": "510300"}]},
                  "province": {"query": "王晓梅", "type": "%1$s", "properties": [{"pid": "region", "v": "四川省"}]},
                  "org": {"query": "王晓梅", "type": "%1$s",
                          "properties": [{"pid": "organisation", "v": {"id": "%2$s", "name": "成都市妇联"}}]}
                }}""".formatted(PERSON, CHENGDU)));
        JsonArray alone = results.get("alone");
        assertEquals(Set.of(CHENGDU_WANG, ZIGONG_WANG), Set.copyOf(ids(alone).subList(0, 2)));
        assertEquals(score(alone.get(0)), score(alone.get(1)));
        alone.forEach(c -> assertFalse(c.getAsObject().getBoolean("match")));

        for (String[] told : new String[][] {{"chengdu", CHENGDU_WANG, "region_match"}, {"zigong", ZIGONG_WANG, "region_match"},
                {"org", CHENGDU_WANG, "organisation_match"}}) {
            JsonArray result = results.get(told[0]);
            JsonObject best = result.get(0).getAsObject();
            assertEquals(told[1], best.getString("id"), told[0]);
            assertTrue(best.getBoolean("match"), told[0]);
            assertEquals(Boolean.TRUE, feature(best, told[2]));
            JsonObject namesake = result.get(1).getAsObject();
            assertEquals(Boolean.FALSE, feature(namesake, told[2]), told[0]);
            assertTrue(score(namesake) < score(best));
        }
        // both cities lie in 四川省: the province does not tell them apart
        JsonArray province = results.get("province");
        assertEquals(score(province.get(0)), score(province.get(1)));
        assertFalse(province.get(0).getAsObject().getBoolean("match"));
    }

    /**
     * Fifty names as a researcher's column holds them: every official of the graph (the expected answer read from
     * the endpoint with SPARQL: a name held by one person is matched to that person, a name of several never),
     * federations, programmes, names in traditional script and names the graph does not hold.
     */
    @Test
    void aBatchOfFiftyNamesMatchesUniqueNamesAndNoNamesakeOrUnknownName() throws Exception {
        Map<String, List<String>> personsByName = personsByName();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> expected = new LinkedHashMap<>(); // query key -> the id matched, "" for no match
        List<String> unknown = List.of("欧阳无名", "司马不在", "张三丰", "诸葛未有", "公孙乌有", "成都市男子协会");
        for (String name : unknown) add(names, expected, name, "");
        add(names, expected, "成都市婦聯", CHENGDU);
        add(names, expected, "春蕾計劃", SPRING_BUD);
        add(names, expected, "四川省妇女联合会", BASE + "org/510000-妇联");
        add(names, expected, "自贡妇联", BASE + "org/510300-妇联");
        add(names, expected, "市中区妇联", ""); // four districts of that name in four cities
        for (var person : personsByName.entrySet()) {
            if (names.size() == 50) break;
            add(names, expected, person.getKey(), person.getValue().size() == 1 ? person.getValue().get(0) : "");
        }
        assertEquals(50, names.size());
        assertTrue(expected.containsValue(""));
        StringBuilder batch = new StringBuilder("{");
        names.forEach((key, name) -> batch.append(batch.length() > 1 ? "," : "")
                .append("\"").append(key).append("\": {\"query\": \"").append(name).append("\"}"));
        Map<String, JsonArray> results = results(postForm("queries", batch.append("}").toString()));
        assertEquals(names.keySet(), results.keySet());
        for (var e : expected.entrySet()) {
            JsonArray result = results.get(e.getKey());
            List<String> matched = new ArrayList<>();
            result.forEach(c -> { if (c.getAsObject().getBoolean("match")) matched.add(c.getAsObject().getString("id")); });
            assertEquals(e.getValue().isEmpty() ? List.of() : List.of(e.getValue()), matched, names.get(e.getKey()));
            result.forEach(c -> assertCandidateShape(c.getAsObject()));
        }
        for (String key : keysOf(names, unknown)) {
            results.get(key).forEach(c -> assertEquals(Boolean.FALSE, feature(c.getAsObject(), "name_exact")));
        }
        for (var person : personsByName.entrySet()) {
            String key = keysOf(names, List.of(person.getKey())).stream().findFirst().orElse(null);
            if (key != null && person.getValue().size() > 1) {
                assertTrue(ids(results.get(key)).containsAll(person.getValue()), person.getKey());
            }
        }
    }

    @Test
    void previewIsASmallHtmlCardOfTheEntity() throws Exception {
        HttpResponse<String> card = get("/preview?id=" + encode(CHENGDU));
        assertEquals(200, card.statusCode());
        assertTrue(card.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        for (String shown : List.of("成都市妇联", "地级", "510100", "四川省妇联", "王晓梅", "/entity?iri=")) {
            assertTrue(card.body().contains(shown), shown + " in " + card.body());
        }
        assertEquals(404, get("/preview?id=" + encode(BASE + "org/nowhere")).statusCode());
    }

    @Test
    void suggestCompletesEntitiesTypesAndProperties() throws Exception {
        JsonArray people = json(get("/suggest/entity?prefix=" + encode("王曉")), 200).get("result").getAsArray();
        assertTrue(ids(people).containsAll(List.of(CHENGDU_WANG, ZIGONG_WANG)), people.toString());
        for (JsonValue p : people) {
            assertNotNull(p.getAsObject().getString("name"));
            assertTrue(p.getAsObject().get("notable").isArray());
        }
        JsonArray bodies = json(get("/suggest/entity?type=organisation&prefix=" + encode("成都")), 200)
                .get("result").getAsArray();
        assertEquals(CHENGDU, ids(bodies).get(0));
        for (JsonValue b : bodies) assertEquals(List.of(ORGANISATION), ids(b.getAsObject().get("notable")));
        JsonArray next = json(get("/suggest/entity?type=organisation&cursor=1&prefix=" + encode("成都")), 200)
                .get("result").getAsArray();
        assertEquals(ids(bodies).subList(1, bodies.size()), ids(next).subList(0, bodies.size() - 1));

        assertEquals(List.of(ORGANISATION), ids(json(get("/suggest/type?prefix=org"), 200).get("result")));
        assertEquals(List.of(PERSON), ids(json(get("/suggest/type?prefix=" + encode("人物")), 200).get("result")));
        assertEquals(List.of("region", "regionCode"),
                ids(json(get("/suggest/property?prefix=reg"), 200).get("result")));
        assertEquals(List.of("position"), ids(json(get("/suggest/property?type=person&prefix=pos"), 200).get("result")));
    }

    @Test
    void dataExtensionProposesPropertiesAndAddsColumns() throws Exception {
        JsonObject proposed = json(get("/properties?type=" + encode(ORGANISATION)), 200);
        assertEquals(ORGANISATION, proposed.getString("type"));
        assertTrue(ids(proposed.get("properties")).containsAll(List.of("regionCode", "level", "parent", "chair")));
        JsonObject limited = json(get("/properties?type=organisation&limit=2"), 200);
        assertEquals(2, limited.get("properties").getAsArray().size());
        assertEquals(2, limited.getNumber("limit").intValue());

        String columns = "[{\"id\":\"regionCode\"},{\"id\":\"level\"},{\"id\":\"parent\"},{\"id\":\"chair\"},"
                + "{\"id\":\"organisation\"},{\"id\":\"position\"},{\"id\":\"kind\"}]";
        JsonObject extended = json(postForm("extend", "{\"ids\": [\"%s\", \"%s\", \"%s\", \"%s\"], \"properties\": %s}"
                .formatted(CHENGDU, ZIGONG_WANG, SPRING_BUD, BASE + "org/nowhere", columns)), 200);
        assertEquals(List.of("regionCode", "level", "parent", "chair", "organisation", "position", "kind"),
                ids(extended.get("meta")));
        JsonObject rows = extended.getObj("rows");
        JsonObject chengdu = rows.getObj(CHENGDU);
        assertEquals(List.of("510100"), cells(chengdu, "regionCode", "str"));
        assertEquals(List.of("地级"), cells(chengdu, "level", "str"));
        assertEquals(List.of(BASE + "org/510000-妇联"), cells(chengdu, "parent", "id"));
        assertTrue(cells(chengdu, "chair", "id").contains(CHENGDU_WANG));
        assertFalse(cells(chengdu, "chair", "id").contains(ZIGONG_WANG));
        JsonObject zigongWang = rows.getObj(ZIGONG_WANG);
        assertEquals(List.of(BASE + "org/510300-妇联"), cells(zigongWang, "organisation", "id"));
        assertTrue(cells(zigongWang, "position", "str").contains("主席"));
        assertEquals(List.of("510300"), cells(zigongWang, "regionCode", "str"));
        assertEquals(List.of("春蕾"), cells(rows.getObj(SPRING_BUD), "kind", "str"));
        assertEquals(List.of(), cells(rows.getObj(BASE + "org/nowhere"), "level", "str"));
    }

    @Test
    void badRequestsGetAClearFourHundredAndTheServerGoesOn() throws Exception {
        assertRefused(postForm("queries", "{\"q0\": {\"query\": \"王晓"), 400, "malformed JSON");
        assertRefused(postForm("queries", "{\"q0\": {\"query\": \"  \"}}"), 400, "empty or missing \"query\"");
        assertRefused(postForm("queries", "{\"q0\": {\"type\": \"person\"}}"), 400, "empty or missing \"query\"");
        assertRefused(postForm("queries", "{}"), 400, "empty batch");
        assertRefused(postForm("queries", "[1, 2]"), 400, "JSON object");
        assertRefused(postForm("queries", "{\"q0\": {\"query\": \"王晓梅\", \"type\": \"dog\"}}"), 400, "unknown type");
        assertRefused(postForm("queries", "{\"q0\": {\"query\": \"王晓梅\", \"properties\": [{\"pid\": \"colour\", \"v\": 1}]}}"),
                400, "unknown property");
        StringBuilder huge = new StringBuilder("{");
        for (int i = 0; i < 10_000; i++) huge.append(i > 0 ? "," : "").append("\"q").append(i).append("\":{\"query\":\"王晓梅\"}");
        String tenThousand = huge.append("}").toString();
        assertRefused(postForm("queries", tenThousand), 413, "at most 100");
        assertRefused(postJson(tenThousand), 413, "at most 100");
        assertRefused(postForm("extend", "{\"ids\": \"x\", \"properties\": []}"), 400, "\"ids\" must be a list");
        assertRefused(get("/suggest/entity"), 400, "missing parameter 'prefix'");
        assertRefused(get("/suggest/entity?prefix=a&cursor=-1"), 400, "cursor");
        assertRefused(get("/properties?type=dog"), 400, "unknown type");
        assertRefused(get("?callback=alert(1)"), 400, "callback");
        // and right after, the service answers as before
        assertEquals(CHENGDU, results(postForm("queries", "{\"q\": {\"query\": \"成都市妇联\"}}")).get("q")
                .get(0).getAsObject().getString("id"));
    }

    // --- helpers

    /** Persons by name, as SPARQL over the endpoint sees them: one IRI per person (the head of a merged cluster). */
    private static Map<String, List<String>> personsByName() {
        String query = """
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT ?name ?p WHERE {
                  ?p a foaf:Person ; foaf:name ?name
                  FILTER NOT EXISTS { ?p owl:sameAs ?other FILTER (?other != ?p) }
                } ORDER BY ?name ?p""";
        Map<String, List<String>> byName = new LinkedHashMap<>();
        try (QueryExecution q = QueryExecution.service(server.datasetUrl() + "/sparql").query(query).build()) {
            q.execSelect().forEachRemaining(row -> byName.computeIfAbsent(row.getLiteral("name").getLexicalForm(),
                    k -> new ArrayList<>()).add(row.getResource("p").getURI()));
        }
        return byName;
    }

    private static void add(Map<String, String> names, Map<String, String> expected, String name, String match) {
        String key = "q" + names.size();
        names.put(key, name);
        expected.put(key, match);
    }

    private static Set<String> keysOf(Map<String, String> names, List<String> wanted) {
        Set<String> keys = new TreeSet<>();
        names.forEach((k, v) -> { if (wanted.contains(v)) keys.add(k); });
        return keys;
    }

    /** The fields the result schema requires, with their types. */
    private static void assertCandidateShape(JsonObject candidate) {
        assertTrue(candidate.get("id").isString() && candidate.get("name").isString());
        assertTrue(candidate.get("score").isNumber() && candidate.get("match").isBoolean());
        for (JsonValue feature : candidate.get("features").getAsArray()) {
            JsonObject f = feature.getAsObject();
            assertTrue(f.get("id").isString() && (f.get("value").isBoolean() || f.get("value").isNumber()), f.toString());
        }
        for (JsonValue type : candidate.get("type").getAsArray()) assertTrue(type.getAsObject().get("id").isString());
    }

    private static void assertRefused(HttpResponse<String> response, int status, String reason) {
        assertEquals(status, response.statusCode(), response.body());
        String error = JSON.parse(response.body()).getString("error");
        assertTrue(error.contains(reason), error);
    }

    private static Object feature(JsonObject candidate, String id) {
        for (JsonValue f : candidate.get("features").getAsArray()) {
            if (f.getAsObject().getString("id").equals(id)) {
                JsonValue v = f.getAsObject().get("value");
                return v.isBoolean() ? v.getAsBoolean().value() : v.getAsNumber().value();
            }
        }
        return null;
    }

    private static double score(JsonValue candidate) {
        return candidate.getAsObject().getNumber("score").doubleValue();
    }

    private static List<String> cells(JsonObject row, String property, String field) {
        List<String> cells = new ArrayList<>();
        row.get(property).getAsArray().forEach(v -> cells.add(v.getAsObject().getString(field)));
        return cells;
    }

    private static List<String> ids(JsonValue array) {
        List<String> ids = new ArrayList<>();
        array.getAsArray().forEach(v -> ids.add(v.getAsObject().getString("id")));
        return ids;
    }

    private static List<String> strings(JsonValue array) {
        List<String> strings = new ArrayList<>();
        array.getAsArray().forEach(v -> strings.add(v.getAsString().value()));
        return strings;
    }

    private static Map<String, JsonArray> results(HttpResponse<String> response) {
        JsonObject batch = json(response, 200);
        Map<String, JsonArray> results = new LinkedHashMap<>();
        batch.forEach((key, value) -> results.put(key, value.getAsObject().get("result").getAsArray()));
        return results;
    }

    private static JsonObject json(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.parse(response.body());
    }

    private static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(service + pathAndQuery)).build(), BodyHandlers.ofString());
    }

    /** As OpenRefine sends queries and extension requests: a form field holding JSON. */
    private static HttpResponse<String> postForm(String field, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(service))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(field + "=" + encode(json))).build(), BodyHandlers.ofString());
    }

    private static HttpResponse<String> postJson(String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(service)).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(), BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
