package org.fuliankg.serve.reconcile;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A reconciliation service (W3C Entity Reconciliation Community Group, Reconciliation Service API v0.2, the API
 * OpenRefine speaks) at {@value #PATH}: match a column of names (persons, organisations, programmes) to the graph's
 * IRIs, preview and suggest them, and add columns (region code, level, parent federation, chair, programme kind …).
 * Batches hold at most {@link Reconciler#MAX_BATCH} queries; candidates come from precise lookups and the full-text
 * index, never from scanning the graph.
 */
public final class ReconcileService {

    public static final String PATH = "/reconcile";

    private ReconcileService() {}

    /** Registers the service on a server being built. */
    public static void addTo(FusekiServer.Builder builder, DatasetGraph dataset) {
        builder.addServlet(PATH + "/*", new ReconcileServlet(dataset));
    }
}
