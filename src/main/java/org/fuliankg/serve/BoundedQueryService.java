package org.fuliankg.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.web.HttpSC;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.fuliankg.store.table.TableGraphDump;
import org.fuliankg.store.table.TablePages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SPARQL query operation with two bounds a client can rely on: the whole result is computed in the request's
 * thread before the first byte is sent, so a query that runs out of time gets an HTTP error (Fuseki's own
 * operation streams a SELECT and, on timeout, cuts a 200 answer short), and the work stops with that error because
 * the thread that computed it is the one answering; and a result larger than {@code maxResults} rows (SELECT) or
 * triples/quads (CONSTRUCT, DESCRIBE) is refused rather than silently cut.
 *
 * <p>On a read-only server, SELECT answers are kept as written in a {@link ResultCache} of the served store: a query
 * asked again in the same format ({@link AnswerFormat}) is answered by sending those bytes, without running.
 *
 * <p>Statuses: 503 when the time limit is exceeded, {@value #TOO_LARGE} when the result is too large; both with a
 * plain-text message saying which limit and how to change it. Malformed queries keep Fuseki's 400.
 */
final class BoundedQueryService extends SPARQL_QueryDataset {

    /** At debug: which query each request computes and how it ends (with {@link QueryGate}'s lines, by thread). */
    private static final Logger LOG = LoggerFactory.getLogger(BoundedQueryService.class);

    /** Fuseki's status for a query its configuration refuses ({@code QueryDeniedException}). */
    static final int TOO_LARGE = HttpSC.UNPROCESSABLE_ENTITY_422;

    /** The request attribute holding a query's turn from its computation until its answer is sent. */
    private static final String TURN = BoundedQueryService.class.getName() + ".turn";
    /** The request attribute set once the answer was sent from its written bytes: Fuseki sends nothing more. */
    private static final String SENT = BoundedQueryService.class.getName() + ".sent";

    private final long maxResults;
    private final ResultCache cache;
    private final QueryGate gate;
    /**
     * Pages of the served store's table queries: the contract dumps' from the orders written with the store, others
     * sorted once (null with the cache: a writable store).
     */
    private final TablePages pages;

    /**
     * @param cache kept answers of the served store, or null (a writable store is never cached)
     * @param pages the pages of the served store's table queries ({@link StoredAnswers#pages}), or null (a writable
     *              store: they are computed by the engine)
     * @param gate  the turns to compute, shared with the server's other query services
     */
    BoundedQueryService(long maxResults, ResultCache cache, TablePages pages, QueryGate gate) {
        this.maxResults = maxResults;
        this.cache = cache;
        this.gate = gate;
        this.pages = cache == null ? null : pages;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryForLog) {
        try {
            return computed(action, exec, query, queryForLog);
        } catch (QueryCancelledException timedOut) {
            ActionExecLib.incCounter(action.getEndpoint().getCounters(), CounterName.QueryTimeouts);
            double seconds = (System.nanoTime() - arrivalNanos(action.getRequest())) / 1e9;
            LOG.debug("[{}] over the time limit after {} s", action.id, String.format(Locale.ROOT, "%.1f", seconds));
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "Query timed out: stopped after "
                    + String.format(Locale.ROOT, "%.1f", seconds) + " s, "
                    + "over the time limit of " + timeLimit(action) + ". Make the query more selective or add LIMIT; "
                    + "the limit is set with 'fulian-kg serve --timeout SECONDS'.");
            return null; // not reached: ServletOps.error throws
        }
    }

    private QueryExecResult computed(HttpAction action, QueryExec exec, Query query, String queryForLog) {
        Keeping keeping = keepingOf(action, query);
        String key = keeping == null ? null : keeping.key();
        ResultCache.Answer known = key == null ? null : cache.get(key);
        if (known != null) return sent(action, known);
        long arrival = arrivalNanos(action.getRequest());
        long limit = limitMillis(action);
        refuseCrossProduct(exec, query, limit);
        CountDownLatch other = key == null ? null : cache.claim(key);
        if (LOG.isDebugEnabled()) {
            LOG.debug("[{}] {}{}", action.id, signature(query), other == null ? "" : ": waiting for the same query");
        }
        if (other == null) {
            try {
                return gated(action, exec, query, queryForLog, keeping, arrival, limit);
            } finally {
                if (key != null) cache.computed(key);
            }
        }
        // the same query is being computed for another request: its answer, once written, is this one's too
        // (waiting here holds no turn and nothing computed); computed here only when there was none (too large to
        // be written whole, failed)
        awaited(other, arrival, limit);
        known = cache.get(key);
        return known != null ? sent(action, known) : gated(action, exec, query, queryForLog, keeping, arrival, limit);
    }

    /**
     * Answers a cross product now with the error computing it would end in ({@link CrossProduct}), before it takes a
     * turn: held to its limit in the expensive slot, it kept every query behind it waiting out theirs.
     */
    private void refuseCrossProduct(QueryExec exec, Query query, long limitMillis) {
        CrossProduct.Judged judged = CrossProduct.judged(query, exec.getDataset(), maxResults, limitMillis);
        if (judged == null) return;
        LOG.debug("cross product of {} patterns, at least {} rows: {}", judged.groups(), judged.rows(), judged.verdict());
        if (judged.verdict() == CrossProduct.Verdict.TOO_MANY_ROWS) tooLarge("rows");
        ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "Query refused: its triple patterns share no variable, so its "
                + "answer goes through every combination of their matches, at least " + judged.rows() + " rows: more "
                + "than can be computed within the time limit of " + millisText(limitMillis) + ". Join the patterns "
                + "by a variable, or ask without ORDER BY and with a LIMIT; the limit is set with "
                + "'fulian-kg serve --timeout SECONDS'.");
    }

    /** A query in a log line: its result variables and slice (e.g. the contract dumps' pages). */
    private static String signature(Query query) {
        return (query.isSelectType() ? "SELECT " + query.getResultVars() : query.queryType().toString())
                + (query.hasLimit() ? " LIMIT " + query.getLimit() : "")
                + (query.hasOffset() ? " OFFSET " + query.getOffset() : "");
    }

    /** How a SELECT's answer is kept: its cache key and the format it is written in, chosen once per request. */
    private record Keeping(String key, AnswerFormat format) {}

    /** How the answer is kept: a SELECT in a format the server keeps ({@link AnswerFormat}); null when it is not. */
    private Keeping keepingOf(HttpAction action, Query query) {
        AnswerFormat format = cache == null || !query.isSelectType() ? null : AnswerFormat.of(action);
        String key = format == null ? null : cache.key(action.getActiveDSG(), query,
                parameters(action, "default-graph-uri"), parameters(action, "named-graph-uri"), format.mediaType());
        return key == null ? null : new Keeping(key, format);
    }

    /** Sends a written answer now; Fuseki's own sending is then skipped ({@link #sendResults}). */
    private static QueryExecResult sent(HttpAction action, ResultCache.Answer answer) {
        AnswerFormat.send(action, answer);
        action.getRequest().setAttribute(SENT, Boolean.TRUE);
        return new QueryExecResult(true);
    }

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        if (action.getRequest().getAttribute(SENT) == null) super.sendResults(action, result, prologue);
    }

    /** Waits for {@code done} until the limit counted from {@code arrival}; the timeout's 503 when it passes. */
    private static void awaited(CountDownLatch done, long arrival, long limitMillis) {
        try {
            if (limitMillis <= 0) {
                done.await();
                return;
            }
            long left = arrival + TimeUnit.MILLISECONDS.toNanos(limitMillis) - System.nanoTime();
            if (left > 0 && done.await(left, TimeUnit.NANOSECONDS)) return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new QueryCancelledException();
    }

    /** Computes the answer under the gate's turns (and keeps it as {@code keeping} says, unless null). */
    private QueryExecResult gated(HttpAction action, QueryExec exec, Query query, String queryForLog, Keeping keeping,
                                  long arrival, long limit) {
        long pageRows = pages == null || !cache.serves(action.getActiveDSG()) ? -1 : pages.storedPage(query);
        if (pageRows > maxResults) tooLarge("rows");
        if (pageRows >= 0) {
            // a page of a contract dump cut from the order or the answer written with the store: its rows bound its
            // work, so it computes to its end in the bounded lane and never waits behind an expensive query
            QueryGate.Turn turn = waitFor(() -> gate.enterBounded(arrival, limit, CostMeter.stopping(exec)));
            return underTurn(action, turn, exec, query, queryForLog, keeping);
        }
        try {
            QueryGate.Turn turn = waitFor(() -> gate.enterRecomputable(arrival, limit, CostMeter.stopping(exec)));
            return underTurn(action, turn, exec, query, queryForLog, keeping);
        } catch (QueryGate.SlotTaken dropped) {
            // what it had computed went with the stack and the plan that held it: it waits for the slot holding
            // nothing (closing twice is harmless: Fuseki closes the execution it made at the end)
            exec.close();
        }
        QueryExec again = QueryExec.dataset(exec.getDataset()).query(query).context(exec.getContext()).build();
        try {
            QueryGate.Turn slot = waitFor(() -> gate.enterExpensive(arrival, limit, CostMeter.stopping(again)));
            return underTurn(action, slot, again, query, queryForLog, keeping);
        } finally {
            again.close(); // the answer is whole by now; its rows read their nodes in the request's transaction
        }
    }

    private interface Entry {
        QueryGate.Turn enter() throws InterruptedException;
    }

    private static QueryGate.Turn waitFor(Entry entry) {
        try {
            return entry.enter();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryCancelledException();
        }
    }

    /**
     * Computes the answer under {@code turn} (null: none came within the limit), which is kept until the answer has
     * been sent ({@link #execute(String, HttpAction)}): an answer is whole in memory until then, so a heavy query's
     * answer being written and the next heavy query computing would hold two at once.
     */
    private QueryExecResult underTurn(HttpAction action, QueryGate.Turn turn, QueryExec exec, Query query,
                                      String queryForLog, Keeping keeping) {
        if (turn == null) throw new QueryCancelledException(); // no turn within the time limit: the timeout's 503
        boolean sending = false;
        try {
            CostMeter.attach(exec.getContext(), turn);
            QueryExecResult answer = uncached(action, exec, query, queryForLog, keeping);
            action.getRequest().setAttribute(TURN, turn);
            sending = true;
            return answer;
        } finally {
            if (!sending) turn.close();
        }
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } finally {
            if (action.getRequest().getAttribute(TURN) instanceof QueryGate.Turn turn) turn.close();
        }
    }

    private QueryExecResult uncached(HttpAction action, QueryExec exec, Query query, String queryForLog,
                                     Keeping keeping) {
        if (query.isSelectType()) {
            SelectRows rows = selected(action, exec, query);
            // an answer over the cache's whole bound is left to Fuseki to write as it sends
            ResultCache.Answer written = keeping == null ? null : keeping.format().written(rows.vars(), rows.kept(),
                    action.getContext(), cache.largestWritten());
            if (written == null) return new QueryExecResult(RowSetStream.create(rows.vars(), rows.kept().iterator()));
            rows = null; // the rows can go while the answer is sent: a heavy answer is held once, as written
            cache.written(keeping.key(), written); // the requests waiting for it send it now, as this one does
            try {
                // written past the limit: kept for the next request, this one gets the timeout's error
                CostMeter.checkLimit(exec.getContext());
                return sent(action, written);
            } finally {
                cache.put(keeping.key(), written); // after sending: a large answer is compressed to be kept
            }
        }
        if (query.isConstructType()) return new QueryExecResult(constructed(exec, query));
        if (query.isDescribeType()) {
            Graph graph = exec.describe();
            if (graph.size() > maxResults) tooLarge("triples");
            return new QueryExecResult(graph);
        }
        if (query.isJsonType()) return new QueryExecResult(bounded(exec.execJsonItems(), "JSON objects").iterator());
        return super.executeQuery(action, exec, query, queryForLog); // ASK: one boolean, already computed whole
    }

    /** A SELECT's rows, whole, and its result variables. */
    private record SelectRows(List<Var> vars, List<Binding> kept) {}

    /**
     * The rows of a SELECT, from its research table when it reads one (a page of it in the order kept for the
     * served store, not sorted whole again); an error past the row limit.
     */
    private SelectRows selected(HttpAction action, QueryExec exec, Query query) {
        Runnable cellRead = CostMeter.rowsOf(exec.getContext()); // a table's cells metered as the engine's rows
        boolean served = cache != null && cache.serves(action.getActiveDSG());
        long limit = limitMillis(action);
        long deadline = limit <= 0 ? Long.MAX_VALUE
                : arrivalNanos(action.getRequest()) + TimeUnit.MILLISECONDS.toNanos(limit);
        RowSet table = served ? pages.rows(query, exec.getDataset(), exec.getContext(), cellRead, deadline) : null;
        if (table == null) table = TableGraphDump.rows(query, exec.getDataset(), exec.getContext(), cellRead);
        RowSet rows = table != null ? table : exec.select();
        SelectRows selected = new SelectRows(rows.getResultVars(), bounded(rows, "rows"));
        CostMeter.checkLimit(exec.getContext()); // computed past the limit: the timeout's error, not the answer late
        return selected;
    }

    /** When the request arrived, on the clock of {@link System#nanoTime()}: its wait for a turn counts from then. */
    static long arrivalNanos(HttpServletRequest request) {
        ServletContextRequest served = ServletContextRequest.getServletContextRequest(request);
        return served == null ? System.nanoTime() : served.getBeginNanoTime();
    }

    /** Every value of a request parameter, space-separated ("" when absent). */
    private static String parameters(HttpAction action, String name) {
        String[] values = action.getRequestParameterValues(name);
        return values == null ? "" : String.join(" ", values);
    }

    /** The CONSTRUCT result as a dataset (Fuseki answers CONSTRUCT with quads when the client accepts them). */
    private DatasetGraph constructed(QueryExec exec, Query query) {
        DatasetGraph result = DatasetGraphFactory.create();
        Iterator<Quad> quads = exec.constructQuads();
        long count = 0;
        try {
            while (quads.hasNext()) {
                Quad quad = quads.next();
                if (result.contains(quad)) continue; // a CONSTRUCT result is a set
                if (++count > maxResults) tooLarge("triples");
                result.add(quad);
            }
        } finally {
            Iter.close(quads);
        }
        query.getPrefixMapping().getNsPrefixMap().forEach(result.prefixes()::add);
        return result;
    }

    /** All items, or an error when there are more than the limit; closes {@code items} either way. */
    private <T> List<T> bounded(Iterator<T> items, String unit) {
        List<T> kept = new ArrayList<>();
        try {
            while (items.hasNext()) {
                if (kept.size() == maxResults) tooLarge(unit);
                kept.add(items.next());
            }
        } finally {
            Iter.close(items);
        }
        return kept;
    }

    private void tooLarge(String unit) {
        ServletOps.error(TOO_LARGE, "Result too large: the query gives more than " + maxResults + " " + unit
                + ", the server's limit. Add LIMIT (and OFFSET to page through the rest), or restart the server with "
                + "'fulian-kg serve --max-rows N'.");
    }

    /**
     * The limit Fuseki applied: the server's (ARQ.queryTimeout in the dataset's context, milliseconds) or the
     * request's {@code timeout} parameter (seconds) when that is shorter.
     */
    private static String timeLimit(HttpAction action) {
        return millisText(limitMillis(action));
    }

    private static String millisText(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
    }

    /** The limit in milliseconds; 0 or less when there is none. */
    private static long limitMillis(HttpAction action) {
        return limitMillis(action.getContext(), action.getRequestParameter("timeout"));
    }

    /** The shorter of the server's limit in {@code context} and a request's {@code timeout} parameter (seconds). */
    static long limitMillis(Context context, String timeoutParameter) {
        long millis = serverLimitMillis(context);
        long requested = overall(timeoutParameter, TimeUnit.SECONDS);
        return requested > 0 && (millis <= 0 || requested < millis) ? requested : millis;
    }

    /** The server's limit (ARQ.queryTimeout in a dataset's context) in milliseconds; 0 or less when there is none. */
    static long serverLimitMillis(Context context) {
        return overall(context.getAsString(ARQ.queryTimeout), TimeUnit.MILLISECONDS);
    }

    private static long overall(String setting, TimeUnit unit) {
        if (setting == null) return -1;
        Pair<Long, Long> initialAndOverall = Timeouts.parseTimeoutStr(setting, unit);
        return initialAndOverall == null ? -1 : initialAndOverall.getRight();
    }
}
