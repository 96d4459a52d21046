package org.fuliankg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each output format holds the fixture's five triples, in named graphs or (Turtle) as their union. */
class RdfFileOutputTest {

    private static final Path FIXTURE = Path.of("src/test/resources/serve/two-documents.trig");

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"kg.trig, 2, 0", "kg.nq, 2, 0", "kg.jsonld, 2, 0", "kg.ttl, 0, 5"})
    void writesTheFormatOfTheExtension(String name, int namedGraphs, int defaultGraphTriples) throws Exception {
        Path file = dir.resolve(name);
        RdfFileOutput.write(file, stream -> RDFParser.source(FIXTURE).parse(stream));

        DatasetGraph read = RDFDataMgr.loadDatasetGraph(file.toString());
        assertEquals(namedGraphs, read.size());
        assertEquals(defaultGraphTriples, read.getDefaultGraph().size());
        assertEquals(5, read.stream().count());
        assertEquals(1, Files.list(dir).count(), "no partial file left behind");
    }

    @Test
    void unknownExtensionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RdfFileOutput.write(dir.resolve("kg.xyz"), stream -> {}));
    }
}
