package org.fuliankg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.fuliankg.pipeline.Pipeline;
import org.fuliankg.rdf.GraphMapper;
import org.fuliankg.source.SourceReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void aBuiltGraphValidatesAndABrokenOneFails() throws Exception {
        GraphMapper mapper = new GraphMapper();
        var facts = new Pipeline().process(new SourceReader().read(Path.of("seeds/003_60f0d1ff23c14434.txt")));
        Dataset dataset = DatasetFactory.create();
        dataset.addNamedModel(mapper.graphName(facts), mapper.map(facts));
        Path good = dir.resolve("good/kg.trig");
        Files.createDirectories(good.getParent());
        try (OutputStream out = Files.newOutputStream(good)) {
            RDFDataMgr.write(out, dataset, Lang.TRIG);
        }
        assertEquals(0, Main.run("validate", good.getParent().toString()));

        Path broken = dir.resolve("broken.ttl");
        Files.writeString(broken, """
                @prefix foaf: <%s> .
                <https://w3id.org/fulian-kg/person/x> a foaf:Person .
                """.formatted(FOAF.NS));
        assertEquals(1, Main.run("validate", broken.toString()));
        assertEquals(2, Main.run("validate", dir.resolve("missing.trig").toString()));
    }
}
