package org.fuliankg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.fuliankg.store.TableFiles;
import org.fuliankg.store.table.TablePages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answers written with the served store ({@link TableFiles#jsonAnswers}: the ledger's, facts with sources'),
 * kept in a read-only server's answer cache from its start, for good, as their query's SPARQL JSON answer. They are
 * derived data of the store, rewritten with it and equal to the engine's answer (TableFilesTest), so a researcher's
 * first ledger is sent, not computed: at 10,000 articles computing and writing it took 3 s of a quiet machine.
 */
final class StoredAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(StoredAnswers.class);
    /** The base IRI Fuseki parses a request's query with ({@code SPARQLQueryProcessor}): keys are compared as parsed. */
    private static final String REQUEST_BASE = "http://server/unset-base/";

    private StoredAnswers() {}

    /** A query's text parsed as a request's query is. */
    static Query parsed(String text) {
        return QueryFactory.create(text, REQUEST_BASE, Syntax.syntaxARQ);
    }

    /**
     * {@code cache} (of {@code dataset}) with the answers written with the store, when they were written for it as
     * it is; a store without them, or with one unreadable, keeps what it can and says so in the log.
     */
    static ResultCache kept(ResultCache cache, DatasetGraph dataset) {
        Optional<TableFiles> files = Txn.calculateRead(dataset, () -> TableFiles.of(dataset));
        if (files.isEmpty()) return cache;
        AnswerFormat json = AnswerFormat.of(WebContent.contentTypeResultsJSON);
        try {
            for (var answer : files.get().jsonAnswers().entrySet()) {
                Query query = parsed(answer.getKey());
                String key = cache.key(dataset, query, "", "", json.mediaType());
                if (key != null) cache.keepStored(key, read(answer.getValue(), json));
            }
        } catch (IOException | UncheckedIOException | QueryException unreadable) {
            LOG.warn("an answer written with the store is not kept (it will be computed): {}", unreadable.toString());
        }
        return cache;
    }

    /**
     * The pages of the served store's table queries, those of the contract dumps cut from the orders written with
     * the store ({@link TableFiles#orders}) when they were written for it as it is: then no page of them sorts; and
     * those of {@code organisations} and {@code programmes} cut from their answers written with it
     * ({@link TableFiles#pagedAnswers}).
     */
    static TablePages pages(DatasetGraph dataset) {
        Optional<TableFiles> files = Txn.calculateRead(dataset, () -> TableFiles.of(dataset));
        Map<Query, Path> orders = new HashMap<>();
        Map<Query, Path> answers = new HashMap<>();
        try {
            if (files.isPresent()) {
                for (var order : files.get().orders().entrySet()) {
                    orders.put(parsed(order.getKey()), order.getValue());
                }
                for (var answer : files.get().pagedAnswers().entrySet()) {
                    answers.put(parsed(answer.getKey()), answer.getValue());
                }
            }
        } catch (IOException | UncheckedIOException | QueryException unreadable) {
            LOG.warn("the orders written with the store are not read (pages sort their query): {}", unreadable.toString());
        }
        return new TablePages(orders, answers);
    }

    /** A gzip-compressed answer file as a kept answer; inflated once to learn its length and check it whole. */
    private static ResultCache.Answer read(Path file, AnswerFormat format) throws IOException {
        AnswerBytes body = new AnswerBytes(Long.MAX_VALUE);
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(body);
        }
        body.close();
        long length;
        try (InputStream written = new GZIPInputStream(body.read(), 1 << 16)) {
            length = written.transferTo(OutputStream.nullOutputStream());
        }
        return new ResultCache.Answer(format.contentType(), null, body, length);
    }
}
