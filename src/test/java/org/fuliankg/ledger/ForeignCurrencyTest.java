package org.fuliankg.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.fuliankg.cli.Main;
import org.fuliankg.store.query.QueryableData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sum in Hong Kong dollars keeps its amount and code through the whole build, is labelled in its currency and is
 * left out of the yuan ledger with the reason, beside a sum in yuan that is summed. Names and figures are invented.
 */
class ForeignCurrencyTest {

    private static final String TEXT = "香港新界妇女联谊会慈善晚宴筹得300万港元\n"
            + "本报讯 2021年5月8日，香港新界妇女联谊会举行慈善晚宴，共筹得善款300万港元，将用于资助内地贫困女童。"
            + "同日，该会向湛江市妇联捐赠人民币50万元，用于“春蕾计划”。\n";

    @TempDir
    static Path dir;

    private static DatasetGraph graph;

    @BeforeAll
    static void build() throws IOException {
        Path text = Files.writeString(dir.resolve("hk.txt"), TEXT);
        Path built = dir.resolve("kg.trig");
        var err = new ByteArrayOutputStream();
        assertEquals(0, Main.run(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err), "build",
                "--out", built.toString(), text.toString()), err.toString(StandardCharsets.UTF_8));
        graph = QueryableData.open(built);
    }

    @Test
    void eachSumKeepsItsCurrencyAndIsLabelledInIt() {
        Map<String, String> labels = new TreeMap<>();
        Dataset dataset = DatasetFactory.wrap(graph);
        try (QueryExecution q = QueryExecution.dataset(dataset).query("""
                PREFIX schema: <https://schema.org/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?currency ?label WHERE { GRAPH ?g { ?f schema:currency ?currency ; rdfs:label ?label
                  FILTER (LANG(?label) = "en") } }""").build()) {
            q.execSelect().forEachRemaining(r -> labels.put(r.getLiteral("currency").getString(),
                    r.getLiteral("label").getString()));
        }
        assertEquals(List.of("CNY", "HKD"), List.copyOf(labels.keySet()));
        assertTrue(labels.get("HKD").startsWith("HK$3 million"), labels.toString());
        assertTrue(labels.get("CNY").startsWith("¥500,000"), labels.toString());
    }

    @Test
    void theYuanLedgerLeavesTheHongKongDollarsOutAndSaysWhy() {
        List<LedgerRow> rows = new FundingLedger(graph).rows();
        List<String> leftOut = rows.stream().flatMap(r -> r.leftOut().stream()).toList();
        assertTrue(leftOut.stream().anyMatch(l -> l.startsWith("300万港元") && l.endsWith("(in HKD, not yuan)")),
                leftOut.toString());
        assertTrue(rows.stream().anyMatch(r -> r.figures() == 1 && r.lowerBound() != null
                && r.lowerBound().compareTo(new java.math.BigDecimal("500000")) == 0), rows.toString());
    }
}
