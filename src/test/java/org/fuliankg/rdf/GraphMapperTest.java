package org.fuliankg.rdf;

import static org.junit.jupiter.api.Assertions.*;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

class GraphMapperTest {

    private final GraphMapper mapper = new GraphMapper();

    @Test
    void dump() {
        RDFDataMgr.write(System.out, mapper.map(FactsFixture.news()), Lang.TURTLE);
    }
}
