package org.fuliankg.serve.web.front;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The front page's figures are computed once per store version: kept while the store is unchanged, new after a write. */
class GraphOverviewTest {

    private static final Node DOCUMENT = NodeFactory.createURI("https://w3id.org/fulian-kg/ontology#Document");

    @Test
    void figuresAreKeptUntilTheStoreChanges() {
        DatasetGraph store = DatabaseMgr.createDatasetGraph(); // TDB2 in memory: versions like a store on disk
        store.getContext().set(TDB2.symUnionDefaultGraph, true); // as served
        addDocument(store, "a");
        var overview = new GraphOverview(store);
        GraphOverview.Figures first = overview.figures();
        assertEquals(1, documents(first));
        assertSame(first, overview.figures(), "unchanged store: the kept figures");

        addDocument(store, "b");
        GraphOverview.Figures second = overview.figures();
        assertNotSame(first, second);
        assertEquals(2, documents(second));
        assertEquals(2, second.documentsByYear().stream().mapToLong(GraphOverview.Bar::value).sum());
    }

    private static void addDocument(DatasetGraph store, String name) {
        Node graph = NodeFactory.createURI("https://w3id.org/fulian-kg/graph/" + name + ".txt");
        Txn.executeWrite(store, () -> store.add(graph,
                NodeFactory.createURI("https://w3id.org/fulian-kg/doc/" + name + ".txt"), RDF.type.asNode(), DOCUMENT));
    }

    private static long documents(GraphOverview.Figures figures) {
        return figures.counts().stream().filter(c -> c.key().equals("documents")).findFirst().orElseThrow().value();
    }
}
