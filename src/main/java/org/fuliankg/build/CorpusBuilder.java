package org.fuliankg.build;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.fuliankg.extract.DocumentFacts;
import org.fuliankg.pipeline.Pipeline;
import org.fuliankg.rdf.GraphMapper;
import org.fuliankg.source.SourceReader;
import org.fuliankg.source.UnreadableSourceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a list of input files into quads, one named graph per document: read → pipeline → map.
 *
 * <p>Documents are extracted on a fixed pool of worker threads (one {@link Pipeline} each) but mapped and written
 * on the calling thread in input order, so the output does not depend on the number of threads. At most a few
 * documents are in flight at once: the corpus is never held in memory. A file that cannot be read or processed is
 * reported and skipped; it never stops the rest.
 */
public final class CorpusBuilder {

    private static final Logger log = LoggerFactory.getLogger(CorpusBuilder.class);

    private final int threads;
    private final SourceReader reader = new SourceReader();
    private final GraphMapper mapper = new GraphMapper();

    public CorpusBuilder(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        this.threads = threads;
    }

    /**
     * Sends the quads of every document in {@code files} to {@code out}. The caller owns {@code out}: it calls
     * {@code start()} and {@code finish()} around this.
     */
    public BuildReport build(List<Path> files, StreamRDF out) {
        var emitter = new QuadEmitter(out);
        emitReferenceData(emitter);
        List<SkippedInput> skipped = new ArrayList<>();
        int documents = 0;
        ThreadLocal<Pipeline> pipelines = ThreadLocal.withInitial(Pipeline::new);
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "extract");
            t.setDaemon(true);
            return t;
        });
        try {
            var inFlight = new ArrayDeque<Future<Extraction>>();
            Iterator<Path> pending = files.iterator();
            while (pending.hasNext() || !inFlight.isEmpty()) {
                while (pending.hasNext() && inFlight.size() < 2 * threads) {
                    Path file = pending.next();
                    inFlight.add(pool.submit(() -> extract(file, pipelines.get())));
                }
                Extraction next = await(inFlight.remove());
                SkippedInput problem = next.problem() != null ? next.problem() : emitter.document(next);
                if (problem == null) {
                    documents++;
                } else {
                    log.debug("skipped {}", problem);
                    skipped.add(problem);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new BuildReport(documents, skipped);
    }

    /** Shared reference data (ontology concepts, regions, federation hierarchy, Wikidata links): one more named
     * graph, emitted once per build ahead of the documents. */
    private void emitReferenceData(QuadEmitter emitter) {
        emitter.graph(mapper.referenceGraphName(), mapper.referenceData());
    }

    private Extraction extract(Path file, Pipeline pipeline) {
        try {
            return new Extraction(file, pipeline.process(reader.read(file)), null);
        } catch (UnreadableSourceException e) {
            return new Extraction(file, null, new SkippedInput(file, reasonOf(e)));
        } catch (RuntimeException | StackOverflowError e) {
            log.debug("extraction failed on {}", file, e);
            return new Extraction(file, null, new SkippedInput(file, "extraction failed: " + e));
        }
    }

    private static String reasonOf(UnreadableSourceException e) {
        // The exception's message starts with the path; the report prints the path itself.
        String prefix = e.path() + ": ";
        String message = Objects.requireNonNullElse(e.getMessage(), "unreadable");
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static Extraction await(Future<Extraction> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction worker failed", e.getCause());
        }
    }

    /** One document's outcome from a worker: facts, or why there are none. */
    private record Extraction(Path file, DocumentFacts facts, SkippedInput problem) {}

    /**
     * Writes graphs as quads, declaring each namespace prefix once. A document whose graph is unusable (an IRI no
     * RDF parser accepts, or a graph name already taken by another document) is skipped: written out, it would
     * make the whole file or store unloadable, or mix two documents' facts.
     */
    private final class QuadEmitter {
        private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
        private static final Pattern FORBIDDEN_IN_IRI = Pattern.compile("[\\x00-\\x20<>\"{}|^`\\\\]");

        private final StreamRDF out;
        private final Map<String, String> declaredPrefixes = new HashMap<>();
        private final Map<String, Path> graphOwners = new HashMap<>();

        QuadEmitter(StreamRDF out) {
            this.out = out;
        }

        /** Maps and writes one document; returns why it was skipped, or null. */
        SkippedInput document(Extraction extraction) {
            Model model;
            String graphName;
            try {
                model = mapper.map(extraction.facts());
                graphName = mapper.graphName(extraction.facts());
            } catch (RuntimeException e) {
                log.debug("mapping failed on {}", extraction.file(), e);
                return new SkippedInput(extraction.file(), "mapping to RDF failed: " + e);
            }
            String problem = invalidIri(graphName, model);
            if (problem == null && graphOwners.containsKey(graphName)) {
                problem = "its graph <" + graphName + "> is already used by " + graphOwners.get(graphName);
            }
            if (problem != null) return new SkippedInput(extraction.file(), problem);
            graphOwners.put(graphName, extraction.file());
            graph(graphName, model);
            return null;
        }

        void graph(String graphName, Model model) {
            model.getNsPrefixMap().forEach((prefix, iri) -> {
                if (!iri.equals(declaredPrefixes.put(prefix, iri))) out.prefix(prefix, iri);
            });
            Node graph = NodeFactory.createURI(graphName);
            model.getGraph().find().forEachRemaining(triple -> out.quad(Quad.create(graph, triple)));
        }

        private static String invalidIri(String graphName, Model model) {
            if (!isValidIri(graphName)) return "mapping made an invalid graph IRI <" + graphName + ">";
            ExtendedIterator<Triple> triples = model.getGraph().find();
            try {
                while (triples.hasNext()) {
                    Triple triple = triples.next();
                    for (Node node : List.of(triple.getSubject(), triple.getPredicate(), triple.getObject())) {
                        if (node.isURI() && !isValidIri(node.getURI())) {
                            return "mapping made an invalid IRI <" + node.getURI() + ">";
                        }
                    }
                }
                return null;
            } finally {
                triples.close();
            }
        }

        private static boolean isValidIri(String iri) {
            return SCHEME.matcher(iri).find() && !FORBIDDEN_IN_IRI.matcher(iri).find();
        }
    }
}
