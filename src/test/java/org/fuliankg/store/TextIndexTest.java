package org.fuliankg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.fuliankg.store.version.StoreManifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Full-text search over a small TDB2 store whose labels share characters but not words. */
class TextIndexTest {

    private static final String LABELS = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX : <http://example.org/>
            GRAPH :doc1 {
              :chengduFederation skos:prefLabel "成都市妇联"@zh .
              :foundation skos:prefLabel "四川省妇女儿童发展基金会"@zh .
              :centre skos:prefLabel "成都市妇女儿童活动中心"@zh ; skos:altLabel "成都妇儿中心"@zh .
              :sichuanFederation skos:prefLabel "四川省妇女联合会"@zh .
              :hospital skos:prefLabel "成都市儿童医院"@zh .
              :tan foaf:name "谭学军" .
              :doc1 dcterms:title "巾帼心向党 建功新时代" .
              :chair skos:prefLabel "主席"@zh , "chair"@en .
            }
            GRAPH :doc2 {
              :chengduFederation skos:prefLabel "成都市妇联"@zh .
              :otherTan foaf:name "谭军" .
            }
            """;

    private static final Node SKOS_PREF_LABEL = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel");

    @TempDir
    static Path dataDir;

    private static Path store;
    private static DatasetGraph dataset;

    @BeforeAll
    static void buildStoreAndIndex() throws IOException {
        store = buildStore(dataDir.resolve("indexed"));
        dataset = TdbStore.open(store, 0);
    }

    @Test
    void aTwoCharacterWordMatchesOnlyLabelsContainingIt() {
        // 四川省妇女联合会 holds both characters of 妇联, but not the word
        assertEquals(List.of("chengduFederation"), search(dataset, "妇联"));
    }

    @Test
    void aQuotedWordMatchesOnlyLabelsContainingTheWholeWord() {
        assertEquals(Set.of("foundation", "centre"), Set.copyOf(search(dataset, "\"妇女儿童\"")));
    }

    @Test
    void aPlaceNameMatchesLabelsStartingWithItsLongerForm() {
        assertEquals(Set.of("chengduFederation", "centre", "hospital"), Set.copyOf(search(dataset, "成都")));
        assertEquals(Set.of("chengduFederation"), Set.copyOf(search(dataset, "成都 AND 妇联")));
    }

    @Test
    void aPersonsNameFindsThatPersonOnly() {
        assertEquals(List.of("tan"), search(dataset, "谭学军"));
        assertEquals(List.of("otherTan"), search(dataset, "谭军"));
    }

    @Test
    void everyKindOfLabelIsSearchable() {
        assertEquals(List.of("centre"), search(dataset, "妇儿"));
        assertEquals(List.of("doc1"), search(dataset, "巾帼"));
        assertEquals(List.of("chair"), search(dataset, "Chair"));
    }

    @Test
    void aStoreOpenedTwiceSharesOneIndex() {
        // jena-text holds a writer lock on its index: a second index over the same store would fail to open
        assertSame(dataset, TextIndex.wrap(TdbStore.open(store, 0), store));
        assertSame(dataset, TextIndex.wrap(dataset, store));
    }

    @Test
    void theIndexLeavesNoStagingDirectoryBehind() throws IOException {
        try (Stream<Path> entries = Files.list(store)) {
            assertEquals(List.of(), entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(TextIndex.DIRECTORY + "-")).toList());
        }
    }

    @Test
    void aStoreBuiltWithoutAnIndexGetsOneWhenOpened() throws IOException {
        Path older = buildStore(dataDir.resolve("older"));
        deleteTree(older.resolve(TextIndex.DIRECTORY)); // as a store built before full-text search existed
        assertFalse(Files.exists(older.resolve(TextIndex.DIRECTORY)));
        DatasetGraph wrapped = TdbStore.open(older, 0);
        assertTrue(Files.isDirectory(older.resolve(TextIndex.DIRECTORY)));
        assertEquals(List.of("chengduFederation"), search(wrapped, "妇联"));
    }

    @Test
    void rebuildingReplacesTheIndexOfAChangedStore() throws IOException {
        // as an incremental build does: a copy of the store (with its index) is changed, then indexed again
        Path changed = buildStore(dataDir.resolve("changed"));
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(changed.toString());
        Txn.executeWrite(tdb, () -> tdb.add(NodeFactory.createURI("http://example.org/doc3"),
                NodeFactory.createURI("http://example.org/jinan"), SKOS_PREF_LABEL, NodeFactory.createLiteralLang("济南市妇联", "zh")));
        TDBInternal.expel(tdb);
        TextIndex.build(changed);
        DatasetGraph wrapped = TdbStore.open(changed, 0);
        assertEquals(Set.of("chengduFederation", "jinan"), Set.copyOf(search(wrapped, "妇联")));
    }

    @Test
    void anIncrementalUpdateIndexesAgainTheLabelsOfItsSubjectsAndEqualsARebuild() throws IOException {
        // as an incremental rebuild does: doc2 dropped (成都市妇联 stays labelled in doc1, 谭军 goes), doc3 written
        Path changed = buildStore(dataDir.resolve("updated"));
        Node doc2 = NodeFactory.createURI("http://example.org/doc2");
        Node doc3 = NodeFactory.createURI("http://example.org/doc3");
        Set<Node> labelled = new HashSet<>();
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(changed.toString());
        Txn.executeWrite(tdb, () -> {
            labelled.addAll(TextIndex.labelled(tdb, doc2));
            tdb.removeGraph(doc2);
            tdb.add(doc3, NodeFactory.createURI("http://example.org/jinan"), SKOS_PREF_LABEL,
                    NodeFactory.createLiteralLang("济南市妇联", "zh"));
            labelled.addAll(TextIndex.labelled(tdb, doc3));
        });
        TDBInternal.expel(tdb);
        assertEquals(Set.of("chengduFederation", "otherTan", "jinan"),
                labelled.stream().map(n -> n.getLocalName()).collect(Collectors.toSet()));

        assertEquals(2, TextIndex.update(changed, labelled), "成都市妇联 and 济南市妇联 indexed again, 谭军 not");
        List<String> updated = IndexedLabels.of(changed);
        TextIndex.build(changed);
        assertEquals(IndexedLabels.of(changed), updated, "the documents of a rebuilt index");
        DatasetGraph wrapped = TdbStore.open(changed, 0);
        assertEquals(Set.of("chengduFederation", "jinan"), Set.copyOf(search(wrapped, "妇联")));
        assertEquals(List.of(), search(wrapped, "谭军"));
        TdbStore.close(wrapped);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private static Path buildStore(Path dir) throws IOException {
        var manifest = new StoreManifest("test", List.of());
        return new TdbStore(dir).update(manifest,
                stream -> RDFParser.fromString(LABELS).lang(Lang.TRIG).parse(stream)).store();
    }

    /** The local names of the subjects found, one per hit. */
    private static List<String> search(DatasetGraph dsg, String words) {
        String query = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query \""
                + words.replace("\"", "\\\"") + "\" }";
        List<String> found = new ArrayList<>();
        Txn.executeRead(dsg, () -> {
            try (QueryExecution execution = QueryExecution.create(query, DatasetFactory.wrap(dsg))) {
                execution.execSelect().forEachRemaining(row -> found.add(row.getResource("s").getLocalName()));
            }
        });
        return found;
    }
}
