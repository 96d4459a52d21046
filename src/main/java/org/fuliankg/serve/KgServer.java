package org.fuliankg.serve;

import java.nio.file.Path;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.JettyLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.fuliankg.serve.reconcile.ReconcileService;
import org.fuliankg.serve.web.WebPages;
import org.eclipse.jetty.security.PropertyUserStore;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.fuliankg.store.query.FederatedQueries;
import org.fuliankg.store.table.TablePages;

/**
 * The SPARQL endpoint: embedded Fuseki serving one dataset at {@value #DATASET}.
 *
 * <p>Queries: {@code /kg/sparql} and {@code /kg/query} (GET and POST); Graph Store reads: {@code /kg/get} and
 * {@code /kg?graph=…}. Every query is bounded by the time limit in the dataset's context ({@code ARQ.queryTimeout})
 * and by {@link Settings#maxResults()} ({@link BoundedQueryService}); whole tables stream from {@code /kg/table/}
 * ({@link TableDumpServlet}); requests over {@link Settings#maxRequestBytes()} get 413 ({@link RequestSizeLimit}).
 * {@code /$/ping}, {@code /$/stats} and
 * {@code /$/metrics} report on the server; CORS is allowed so browser tools can query. Queries may call other
 * endpoints with {@code SERVICE} (e.g. Wikidata), identified by a User-Agent.
 *
 * <p>Read-only unless {@link Settings#passwordFile()} is given: then SPARQL Update at {@code /kg/update} and Graph
 * Store writes at {@code /kg/data} are served to users who log in with HTTP basic auth; reads stay open.
 */
public final class KgServer implements AutoCloseable {

    public static final String DATASET = "/kg";
    public static final String UPDATE = "update";
    public static final String GRAPH_STORE_WRITES = "data";
    public static final long DEFAULT_MAX_RESULTS = 100_000;
    private static final String REALM = "fulian-kg";
    /** Jetty's default idle timeout; the margin lets a query stopped at its limit send its 503 first. */
    private static final long DEFAULT_IDLE_MILLIS = 30_000;
    private static final long IDLE_MARGIN_MILLIS = 30_000;

    /**
     * How to serve.
     *
     * @param port         0 for any free port (see {@link #port()})
     * @param verbose      log every request (Fuseki's request log) instead of only warnings
     * @param maxResults   the most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) a query may answer
     * @param passwordFile null for read-only; else Jetty's {@code user: password} lines of the users who may write
     * @param maxRequestBytes the largest query string or body accepted; larger ones get 413 before being read
     */
    public record Settings(String host, int port, boolean verbose, long maxResults, Path passwordFile,
                           long maxRequestBytes) {
        public Settings(String host, int port, boolean verbose, long maxResults, Path passwordFile) {
            this(host, port, verbose, maxResults, passwordFile, DEFAULT_MAX_REQUEST_BYTES);
        }

        public static Settings readOnly(String host, int port) {
            return new Settings(host, port, false, DEFAULT_MAX_RESULTS, null);
        }
    }

    public static final long DEFAULT_MAX_REQUEST_BYTES = RequestSizeLimit.DEFAULT_BYTES;

    private final FusekiServer fuseki;
    private final String host;
    /** The pages of the served store's table queries (null on a writable server). */
    private final TablePages pages;

    private KgServer(FusekiServer fuseki, String host, TablePages pages) {
        this.fuseki = fuseki;
        this.host = host;
        this.pages = pages;
    }

    /** Starts serving {@code dataset} read-only with the default result limit. */
    public static KgServer start(DatasetGraph dataset, String host, int port, boolean verbose) {
        return start(dataset, new Settings(host, port, verbose, DEFAULT_MAX_RESULTS, null));
    }

    public static KgServer start(DatasetGraph dataset, Settings settings) {
        return start(dataset, settings, defaultQueries());
    }

    /**
     * The canned queries when none are given: {@code queries/} of the installation directory (system property
     * {@code fuliankg.home}, which the launcher sets), else of the working directory.
     */
    public static Path defaultQueries() {
        return Path.of(System.getProperty("fuliankg.home", "."), "queries");
    }

    /**
     * Starts serving {@code dataset}, with the canned queries of {@code queries} ({@code NAME.rq}): the query page's
     * list and the tables of {@code /kg/table/NAME.csv}.
     */
    public static KgServer start(DatasetGraph dataset, Settings settings, Path queries) {
        FederatedQueries.identifyOutgoingCalls();
        boolean writable = settings.passwordFile() != null;
        // Read-only standard services (query, Graph Store reads) open to all; writes only on their own named
        // endpoints, so the login they need does not spread to the reads on /kg itself.
        DataService.Builder service = DataService.newBuilder(dataset).withStdServices(false);
        if (writable) {
            service.addEndpoint(Operation.Update, UPDATE, Auth.ANY_USER)
                    .addEndpoint(Operation.GSP_RW, GRAPH_STORE_WRITES, Auth.ANY_USER);
        }
        QueryGate gate = new QueryGate(Runtime.getRuntime().availableProcessors());
        TablePages pages = writable ? null : StoredAnswers.pages(dataset);
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery,
                        new BoundedQueryService(settings.maxResults(),
                                writable ? null : StoredAnswers.kept(
                                        new ResultCache(dataset, ResultCache.defaultMaxBytes()), dataset),
                                pages, gate))
                .registerOperation(Operation.Update, WebContent.contentTypeSPARQLUpdate, new NoLocalLoadUpdateService())
                .add(DATASET, service)
                .enablePing(true)
                .enableStats(true)
                .enableMetrics(true)
                .enableCors(true)
                .verbose(settings.verbose());
        if (writable) {
            builder.securityHandler(JettySecurityLib.makeSecurityHandler(REALM, users(settings.passwordFile()),
                            AuthScheme.BASIC))
                    .addFilter("/*", new CredentialsHiddenFilter());
        }
        WebPages.addTo(builder, dataset, queries);
        ReconcileService.addTo(builder, dataset);
        var self = new SelfDescription(dataset, writable);
        builder.addServlet(SelfDescription.WELL_KNOWN_VOID, self)
                .addFilter(DATASET + "/sparql", self)
                .addFilter(DATASET + "/query", self);
        builder.addServlet(TableDumpServlet.PATH, new TableDumpServlet(dataset, gate, queries));
        FusekiServer fuseki = builder.build();
        RequestSizeLimit.install(fuseki.getJettyServer(), settings.maxRequestBytes());
        long idleMillis = idleMillis(BoundedQueryService.serverLimitMillis(dataset.getContext()));
        for (Connector connector : fuseki.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector server) {
                server.setHost(settings.host());
                server.setIdleTimeout(idleMillis);
            }
        }
        fuseki.start();
        return new KgServer(fuseki, settings.host(), pages);
    }

    /**
     * How long a connection may stay silent: longer than any query may compute. Jetty's default of 30 s equals the
     * default query limit, and the request's connection is silent while its answer is computed, so a query stopped
     * at its limit sometimes found its connection already closed and the client got no answer at all. Without a
     * query limit, a connection is never closed for silence.
     */
    static long idleMillis(long queryLimitMillis) {
        return queryLimitMillis > 0 ? Math.max(DEFAULT_IDLE_MILLIS, queryLimitMillis + IDLE_MARGIN_MILLIS) : -1;
    }

    /** The connectors' idle timeout in milliseconds (-1: none). */
    long connectionIdleMillis() {
        return ((ServerConnector) fuseki.getJettyServer().getConnectors()[0]).getIdleTimeout();
    }

    /**
     * The users of a password file, read once: Fuseki's own {@code passwordFile} would re-read it every few seconds
     * from a thread that outlives the server.
     */
    private static UserStore users(Path passwordFile) {
        PropertyUserStore users = new PropertyUserStore();
        users.setConfig(JettyLib.newResource(passwordFile.toString()));
        try {
            users.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the password file " + passwordFile + ": " + e.getMessage(), e);
        }
        return users;
    }

    /**
     * The rows of the page {@code query} asks (parsed as a request's) when its work is bounded by them, cut from what
     * was written with the store: it then computes in the bounded lane, never the whole query in the expensive slot
     * (tests: every page of the contract dumps); -1 when it is computed by the engine.
     */
    long storedPage(String query) {
        return pages == null ? -1 : pages.storedPage(StoredAnswers.parsed(query));
    }

    /** How many times a table query was sorted whole for its pages (tests: never, for the contract dumps). */
    int tableSorts() {
        return pages == null ? 0 : pages.sorted();
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** The dataset's base URL, e.g. {@code http://127.0.0.1:3030/kg}. */
    public String datasetUrl() {
        return datasetUrl("http", host, port());
    }

    /** The dataset's URL on {@code host} (an IPv6 address in brackets); no port when it is not positive. */
    static String datasetUrl(String scheme, String host, int port) {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return scheme + "://" + shown + (port > 0 ? ":" + port : "") + DATASET;
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
