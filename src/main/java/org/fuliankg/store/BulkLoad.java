package org.fuliankg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.base.LoaderOps;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Fills an empty store directory with a build's quads in two steps: the content is first written to a staging
 * file, so that extraction (which may fail on any document) is over before the bulk loader starts (a loader aborted
 * half-way would leave its worker threads running), then bulk-loaded.
 *
 * <p>The staging file is RDF Thrift (binary: about twice as fast to write and read back as TriG) without namespace
 * prefixes, which would make the writer try every prefix on every IRI; the prefixes go to the store after the
 * load. The loader is TDB2's phased one: it builds the primary indexes first, then the others a few at a time,
 * which on two cores beats the parallel loader's eight threads (measured in the bench, see the README).
 */
final class BulkLoad {

    private final Path store;
    private final Path staged;
    private final Map<String, String> prefixes = new LinkedHashMap<>();

    BulkLoad(Path store) {
        this.store = store;
        this.staged = store.resolve("staged.trdf");
    }

    /** Writes what {@code content} sends to the staging file; returns what {@code content} returns. */
    Map<String, List<String>> stage(Function<StreamRDF, Map<String, List<String>>> content) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(staged))) {
            StreamRDF thrift = StreamRDFWriter.getWriterStream(out, RDFFormat.RDF_THRIFT, null);
            StreamRDF writer = new StreamRDFWrapper(thrift) {
                @Override
                public void prefix(String prefix, String iri) {
                    prefixes.put(prefix, iri);
                }
            };
            writer.start();
            Map<String, List<String>> graphs = content.apply(writer);
            writer.finish();
            return graphs;
        }
    }

    /** Bulk-loads the staged quads, then the prefixes, into the store, and deletes the staging file. */
    void load() throws IOException {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        try {
            // A null monitor would throw and leave loader threads that keep the JVM alive.
            DataLoader loader = LoaderFactory.phasedLoader(dsg, LoaderOps.outputToLog());
            loader.startBulk();
            loader.load(staged.toString());
            loader.finishBulk();
            Txn.executeWrite(dsg, () -> prefixes.forEach(dsg.prefixes()::add));
        } finally {
            TDBInternal.expel(dsg); // release files and caches: the store is reopened (or deleted) by path
            Files.deleteIfExists(staged);
        }
    }
}
