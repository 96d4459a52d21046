package org.fuliankg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.fuliankg.store.TableFiles;
import org.fuliankg.store.table.TableGraphDump;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whole tables as streamed downloads: {@code GET /kg/table/NAME.csv} (or {@code .tsv}, {@code .json}) runs the
 * SELECT of {@code queries/NAME.rq} as that file says on the day (read on every request) and writes each row as
 * the engine gives it, so a dump of any size passes, without the endpoint's row limit and without the server
 * holding it. Rows come in the query's {@code ORDER BY} (the contract queries order by file first); rows the order
 * leaves tied come in the store's index order, the same on every request to a served store.
 *
 * <p>A dump takes a turn of the {@link QueryGate} like any query (a long one moves to its expensive slot) and is
 * bounded by the same time limit, counted from the request's arrival. A dump stopped before its first bytes went
 * out gets the endpoint's 503; one stopped while streaming ends with a line {@code # stopped: …} saying why, and
 * the response is then aborted (the chunked body lacks its last chunk), so every HTTP client reports an
 * incomplete transfer instead of a short table.
 *
 * <p>A CSV dump of a contract query is streamed from the file written with the store ({@link TableFiles}) while
 * the store and the query file are those it was written for (its response then has a {@code Last-Modified}).
 */
final class TableDumpServlet extends HttpServlet {

    static final String PATH = KgServer.DATASET + "/table/*";
    private static final Logger LOG = LoggerFactory.getLogger(TableDumpServlet.class);
    private static final Pattern NAME = Pattern.compile("/([a-z0-9][a-z0-9-]*)\\.(csv|tsv|json)");
    private static final Map<String, Lang> FORMATS = Map.of(
            "csv", ResultSetLang.RS_CSV, "tsv", ResultSetLang.RS_TSV, "json", ResultSetLang.RS_JSON);

    private final DatasetGraph dataset;
    private final QueryGate gate;
    private final Path queries;
    /** The dumps written with the store, if they were written for it as it is. */
    private final Optional<TableFiles> files;

    /** @param queries the folder of {@code NAME.rq} files */
    TableDumpServlet(DatasetGraph dataset, QueryGate gate, Path queries) {
        this.dataset = dataset;
        this.gate = gate;
        this.queries = queries;
        this.files = Txn.calculateRead(dataset, () -> TableFiles.of(dataset));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher name = NAME.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Path file = name.matches() ? queries.resolve(name.group(1) + ".rq") : null;
        if (file == null || !Files.isRegularFile(file)) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, "No such table. Ask for "
                    + KgServer.DATASET + "/table/NAME.csv (or .tsv, .json), NAME one of: " + tables());
            return;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (name.group(2).equals("csv") && streamedFromFile(name.group(1), text, response)) return;
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryException e) {
            refuse(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, file.getFileName() + ": " + e.getMessage());
            return;
        }
        if (!query.isSelectType()) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, file.getFileName() + " is not a SELECT: no table");
            return;
        }
        dump(query, name.group(1), name.group(2), request, response);
    }

    /**
     * Streams the dump's file written with the store ({@link TableFiles}) when it is the answer of {@code queryText}
     * on the store as served: no query runs, so it takes no turn of the gate.
     */
    private boolean streamedFromFile(String name, String queryText, HttpServletResponse response) throws IOException {
        if (files.isEmpty()) return false;
        Optional<Path> file = Txn.calculateRead(dataset, () -> files.get().file(name, queryText, dataset));
        if (file.isEmpty()) return false;
        response.setContentType(FORMATS.get("csv").getHeaderString());
        response.setCharacterEncoding("utf-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
        response.setContentLengthLong(Files.size(file.get()));
        response.setDateHeader("Last-Modified", Files.getLastModifiedTime(file.get()).toMillis());
        Files.copy(file.get(), response.getOutputStream());
        return true;
    }

    private void dump(Query query, String name, String format, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        long arrival = BoundedQueryService.arrivalNanos(request);
        long limit = BoundedQueryService.limitMillis(dataset.getContext(), request.getParameter("timeout"));
        dataset.begin(ReadWrite.READ);
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            QueryGate.Turn turn = enter(arrival, limit, exec);
            if (turn == null) {
                timedOut(response, limit);
                return;
            }
            try (turn) {
                CostMeter.attach(exec.getContext(), turn);
                response.setContentType(FORMATS.get(format).getHeaderString());
                response.setCharacterEncoding("utf-8");
                response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "." + format + "\"");
                write(exec, format, response, limit);
            }
        } finally {
            dataset.end();
        }
    }

    private QueryGate.Turn enter(long arrival, long limit, QueryExec exec) {
        try {
            return gate.enter(arrival, limit, CostMeter.stopping(exec));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void write(QueryExec exec, String format, HttpServletResponse response, long limit)
            throws IOException {
        OutputStream out = response.getOutputStream();
        try {
            RowSet table = TableGraphDump.rows(exec.getQuery(), exec.getDataset(), exec.getContext(),
                    CostMeter.rowsOf(exec.getContext()));
            RowSet rows = table != null ? table : exec.select(); // a research table is read row by row
            rows.hasNext(); // the first row (a sort: all of them) before any byte, so a timeout here is a clean 503
            Lang lang = FORMATS.get(format);
            RowSetWriterRegistry.getFactory(lang).create(lang).write(out, rows, exec.getContext());
        } catch (QueryCancelledException stopped) {
            if (!response.isCommitted()) {
                response.reset();
                timedOut(response, limit);
                return;
            }
            out.write(("\n# stopped: over the time limit of " + seconds(limit) + "; this table is incomplete. "
                    + "The limit is set with 'fulian-kg serve --timeout SECONDS'.\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            LOG.warn("table dump stopped at the time limit of {} while streaming", seconds(limit));
            throw new IOException("table dump stopped at the time limit; response aborted", stopped);
        }
    }

    private static void timedOut(HttpServletResponse response, long limit) throws IOException {
        refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Query timed out: over the time limit of "
                + seconds(limit) + ". The limit is set with 'fulian-kg serve --timeout SECONDS'.");
    }

    /** An error as plain text, like the endpoint's. */
    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println(message);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** The names of the query files, for a 404's message. */
    private String tables() throws IOException {
        if (!Files.isDirectory(queries)) return "(none: no queries folder at " + queries + ")";
        try (Stream<Path> files = Files.list(queries)) {
            return String.join(", ", files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".rq"))
                    .map(f -> f.substring(0, f.length() - 3)).sorted().toList());
        }
    }
}
