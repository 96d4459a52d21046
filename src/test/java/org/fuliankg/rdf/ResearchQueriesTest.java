package org.fuliankg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs every research query over the two fixture documents and checks its answer. */
class ResearchQueriesTest {

    private static final String A = FactsFixture.FILE_A;
    private static final String B = FactsFixture.FILE_B;
    private static Dataset dataset;

    @BeforeAll
    static void build() {
        dataset = FactsFixture.dataset();
    }

    @Test
    void everyQueryFileParsesAndStatesItsQuestionInChineseAndEnglish() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            List<Path> queries = files.filter(f -> f.toString().endsWith(".rq")).toList();
            assertTrue(queries.size() >= 14);
            for (Path file : queries) {
                String header = Files.readString(file).lines().takeWhile(l -> l.startsWith("#")).reduce("", String::concat);
                assertTrue(header.matches(".*[\\u4e00-\\u9fff].*") && header.matches(".*[a-z]{4,}.*"), file.toString());
                QueryFiles.parse(file.getFileName().toString());
            }
        }
    }

    @Test
    void chairsInAProvince() {
        assertRows("chairs-in-province.rq",
                row("富顺县妇联", "张丽", A), row("自贡市妇联", "李红梅", A), row("自贡市妇联", "李红梅", B));
    }

    @Test
    void federationsByLevel() {
        assertRows("federations-by-level.rq", row("province", "1"), row("prefecture", "1"), row("county", "1"));
    }

    @Test
    void springBudByCity() {
        assertRows("spring-bud-by-city.rq", row("自贡市", "1200000", "1"));
    }

    @Test
    void twoCancerReliefPerBeneficiary() {
        List<List<String>> rows = QueryFiles.rows(dataset, "two-cancer-per-beneficiary.rq");
        assertEquals(1, rows.size());
        assertEquals(List.of(A, "两癌救助", "自贡市妇联", "per-person", "10000", "150"), rows.get(0).subList(0, 6));
        assertEquals(0, new BigDecimal("10000").compareTo(new BigDecimal(rows.get(0).get(6))));
    }

    @Test
    void officialsWithPostsInTwoOrganisations() {
        List<List<String>> rows = QueryFiles.rows(dataset, "officials-in-two-organisations.rq");
        assertEquals(1, rows.size());
        assertEquals("张丽", rows.get(0).get(0));
        assertEquals("2", rows.get(0).get(2));
        assertTrue(rows.get(0).get(1).contains("富顺县妇联") && rows.get(0).get(1).contains("自贡市女企业家协会"));
    }

    @Test
    void programmesPerFederation() {
        // 四川省妇联 is named in the news item with 巾帼大宣讲 and 春营计划 (= 春蕾计划)
        assertRows("programmes-per-federation.rq",
                row("四川省妇联", "春蕾计划", "1"), row("四川省妇联", "百千万巾帼大宣讲", "1"),
                row("富顺县妇联", "两癌救助", "1"), row("富顺县妇联", "春蕾计划", "1"),
                row("自贡市妇联", "两癌救助", "1"), row("自贡市妇联", "春蕾计划", "2"),
                row("自贡市妇联", "百千万巾帼大宣讲", "1"));
    }

    @Test
    void factsWithTheirSourceSentences() {
        List<List<String>> rows = QueryFiles.rows(dataset, "facts-with-sources.rq");
        assertTrue(rows.size() > 15);
        for (List<String> row : rows) {
            String text = row.get(0).equals(A) ? FactsFixture.TEXT_A : FactsFixture.TEXT_B;
            int start = Integer.parseInt(row.get(4));
            int end = Integer.parseInt(row.get(5));
            assertEquals(text.substring(start, end), row.get(3));
            assertTrue(row.get(6).contains(row.get(3)));
        }
        assertTrue(rows.stream().anyMatch(r -> r.get(1).equals("FundingFigure") && r.get(3).equals("120万余元")));
    }

    @Test
    void federationsWithNoOfficials() {
        assertRows("federations-without-officials.rq", row("四川省妇联", "province"));
    }

    @Test
    void hierarchyUnderAProvince() {
        List<List<String>> rows = QueryFiles.rows(dataset, "hierarchy-under-province.rq");
        assertTrue(rows.size() > 150, "every federation in Sichuan: " + rows.size());
        List<List<String>> mentioned = rows.stream().filter(r -> r.get(3).equals("true")).toList();
        assertEquals(ContractQueriesTest.sorted(List.of(row("自贡市妇联", "prefecture", "四川省妇联", "true"),
                row("富顺县妇联", "county", "自贡市妇联", "true"))), ContractQueriesTest.sorted(mentioned));
    }

    @Test
    void theWikidataJoinSendsP442CodesInWikidatasFormat() throws Exception {
        String federated = Files.readString(Path.of("queries/wikidata-federated.rq"));
        assertTrue(federated.contains("SERVICE <https://query.wikidata.org/sparql>"));
        // the local half of the join, without the call to Wikidata: which codes would be sent
        String local = federated.replaceAll("(?s)SERVICE <[^>]+> \\{.*?\\n  \\}", "")
                .replace("SELECT ?region ?code ?p442 ?item ?itemLabel ?population", "SELECT ?region ?p442");
        List<List<String>> rows;
        try (var execution = org.apache.jena.query.QueryExecution.create(local, dataset)) {
            rows = new java.util.ArrayList<>();
            execution.execSelect().forEachRemaining(s -> rows.add(List.of(s.getLiteral("region").getString(),
                    s.getLiteral("p442").getString())));
        }
        assertEquals(ContractQueriesTest.sorted(List.of(row("四川省", "51"), row("自贡市", "51 03"))),
                ContractQueriesTest.sorted(rows));
    }

    private static List<String> row(String... values) {
        return Arrays.asList(values);
    }

    @SafeVarargs
    private static void assertRows(String query, List<String>... expected) {
        assertEquals(ContractQueriesTest.sorted(List.of(expected)),
                ContractQueriesTest.sorted(QueryFiles.rows(dataset, query)), query);
    }
}
