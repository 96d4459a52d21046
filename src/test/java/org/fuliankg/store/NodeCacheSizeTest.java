package org.fuliankg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store is opened with TDB2's node caches sized by the heap, not TDB2's fixed million nodes. */
class NodeCacheSizeTest {

    @TempDir
    Path store;

    @Test
    void theCachesTakeATenthOfTheHeapAndNoMoreThanTdb2sDefaults() {
        StoreParams oneGb = TdbStore.nodeCaches(1L << 30);
        assertEquals(466_844, oneGb.getNodeId2NodeCacheSize(), "a tenth of 1 GiB at 230 bytes a node");
        assertEquals(93_368, oneGb.getNode2NodeIdCacheSize());
        StoreParams large = TdbStore.nodeCaches(64L << 30);
        assertEquals(StoreParams.getDftStoreParams().getNodeId2NodeCacheSize(), large.getNodeId2NodeCacheSize());
        assertEquals(StoreParams.getDftStoreParams().getNode2NodeIdCacheSize(), large.getNode2NodeIdCacheSize());
    }

    @Test
    void anOpenedStoreUsesThem() {
        DatasetGraph created = DatabaseMgr.connectDatasetGraph(store.toString());
        Txn.executeWrite(created, () -> created.add(Quad.create(NodeFactory.createURI("urn:x:g"),
                NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("o"))));
        TDBInternal.expel(created);
        DatasetGraph opened = TdbStore.open(store, 0);
        try {
            DatasetGraph tdb = opened instanceof DatasetGraphText text ? text.getWrapped() : opened;
            StoreParams used = TDBInternal.getDatasetGraphTDB(tdb).getStoreParams();
            StoreParams wanted = TdbStore.nodeCaches(Runtime.getRuntime().maxMemory());
            assertEquals(wanted.getNodeId2NodeCacheSize(), used.getNodeId2NodeCacheSize());
            assertEquals(wanted.getNode2NodeIdCacheSize(), used.getNode2NodeIdCacheSize());
            assertEquals(1, Txn.calculateRead(opened, () -> opened.getGraph(NodeFactory.createURI("urn:x:g")).size()));
        } finally {
            TdbStore.close(opened);
        }
    }
}
