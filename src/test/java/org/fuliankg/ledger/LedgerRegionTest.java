package org.fuliankg.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.fuliankg.cli.Main;
import org.fuliankg.rdf.Iris;
import org.fuliankg.store.query.QueryableData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An organisation that documents place in two divisions (a city, and its province in another article) has its
 * figures counted once, in the smaller division: the ledger once counted such a figure for every pair of places.
 * Names and figures are invented.
 */
class LedgerRegionTest {

    private static final String TEXT = "吉林市妇联开展春蕾助学活动\n"
            + "本报讯 2021年6月2日，吉林市妇联在市区举行“春蕾计划”助学金发放仪式，为60名女童发放助学金30万元。\n";

    @TempDir
    Path dir;

    @Test
    void aFigureOfABodyPlacedInACityAndItsProvinceIsCountedOnceInTheCity() throws IOException {
        DatasetGraph graph = built();
        List<LedgerRow> before = spent(graph);
        assertEquals(1, before.size(), before.toString());

        // another article placed the same body in the province: its region statements are now two
        Node body = NodeFactory.createURI(Iris.organisation("220200-妇联"));
        Node inProvince = NodeFactory.createURI(Iris.region("220000"));
        Node region = NodeFactory.createURI(Iris.ONTOLOGY + "region");
        Node otherArticle = NodeFactory.createURI(Iris.graph("other.txt"));
        graph.executeWrite(() -> {
            graph.add(new Quad(otherArticle, body, region, inProvince));
            graph.getDefaultGraph().add(body, region, inProvince);
        });

        assertEquals(before, spent(graph));
        assertEquals(1, before.get(0).figures());
        assertEquals(0, new BigDecimal("300000").compareTo(before.get(0).lowerBound()));
        assertEquals("吉林市", before.get(0).regionName());
    }

    private DatasetGraph built() throws IOException {
        Path text = Files.writeString(dir.resolve("jl.txt"), TEXT);
        Path out = dir.resolve("kg.trig");
        var err = new ByteArrayOutputStream();
        assertEquals(0, Main.run(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err), "build", "--out",
                out.toString(), text.toString()), err.toString(StandardCharsets.UTF_8));
        return QueryableData.open(out);
    }

    private static List<LedgerRow> spent(DatasetGraph graph) {
        return new FundingLedger(graph).rows().stream().filter(r -> r.measure().equals("spent")).toList();
    }
}
