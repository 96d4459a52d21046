package org.fuliankg.build;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.fuliankg.extract.DocumentFacts;
import org.fuliankg.pipeline.Pipeline;
import org.fuliankg.source.SourceDocument;
import org.fuliankg.rdf.GraphMapper;
import org.fuliankg.rdf.Iris;
import org.fuliankg.rdf.table.ResearchTables;
import org.fuliankg.source.SourceReader;
import org.fuliankg.source.UnreadableSourceException;
import org.fuliankg.store.TdbStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a list of input files into quads, one named graph per document: read → pipeline → map.
 *
 * <p>Documents are read, extracted and mapped on a fixed pool of worker threads (one {@link Pipeline} each) but
 * written on the calling thread in input order, so the output does not depend on the number of threads. A worker
 * takes {@value #BATCH} documents at a time, and at most twice the threads' batches are in flight: the corpus is never
 * held in memory. A file that cannot be read or processed is reported and skipped; it never stops the rest.
 */
public final class CorpusBuilder {

    private static final Logger log = LoggerFactory.getLogger(CorpusBuilder.class);

    /** Documents a worker reads together ({@link Pipeline#processAll}). */
    public static final int BATCH = 25;

    private final int threads;
    private final BuildProgress progress;
    private final Supplier<Pipeline> pipelines;
    private final SourceReader reader = new SourceReader();
    private final GraphMapper mapper = new GraphMapper();

    public CorpusBuilder(int threads) {
        this(threads, BuildProgress.NONE);
    }

    public CorpusBuilder(int threads, BuildProgress progress) {
        this(threads, progress, Pipeline::new);
    }

    /** @param pipelines makes the pipeline of each worker thread (tests pass one with a counting clock) */
    public CorpusBuilder(int threads, BuildProgress progress, Supplier<Pipeline> pipelines) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        this.threads = threads;
        this.progress = progress;
        this.pipelines = pipelines;
    }

    /** {@link #build(Corpus, StreamRDF)} of files named directly (each named by its file name). */
    public BuildReport build(List<Path> files, StreamRDF out) {
        return build(Corpus.ofFiles(files), out);
    }

    /**
     * Sends the shared reference data and the quads of every document of {@code corpus} (text files, saved pages,
     * the pages of web archives) to {@code out}. The caller owns {@code out}: it calls {@code start()} and
     * {@code finish()} around this.
     */
    public BuildReport build(Corpus corpus, StreamRDF out) {
        var emitter = new QuadEmitter(out, Map.of());
        emitReferenceData(emitter);
        return emitDocuments(corpus.inputs(), emitter);
    }

    /**
     * Sends the shared reference data alone: what {@link #build} sends ahead of the documents, for outputs that
     * write it apart from them (the shards of a Spark job: once per job, not per shard).
     */
    public void referenceData(StreamRDF out) {
        emitReferenceData(new QuadEmitter(out, Map.of()));
    }

    /**
     * Sends the quads of the documents in {@code files} to a store that already holds the reference data and the
     * graphs in {@code keptGraphs} (graph IRI → the unchanged file that made it), so that the store ends up as a
     * {@link #build} of all its files would make it. A document whose graph a kept file already has is skipped
     * as in a full build, where the file first in path order gets the graph.
     *
     * @throws TdbStore.FullBuildNeeded when a document comes before the kept file whose graph it makes: a full
     *                                  build would give the graph to the document instead
     */
    public BuildReport add(List<InputFile> files, Map<String, Path> keptGraphs, StreamRDF out) {
        return emitDocuments(files, new QuadEmitter(out, keptGraphs));
    }

    private BuildReport emitDocuments(List<InputFile> files, QuadEmitter emitter) {
        List<SkippedInput> skipped = new ArrayList<>();
        ThreadLocal<Pipeline> workers = ThreadLocal.withInitial(pipelines);
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "extract");
            t.setDaemon(true);
            return t;
        });
        var pending = new DocumentSources(files, reader);
        try (pending) {
            var inFlight = new ArrayDeque<Future<List<Extraction>>>();
            int done = 0;
            while (pending.hasNext() || !inFlight.isEmpty()) {
                while (pending.hasNext() && inFlight.size() < 2 * threads) {
                    List<DocumentSources.Source> batch = new ArrayList<>(BATCH);
                    while (pending.hasNext() && batch.size() < BATCH) batch.add(pending.next());
                    inFlight.add(pool.submit(() -> extract(batch, workers.get())));
                }
                for (Extraction next : await(inFlight.remove())) {
                    SkippedInput problem = next.problem() != null ? next.problem() : emitter.document(next);
                    if (problem != null) {
                        log.debug("skipped {}", problem);
                        skipped.add(problem);
                    }
                    progress.documentDone(++done, Math.max(done, pending.expected()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new BuildReport(emitter.written, skipped, 0, pending.passedOver());
    }

    /** Shared reference data (ontology concepts, regions, federation hierarchy, Wikidata links): one more named
     * graph, emitted once per build ahead of the documents. */
    private void emitReferenceData(QuadEmitter emitter) {
        emitter.graph(mapper.referenceGraphName(), mapper.referenceData());
    }

    /** Reads, extracts and maps a batch of documents on a worker ({@link Pipeline#processAll}): their outcomes in order. */
    private List<Extraction> extract(List<DocumentSources.Source> batch, Pipeline pipeline) {
        Extraction[] out = new Extraction[batch.size()];
        List<SourceDocument> documents = new ArrayList<>(batch.size());
        List<Integer> positions = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            DocumentSources.Source source = batch.get(i);
            if (source.problem() != null) {
                out[i] = new Extraction(source.problem().path(), null, null, null, source.problem());
                continue;
            }
            Path file = source.file().path();
            try {
                documents.add((source.page() != null ? reader.readWithReport(source.page())
                        : reader.readWithReport(file, source.file().name())).document());
                positions.add(i);
            } catch (UnreadableSourceException e) {
                out[i] = new Extraction(file, null, null, null, new SkippedInput(file, reasonOf(e)));
            }
        }
        List<Pipeline.Outcome> outcomes = pipeline.processAll(documents);
        for (int k = 0; k < outcomes.size(); k++) {
            DocumentSources.Source source = batch.get(positions.get(k));
            Path file = source.file().path();
            Pipeline.Outcome o = outcomes.get(k);
            if (o.failure() == null) {
                out[positions.get(k)] = mapped(file, o.facts());
                continue;
            }
            String page = source.page() == null ? "" : source.page().url() + ": ";
            log.debug("extraction failed on {}{}", page, file, o.failure());
            out[positions.get(k)] = new Extraction(file, null, null, null,
                    new SkippedInput(file, page + "extraction failed: " + o.failure()));
        }
        return List.of(out);
    }

    /**
     * Maps a document's facts to its graph on the worker thread, so that the writing thread only writes. A graph
     * with an IRI no RDF parser accepts is refused here: written out, it would make the whole file or store
     * unloadable.
     */
    private Extraction mapped(Path file, DocumentFacts facts) {
        Model model;
        String graphName;
        try {
            model = mapper.map(facts);
            graphName = mapper.graphName(facts);
        } catch (RuntimeException e) {
            log.debug("mapping failed on {}", file, e);
            return new Extraction(file, null, null, null, new SkippedInput(file, "mapping to RDF failed: " + e));
        }
        String problem = Iris.invalidIn(graphName, model);
        if (problem != null) return new Extraction(file, null, null, null, new SkippedInput(file, problem));
        return new Extraction(file, graphName, model, ResearchTables.rowsOf(graphName, model.getGraph()), null);
    }

    private static String reasonOf(UnreadableSourceException e) {
        // The exception's message starts with the path; the report prints the path itself.
        String prefix = e.path() + ": ";
        String message = Objects.requireNonNullElse(e.getMessage(), "unreadable");
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction worker failed", e.getCause());
        }
    }

    /** One document's outcome from a worker: its graph and its rows of the research tables, or why there are none. */
    private record Extraction(Path file, String graphName, Model model, List<Quad> tableRows, SkippedInput problem) {}

    /**
     * Writes graphs as quads, declaring each namespace prefix once. A document whose graph name another document
     * already took is skipped: written out, it would mix two documents' facts.
     */
    private final class QuadEmitter {
        private final StreamRDF out;
        private final Map<String, String> declaredPrefixes = new HashMap<>();
        private final Map<String, Path> graphOwners = new HashMap<>();
        private final Map<String, Path> keptGraphs;
        /** The graphs of every input file written. */
        final Map<Path, List<String>> written = new HashMap<>();

        QuadEmitter(StreamRDF out, Map<String, Path> keptGraphs) {
            this.out = out;
            this.keptGraphs = keptGraphs;
            graphOwners.putAll(keptGraphs);
        }

        /** Writes one mapped document; returns why it was skipped, or null. */
        SkippedInput document(Extraction extraction) {
            String graphName = extraction.graphName();
            if (graphOwners.containsKey(graphName)) {
                Path owner = graphOwners.get(graphName);
                if (keptGraphs.containsKey(graphName) && extraction.file().toString().compareTo(owner.toString()) < 0) {
                    throw new TdbStore.FullBuildNeeded(extraction.file() + " now makes graph <" + graphName
                            + "> before " + owner);
                }
                return new SkippedInput(extraction.file(), "its graph <" + graphName + "> is already used by " + owner);
            }
            graphOwners.put(graphName, extraction.file());
            written.computeIfAbsent(extraction.file(), f -> new ArrayList<>()).add(graphName);
            graph(graphName, extraction.model());
            extraction.tableRows().forEach(out::quad);
            return null;
        }

        void graph(String graphName, Model model) {
            model.getNsPrefixMap().forEach((prefix, iri) -> {
                if (!iri.equals(declaredPrefixes.put(prefix, iri))) out.prefix(prefix, iri);
            });
            Node graph = NodeFactory.createURI(graphName);
            model.getGraph().find().forEachRemaining(triple -> out.quad(Quad.create(graph, triple)));
        }
    }
}
