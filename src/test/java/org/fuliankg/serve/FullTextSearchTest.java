package org.fuliankg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.fuliankg.SeedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code text:query} through the real endpoint on the seeds: the full-text index finds exactly the nodes whose
 * labels contain the words searched, as a scan of every label with CONTAINS would, only fast.
 */
class FullTextSearchTest {

    private static final String PREFIXES = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;
    /** What the index holds: names and labels, and the rdfs:label of vocabulary terms (not of fact nodes). */
    private static final String LABELLED = "{ ?s ?p ?label FILTER (?p IN (skos:prefLabel, skos:altLabel, "
            + "skos:hiddenLabel, foaf:name, dcterms:title)) } UNION "
            + "{ GRAPH <https://w3id.org/fulian-kg/reference-data> { ?s rdfs:label ?label } }";

    private static KgServer server;

    @BeforeAll
    static void serveSeeds() throws IOException {
        server = KgServer.start(SeedStore.dataset(), "127.0.0.1", 0, false);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void theQueryFileFindsTheOrganisationsNamedWithTheWholeWord() throws IOException {
        List<List<String>> rows = select(Files.readString(Path.of("queries/full-text-search.rq")), "name", "type", "files");
        assertEquals(List.of(
                        List.of("江苏省妇女儿童福利基金会", "foundation", "000_f9ff3fdd4056e4a8.txt"),
                        List.of("湖北省妇女儿童发展基金会", "foundation", "000_f9ff3fdd4056e4a8.txt"),
                        // a service centre of the gold, found since …服务中心 is an organisation suffix
                        List.of("衢州市妇女儿童服务中心", "other", "000_f9ff3fdd4056e4a8.txt")),
                rows);
    }

    @Test
    void aQuotedWordFindsEveryNodeWithItInALabelAndNoOther() {
        for (String word : List.of("妇女儿童", "儿童友好", "基金会", "谭学军")) {
            Set<String> found = subjects("?s text:query '\"" + word + "\"'");
            assertEquals(subjects(LABELLED + " FILTER (CONTAINS(STR(?label), \"" + word + "\"))"), found, word);
            assertTrue(!found.isEmpty(), word);
        }
    }

    @Test
    void aTwoCharacterWordFindsOnlyLabelsHoldingIt() {
        // thousands of 妇联 (every federation of the reference hierarchy): counted, not listed
        String count = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { %s }";
        String indexed = select(PREFIXES + count.formatted("?s text:query '妇联'"), "n").get(0).get(0);
        String scanned = select(PREFIXES + count.formatted(LABELLED + " FILTER (CONTAINS(STR(?label), \"妇联\"))"), "n")
                .get(0).get(0);
        assertEquals(scanned, indexed);
        assertTrue(Integer.parseInt(indexed) > 3000, indexed);
    }

    @Test
    void aPersonsNameFindsThatPerson() {
        // 谭学军 chairs 成都市妇联 (seed 003, first interview)
        List<List<String>> rows = select(PREFIXES + """
                PREFIX org: <http://www.w3.org/ns/org#>
                SELECT DISTINCT ?name ?org WHERE {
                  ?person text:query '谭学军' ; foaf:name ?name .
                  ?post org:heldBy ?person ; org:postIn/skos:prefLabel ?orgLabel .
                  BIND (STR(?orgLabel) AS ?org)
                }""", "name", "org");
        assertEquals(List.of(List.of("谭学军", "成都市妇联")), rows);
    }

    private Set<String> subjects(String pattern) {
        List<List<String>> rows = select(PREFIXES + "SELECT DISTINCT ?s WHERE { " + pattern + " }", "s");
        Set<String> subjects = new TreeSet<>();
        rows.forEach(row -> subjects.add(row.get(0)));
        return subjects;
    }

    /** Runs a SELECT over HTTP; each row holds the lexical forms (or IRIs) of {@code variables}. */
    private static List<List<String>> select(String query, String... variables) {
        List<List<String>> rows = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.service(server.datasetUrl() + "/sparql").query(query).build()) {
            execution.execSelect().forEachRemaining((QuerySolution solution) -> {
                List<String> row = new ArrayList<>();
                for (String variable : variables) {
                    var node = solution.get(variable);
                    row.add(node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
                }
                rows.add(row);
            });
        }
        return rows;
    }
}
