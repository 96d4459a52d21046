package org.fuliankg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.fuliankg.rdf.Iris;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Full-text search over the labels of a TDB2 store ({@code text:query}), with a Lucene index kept in the store's
 * directory ({@code <store>/text-index/}).
 *
 * <p>The index holds names and labels (see {@link #LABELS}), analysed by Lucene's {@link CJKAnalyzer}: Chinese is
 * indexed as overlapping character bigrams, so 妇联 finds every label containing 妇联 and no label merely sharing a
 * character with it, and 成都 finds 成都市妇联 (a word segmenter would have kept 成都市 as one token).
 *
 * <p>The index is derived data, built from the store's quads after the bulk load, not by jena-text listening to
 * the load: the bulk loader bypasses the listener. A store is never changed after its build, so the index never
 * goes stale. An incremental rebuild updates the index its copy of the previous store carries ({@link #update}):
 * only the labels of the subjects its documents name are indexed again.
 */
public final class TextIndex {

    static {
        JenaSystem.init(); // before the first TDB2 or jena-text class
    }

    private static final Logger log = LoggerFactory.getLogger(TextIndex.class);

    /** The index directory inside a store directory. */
    public static final String DIRECTORY = "text-index";

    private static final String NS_RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    private static final String NS_SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final Node RDFS_LABEL = NodeFactory.createURI(NS_RDFS + "label");
    private static final Node REFERENCE_GRAPH = NodeFactory.createURI(Iris.REFERENCE_GRAPH);

    /**
     * The predicates whose literals are indexed, all in one field so that {@code ?s text:query "…"} searches every
     * kind of name: labels of terms and regions, names of organisations, programmes, positions and persons, and the
     * titles of documents.
     */
    static final List<Node> LABELS = List.of(
            NodeFactory.createURI(NS_SKOS + "prefLabel"),
            NodeFactory.createURI(NS_SKOS + "altLabel"),
            NodeFactory.createURI(NS_SKOS + "hiddenLabel"),
            RDFS_LABEL,
            NodeFactory.createURI("http://xmlns.com/foaf/0.1/name"),
            NodeFactory.createURI("http://purl.org/dc/terms/title"));

    private static final Map<Path, DatasetGraphText> OPEN = new HashMap<>();

    private TextIndex() {}

    /**
     * (Re)builds the index of a store that was just loaded or updated and is not open in this process: an index
     * the directory already holds (a store copied from its predecessor carries its index) is replaced, and the
     * store is released afterwards, as the bulk load leaves it.
     */
    public static void build(Path store) throws IOException {
        deleteIfPresent(store.resolve(DIRECTORY));
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        try {
            build(dsg, store);
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /**
     * Brings the index a store copied from its predecessor carries up to date after an incremental rebuild: the
     * labels of {@code subjects} (those the rebuild's dropped and written graphs label) are removed and indexed again
     * as the store now holds them, every other label is kept. Afterwards the index holds the documents a
     * {@link #build} would write (in another order), its deleted documents merged away so that scores are those of
     * a fresh index. Without an index in the store, builds it.
     *
     * @return the labels indexed again
     */
    public static int update(Path store, Set<Node> subjects) throws IOException {
        Path index = store.resolve(DIRECTORY);
        if (!Files.isDirectory(index)) {
            build(store);
            return -1;
        }
        EntityDefinition definition = config().getEntDef();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        try (Directory lucene = FSDirectory.open(index)) {
            var text = (TextIndexLucene) TextDatasetFactory.createLuceneIndex(lucene, config());
            try {
                IndexWriter writer = text.getIndexWriter();
                int count = Txn.calculateRead(dsg, () -> {
                    int added = 0;
                    for (Node subject : subjects) {
                        try {
                            writer.deleteDocuments(new Term(definition.getEntityField(), TextQueryFuncs.subjectToString(subject)));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        for (Quad quad : labels(dsg, subject)) {
                            text.addEntity(TextQueryFuncs.entityFromQuad(definition, quad));
                            added++;
                        }
                    }
                    return added;
                });
                writer.forceMergeDeletes();
                text.commit();
                log.info("full-text index of {}: {} labels of {} subjects indexed again", store, count, subjects.size());
                return count;
            } finally {
                text.close();
            }
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /**
     * The subjects {@code graph} of {@code dsg} gives an indexed label: what an incremental rebuild that drops or
     * writes the graph changes in the index (rdfs:labels are indexed from the reference data only, which such a
     * rebuild does not change). In a transaction.
     */
    public static Set<Node> labelled(DatasetGraph dsg, Node graph) {
        Set<Node> subjects = new HashSet<>();
        for (Node predicate : LABELS) {
            if (predicate.equals(RDFS_LABEL)) continue;
            dsg.find(graph, Node.ANY, predicate, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral()) subjects.add(q.getSubject());
            });
        }
        return subjects;
    }

    /** The indexed labels of one subject, as {@link #write} finds them: each once over all graphs. */
    private static List<Quad> labels(DatasetGraph dsg, Node subject) {
        List<Quad> labels = new ArrayList<>();
        for (Node predicate : LABELS) {
            Node graph = predicate.equals(RDFS_LABEL) ? REFERENCE_GRAPH : Quad.unionGraph;
            dsg.find(graph, subject, predicate, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral()) labels.add(q);
            });
        }
        return labels;
    }

    /**
     * Returns {@code dsg} (the store at {@code store}, opened) with {@code text:query} over its labels. A store
     * built before full-text search existed gets its index now (a second or two for a large store), so that
     * searching needs no rebuild; when the store directory is read-only, the store is served without full-text
     * search and a warning says so. Wrapping the same opened store again returns the same dataset.
     */
    public static synchronized DatasetGraph wrap(DatasetGraph dsg, Path store) {
        if (dsg instanceof DatasetGraphText) return dsg;
        Path key = store.toAbsolutePath().normalize();
        // One Lucene index per store and process: jena-text keeps its index writer (and its write.lock) open.
        DatasetGraphText open = OPEN.get(key);
        if (open != null && open.getWrapped() == dsg) return open;
        if (open != null) open.getTextIndex().close(); // the store was released and connected again
        Path index = store.resolve(DIRECTORY);
        if (!Files.isDirectory(index)) {
            log.info("the store {} has no full-text index yet: building it", store);
            try {
                build(dsg, store);
            } catch (IOException | UncheckedIOException e) {
                log.warn("serving {} without full-text search (text:query): cannot build its index: {}", store, e.toString());
                return dsg;
            }
        }
        try {
            Directory directory = FSDirectory.open(index);
            var text = (DatasetGraphText) TextDatasetFactory.create(dsg,
                    TextDatasetFactory.createLuceneIndex(directory, config()), true);
            OPEN.put(key, text);
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the full-text index " + index, e);
        }
    }

    /**
     * Writes the index of {@code dsg} into a private directory and renames it into place: a crashed build leaves no
     * half-written index, and of two processes indexing the same store at once, the first to finish wins.
     */
    static void build(DatasetGraph dsg, Path store) throws IOException {
        Path staging = Files.createTempDirectory(store, DIRECTORY + "-");
        try {
            int labels = write(dsg, staging);
            Files.move(staging, store.resolve(DIRECTORY), StandardCopyOption.ATOMIC_MOVE);
            log.info("full-text index of {}: {} labels", store, labels);
        } catch (FileSystemException built) {
            if (!Files.isDirectory(store.resolve(DIRECTORY))) throw built;
            log.debug("another process indexed {} first", store);
        } finally {
            deleteIfPresent(staging);
        }
    }

    private static int write(DatasetGraph dsg, Path directory) throws IOException {
        EntityDefinition definition = config().getEntDef();
        try (Directory lucene = FSDirectory.open(directory)) {
            var index = TextDatasetFactory.createLuceneIndex(lucene, config());
            try {
                int count = Txn.calculateRead(dsg, () -> {
                    int added = 0;
                    for (Node predicate : LABELS) {
                        // the union graph: a label repeated in several documents' graphs is indexed once; the
                        // rdfs:labels of the documents' fact nodes (本年筹集 111万元 …, one per fact: most labels of
                        // a store) are left out, those of vocabulary terms kept
                        Node graph = predicate.equals(RDFS_LABEL) ? REFERENCE_GRAPH : Quad.unionGraph;
                        var quads = dsg.find(graph, Node.ANY, predicate, Node.ANY);
                        while (quads.hasNext()) {
                            Quad quad = quads.next();
                            if (!quad.getObject().isLiteral()) continue;
                            index.addEntity(TextQueryFuncs.entityFromQuad(definition, quad));
                            added++;
                        }
                    }
                    return added;
                });
                index.commit();
                return count;
            } finally {
                index.close();
            }
        }
    }

    /**
     * One Lucene document per label: the subject's IRI, the label text (stored, so that a query can bind the
     * matching label) and its language tag (so that {@code text:query ("…" "lang:zh")} can restrict it).
     */
    private static TextIndexConfig config() {
        EntityDefinition definition = new EntityDefinition("uri", "label");
        for (Node predicate : LABELS) definition.set("label", predicate);
        definition.setLangField("lang");
        TextIndexConfig config = new TextIndexConfig(definition);
        config.setAnalyzer(new CJKAnalyzer());
        config.setValueStored(true);
        return config;
    }

    private static void deleteIfPresent(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
