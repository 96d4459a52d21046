package org.fuliankg.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.fuliankg.serve.web.WebPages;
import org.fuliankg.store.FederatedQueries;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The SPARQL endpoint: embedded Fuseki serving one dataset read-only at {@value #DATASET}.
 *
 * <p>Queries: {@code /kg/sparql} and {@code /kg/query} (GET and POST); Graph Store reads: {@code /kg/get} and
 * {@code /kg?graph=…}. There is no update service and the Graph Store is not writable. {@code /$/ping},
 * {@code /$/stats} and {@code /$/metrics} report on the server; CORS is allowed so browser tools can query.
 * Queries may call other endpoints with {@code SERVICE} (e.g. Wikidata), identified by a User-Agent.
 */
public final class KgServer implements AutoCloseable {

    public static final String DATASET = "/kg";

    private final FusekiServer fuseki;
    private final String host;

    private KgServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    /**
     * Starts serving {@code dataset}.
     *
     * @param port    0 for any free port (see {@link #port()})
     * @param verbose log every request (Fuseki's request log) instead of only warnings
     */
    public static KgServer start(DatasetGraph dataset, String host, int port, boolean verbose) {
        FederatedQueries.identifyOutgoingCalls();
        FusekiServer.Builder builder = FusekiServer.create()
                .port(port)
                .add(DATASET, dataset, false) // false: read-only
                .enablePing(true)
                .enableStats(true)
                .enableMetrics(true)
                .enableCors(true)
                .verbose(verbose);
        WebPages.addTo(builder, dataset);
        FusekiServer fuseki = builder.build();
        for (Connector connector : fuseki.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector server) server.setHost(host);
        }
        fuseki.start();
        return new KgServer(fuseki, host);
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** The dataset's base URL, e.g. {@code http://127.0.0.1:3030/kg}. */
    public String datasetUrl() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port() + DATASET;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
