package org.fuliankg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.fuliankg.pipeline.Pipeline;
import org.fuliankg.source.SourceReader;
import org.junit.jupiter.api.Test;

class PipelineSmokeTest {

    @Test
    void seedRunsThroughEveryStage() throws Exception {
        var source = new SourceReader().read(Path.of("seeds/003_60f0d1ff23c14434.txt"));
        var facts = new Pipeline().process(source);
        assertEquals("003_60f0d1ff23c14434.txt", facts.source().fileName());
        assertFalse(facts.source().text().isEmpty());
    }
}
