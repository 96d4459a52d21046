package org.fuliankg.store.table;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.SortCondition;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pages cut from whole answers written with the store (SPARQL JSON, gzip-compressed: {@code organisations},
 * {@code programmes}), read from their file for each page, rows streamed: only the answer's row count is kept. The
 * answer cache keeps the same file's bytes for the whole query ({@code StoredAnswers}); kept here again as decoded
 * rows (74,000 and 47,000 rows of five literals at 10,000 articles), they were a second copy of the answer, some
 * hundred MB of heap, where the compressed bytes take 0.9 MB. A page reads the answer up to its last row, 0.1 s for
 * 10,000 rows; a page past the end reads nothing.
 */
final class AnswerFilePages {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerFilePages.class);
    /** The row count of an answer not to page from (unreadable, or its rows tied). */
    private static final long NOT_PAGED = -1;

    /** The answer files by the key of their query. */
    private final Map<String, Path> files;
    /** Each answer's row count, learnt on first use by reading it whole; {@link #NOT_PAGED}. */
    private final Map<String, Long> rowCounts = new HashMap<>();

    AnswerFilePages(Map<String, Path> files) {
        this.files = Map.copyOf(files);
    }

    /**
     * How many rows the page {@code query} (of the whole query {@code key}) has, or -1: not a page of an answer
     * written with the store, or one not to page from.
     */
    long pageRows(Query query, String key) {
        long rows = rowCount(query, key);
        return rows < 0 ? -1 : slice(query, rows)[1];
    }

    /** The page {@code query} (of the whole query {@code key}) in the answer's order; null as for {@link #pageRows}. */
    RowSet page(Query query, String key) {
        long rows = rowCount(query, key);
        if (rows < 0) return null;
        long[] slice = slice(query, rows);
        List<Binding> page = new ArrayList<>((int) slice[1]);
        if (slice[1] > 0) {
            try (InputStream in = opened(files.get(key))) {
                ResultSet read = ResultSetMgr.read(in, ResultSetLang.RS_JSON);
                for (long i = 0; i < slice[0] + slice[1]; i++) {
                    Binding row = read.nextBinding();
                    if (i >= slice[0]) page.add(row);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return RowSetStream.create(query.getProjectVars(), page.iterator());
    }

    /** Where a page of an answer of {@code rows} rows starts and how many it has. */
    static long[] slice(Query query, long rows) {
        long from = Math.min(rows, query.hasOffset() ? query.getOffset() : 0);
        return new long[] {from, Math.min(rows - from, query.hasLimit() ? query.getLimit() : Long.MAX_VALUE)};
    }

    private long rowCount(Query query, String key) {
        if (files.isEmpty() || !query.isSelectType() || !(query.hasLimit() || query.hasOffset())) return NOT_PAGED;
        Path file = files.get(key);
        if (file == null) return NOT_PAGED;
        synchronized (rowCounts) {
            return rowCounts.computeIfAbsent(key, k -> counted(query, file));
        }
    }

    /**
     * The rows of an answer file; {@link #NOT_PAGED} when it cannot be read or when the query's order leaves two rows
     * tied or reads a variable it does not select: then a page of the engine may order them otherwise.
     */
    private static long counted(Query query, Path file) {
        List<Var> selected = query.getProjectVars();
        for (SortCondition condition : query.getOrderBy()) {
            if (!selected.containsAll(condition.getExpression().getVarsMentioned())) return NOT_PAGED;
        }
        BindingComparator order = new BindingComparator(query.getOrderBy());
        long rows = 0;
        try (InputStream in = opened(file)) {
            ResultSet read = ResultSetMgr.read(in, ResultSetLang.RS_JSON);
            Binding last = null;
            while (read.hasNext()) {
                Binding row = read.nextBinding();
                if (last != null && order.compare(last, row) >= 0) {
                    LOG.info("the answer written with the store in {} has rows its order leaves tied (its pages are "
                            + "computed)", file);
                    return NOT_PAGED;
                }
                last = row;
                rows++;
            }
        } catch (IOException | RuntimeException unreadable) {
            LOG.warn("the answer written with the store in {} is not read (its pages are computed): {}", file,
                    unreadable.toString());
            return NOT_PAGED;
        }
        return rows;
    }

    private static InputStream opened(Path file) throws IOException {
        return new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), 1 << 16);
    }
}
