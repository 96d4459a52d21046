package org.fuliankg.store.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.fuliankg.rdf.table.ResearchTables;
import org.fuliankg.store.TdbStore;
import org.fuliankg.store.table.SummaryTables;

/**
 * Opens a built graph for querying without a server: an RDF file (any format Jena reads), a data directory
 * written by {@code serve} (its current store) or a bare TDB2 database directory. In every case the default
 * graph is the union of all graphs, as on the SPARQL endpoint.
 */
public final class QueryableData {

    static {
        JenaSystem.init();
    }

    private QueryableData() {}

    public static DatasetGraph open(Path data) throws IOException {
        if (!Files.exists(data)) throw new NoSuchFileException(data.toString(), null, "no such file or directory");
        if (TdbStore.isDataDir(data)) {
            Path store = new TdbStore(data).current()
                    .orElseThrow(() -> new NoSuchFileException(data.toString(), null, "its current store is missing"));
            return TdbStore.open(store, 0);
        }
        if (Files.isDirectory(data)) {
            if (!isTdb2(data)) {
                throw new NoSuchFileException(data.toString(), null, "neither a data directory nor a TDB2 database");
            }
            return TdbStore.open(data, 0);
        }
        return loadWithUnion(data);
    }

    private static boolean isTdb2(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
        }
    }

    /**
     * An in-memory dataset has no union switch: copy every named graph's triples into the default graph. A file
     * written by {@code build} holds the rows of the research tables but not the ledger and the summaries, which sum
     * all documents: they are computed here, as a store computes it after a load.
     */
    private static DatasetGraph loadWithUnion(Path file) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dataset, file.toString());
        dataset.executeWrite(() -> {
            List<Triple> named = new ArrayList<>();
            dataset.find().forEachRemaining(quad -> {
                if (!quad.isDefaultGraph()) named.add(quad.asTriple());
            });
            named.forEach(dataset.getDefaultGraph()::add);
            ResearchTables.deriveMissing(dataset);
            ResearchTables.rewriteLedger(dataset);
            SummaryTables.rewrite(dataset);
        });
        return dataset;
    }
}
