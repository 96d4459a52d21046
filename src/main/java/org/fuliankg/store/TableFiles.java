package org.fuliankg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.fuliankg.store.table.TableGraphDump;
import org.fuliankg.store.table.TablePages;
import org.fuliankg.store.version.Sha256;
import org.fuliankg.store.version.StoreVersion;

/**
 * The contract dumps as CSV files written with the store ({@code STORE/tables/NAME.csv}), so that
 * {@code /kg/table/NAME.csv} streams a file instead of computing the table on every request. They are derived data:
 * written after every build and incremental rebuild ({@link TdbStore}), each the answer of the query the jar
 * packages ({@code queries/NAME.rq}) in the endpoint's CSV, and never edited.
 *
 * <p>A file serves a request only for the store it was written for and the query it answers: {@value #INDEX}
 * records each query's SHA-256 and a fingerprint of the store's B+tree and node-table state files, which every
 * committed write changes. A store written to since (a server with {@code --allow-update}, now or before) or a
 * query file edited since gets the table computed as before.
 *
 * <p>Beside the CSV of a dump over one research table ({@code fundings}, {@code officials}, {@code funding-ledger})
 * lies its order ({@code NAME.order}: the answer's table rows one after another, from the same sort as the CSV), from
 * which a server cuts the SPARQL pages of the query without sorting it ({@link TablePages}).
 */
public final class TableFiles {

    /** The dumps written with a store, each the CSV answer of {@code queries/NAME.rq}. */
    public static final List<String> NAMES = List.of("officials", "fundings", "organisations", "programmes",
            "funding-ledger");
    /**
     * The queries (dumps or not) whose answer is also written as the endpoint's SPARQL JSON, gzip-compressed
     * ({@code NAME.srj.gz}), for a server to keep as the query's answer from its start: the ledger's first answer at
     * 10,000 articles (46,000 rows, ~60 MB) took seconds to compute and write; facts with sources (a full-graph query)
     * 0.7 s of a quiet machine, and under load, pushed out of the answer cache, it waited past its limit for the
     * expensive slot.
     */
    public static final List<String> JSON_ANSWERS = List.of("funding-ledger", "facts-with-sources", "organisations",
            "programmes");
    /**
     * The dumps of {@link #JSON_ANSWERS} that are no table query (DISTINCT over the whole graph), whose SPARQL pages a
     * server cuts from that answer ({@link TablePages}): computed by the engine, each page was the whole query again
     * in the expensive slot, and under load the second page waited for the first past its limit.
     */
    static final List<String> PAGED_ANSWERS = List.of("organisations", "programmes");
    private static final String JSON_GZ = ".srj.gz";
    private static final String ORDER = ".order";
    static final String FOLDER = "tables";
    private static final String INDEX = "index.tsv";
    private static final String STORE_KEY = "store";
    /** Where the jar packages the contract queries (pom.xml, for publish). */
    private static final String QUERIES = "/org/fuliankg/publish/";

    private final Path folder;
    private final Map<String, String> queryHashes;
    private final long dataVersion;

    private TableFiles(Path folder, Map<String, String> queryHashes, long dataVersion) {
        this.folder = folder;
        this.queryHashes = queryHashes;
        this.dataVersion = dataVersion;
    }

    /** Writes the dumps of the store at {@code store}, which no other process has open. */
    static void write(Path store) throws IOException {
        Path folder = store.resolve(FOLDER);
        if (Files.isDirectory(folder)) deleteFolder(folder); // a copied store's files are of the store copied
        Files.createDirectories(folder);
        Map<String, String> index = new LinkedHashMap<>();
        DatasetGraph dataset = TdbStore.open(store, 0);
        try {
            for (String name : NAMES) {
                String text = packagedQuery(name);
                Path file = folder.resolve(name + ".csv");
                Path partial = folder.resolve(name + ".csv.partial");
                Path orderPartial = folder.resolve(name + ORDER + ".partial");
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                    Txn.executeRead(dataset, () -> writeCsvKeepingOrder(QueryFactory.create(text), dataset, out,
                            orderPartial));
                }
                if (Files.exists(orderPartial)) {
                    Files.move(orderPartial, folder.resolve(name + ORDER), StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
                index.put(name, Sha256.ofText(text));
            }
            for (String name : JSON_ANSWERS) {
                String text = packagedQuery(name);
                writeJsonAnswer(folder, name, text, dataset);
                index.put(name, Sha256.ofText(text));
            }
        } finally {
            TdbStore.close(dataset);
        }
        index.put(STORE_KEY, fingerprint(store)); // after closing: the state files as a server will find them
        StringBuilder lines = new StringBuilder("# the contract dumps of this store: derived data, rewritten with it\n");
        index.forEach((key, hash) -> lines.append(key).append('\t').append(hash).append('\n'));
        Files.writeString(folder.resolve(INDEX), lines, StandardCharsets.UTF_8);
    }

    /**
     * The answer of a SELECT as the endpoint's CSV, as {@link #writeCsv(Query, DatasetGraph, OutputStream)} writes
     * it; for a query over one research table from the sort whose order is written to {@code orderFile}
     * ({@link TablePages#answerKeepingOrder}). In a read transaction.
     */
    private static void writeCsvKeepingOrder(Query query, DatasetGraph dataset, OutputStream out, Path orderFile) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            RowSet ordered = TablePages.answerKeepingOrder(query, dataset, orderFile);
            if (ordered == null) {
                writeCsv(query, dataset, out);
                return;
            }
            writeAnswer(ordered, exec, ResultSetLang.RS_CSV, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query's answer as the endpoint's SPARQL JSON, gzip-compressed, in {@code NAME.srj.gz}. */
    private static void writeJsonAnswer(Path folder, String name, String text, DatasetGraph dataset) throws IOException {
        Path partial = folder.resolve(name + JSON_GZ + ".partial");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16)) {
            Txn.executeRead(dataset, () -> writeAnswer(QueryFactory.create(text), dataset, ResultSetLang.RS_JSON, out));
        }
        Files.move(partial, folder.resolve(name + JSON_GZ), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * The answer of a SELECT as the endpoint's CSV: a query over one research table read row by row
     * ({@link TableGraphDump}), any other evaluated by the engine. In a read transaction.
     */
    public static void writeCsv(Query query, DatasetGraph dataset, OutputStream out) {
        writeAnswer(query, dataset, ResultSetLang.RS_CSV, out);
    }

    /** The answer of a SELECT in {@code lang}, as {@link #writeCsv(Query, DatasetGraph, OutputStream)} writes CSV. */
    static void writeAnswer(Query query, DatasetGraph dataset, Lang lang, OutputStream out) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            RowSet table = TableGraphDump.rows(query, dataset);
            writeAnswer(table != null ? table : exec.select(), exec, lang, out);
        }
    }

    /** Writes {@code rows} as the endpoint's CSV. */
    public static void writeCsv(RowSet rows, QueryExec exec, OutputStream out) {
        writeAnswer(rows, exec, ResultSetLang.RS_CSV, out);
    }

    /** Writes {@code rows} in {@code lang} as the endpoint writes them. */
    static void writeAnswer(RowSet rows, QueryExec exec, Lang lang, OutputStream out) {
        RowSetWriterRegistry.getFactory(lang).create(lang).write(out, rows, exec.getContext());
    }

    /**
     * The dumps of the TDB2 store {@code dataset} (as {@link TdbStore#open} opens it), if they were written for
     * this store as it is now; empty for any other dataset. In a read transaction.
     */
    public static Optional<TableFiles> of(DatasetGraph dataset) {
        DatasetGraph inner = dataset instanceof DatasetGraphText text ? text.getWrapped() : dataset;
        OptionalLong version = StoreVersion.of(dataset);
        if (!(inner instanceof DatasetGraphSwitchable tdb) || tdb.getLocation().isMem() || version.isEmpty()) {
            return Optional.empty();
        }
        Path store = Path.of(tdb.getLocation().getDirectoryPath());
        Path folder = store.resolve(FOLDER);
        try {
            if (!Files.isRegularFile(folder.resolve(INDEX))) return Optional.empty();
            Map<String, String> index = new LinkedHashMap<>();
            for (String line : Files.readAllLines(folder.resolve(INDEX), StandardCharsets.UTF_8)) {
                String[] cells = line.split("\t");
                if (cells.length == 2 && !line.startsWith("#")) index.put(cells[0], cells[1]);
            }
            if (!fingerprint(store).equals(index.remove(STORE_KEY))) return Optional.empty();
            return Optional.of(new TableFiles(folder, Map.copyOf(index), version.getAsLong()));
        } catch (IOException | UncheckedIOException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * The file of dump {@code name} if it answers {@code queryText} on the store as the calling thread's read
     * transaction sees it (no write since the server opened it), else empty.
     */
    public Optional<Path> file(String name, String queryText, DatasetGraph dataset) {
        Path file = folder.resolve(name + ".csv");
        boolean current = Sha256.ofText(queryText).equals(queryHashes.get(name))
                && StoreVersion.of(dataset).equals(OptionalLong.of(dataVersion)) && Files.isRegularFile(file);
        return current ? Optional.of(file) : Optional.empty();
    }

    /**
     * The SPARQL JSON answers written with the store ({@link #JSON_ANSWERS}), gzip-compressed, by the text of the
     * query each answers: the query the jar packages, when it is still the one they were written for.
     */
    /** The answers of {@link #jsonAnswers} a server cuts pages from ({@link #PAGED_ANSWERS}), by their query's text. */
    public Map<String, Path> pagedAnswers() throws IOException {
        return currentFiles(PAGED_ANSWERS, JSON_GZ);
    }

    public Map<String, Path> jsonAnswers() throws IOException {
        return currentFiles(JSON_ANSWERS, JSON_GZ);
    }

    /**
     * The orders written with the store ({@code NAME.order}, {@link TablePages#answerKeepingOrder}) by the text of
     * the query each is the order of: the query the jar packages, when it is still the one they were written for.
     */
    public Map<String, Path> orders() throws IOException {
        return currentFiles(NAMES, ORDER);
    }

    /** Files {@code NAME + suffix} by the text of their query, for the names whose file was written for that text. */
    private Map<String, Path> currentFiles(Iterable<String> names, String suffix) throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        for (String name : names) {
            String text = packagedQuery(name);
            Path file = folder.resolve(name + suffix);
            if (Sha256.ofText(text).equals(queryHashes.get(name)) && Files.isRegularFile(file)) files.put(text, file);
        }
        return files;
    }

    /** The query the jar packages as {@code queries/NAME.rq}. */
    static String packagedQuery(String name) throws IOException {
        try (InputStream in = TableFiles.class.getResourceAsStream(QUERIES + name + ".rq")) {
            if (in == null) throw new IOException("the jar holds no query " + name + ".rq");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The store's state as committed: TDB2's B+tree roots and limits ({@code *.bpt}) and its node table's length
     * ({@code *.bdf}), in every generation folder ({@code Data-NNNN}). A commit that changes any quad changes them.
     */
    static String fingerprint(Path store) throws IOException {
        MessageDigest digest = Sha256.digest();
        try (Stream<Path> files = Files.walk(store, 2)) {
            for (Path file : files.filter(f -> store.relativize(f).toString().startsWith("Data-"))
                    .filter(f -> f.toString().endsWith(".bpt") || f.toString().endsWith(".bdf")).sorted().toList()) {
                digest.update(store.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) Files.delete(file);
        }
    }
}
