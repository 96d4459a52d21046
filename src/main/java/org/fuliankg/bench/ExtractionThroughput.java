package org.fuliankg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.system.StreamRDFLib;
import org.fuliankg.annotate.Annotator;
import org.fuliankg.annotate.NerSegmentation;
import org.fuliankg.bench.process.ScaleRun;
import org.fuliankg.build.CorpusBuilder;
import org.fuliankg.normalise.TextNormaliser;
import org.fuliankg.pipeline.Pipeline;
import org.fuliankg.source.SourceDocument;
import org.fuliankg.source.SourceReader;
import org.fuliankg.source.UnreadableSourceException;

/**
 * Extraction speed on one set of articles, warm, in wall time: the whole pipeline (in batches, as a build's workers
 * run it) and HanLP's segmentation with name recognition alone (one thread each), then the corpus builder (extract and map to RDF, no store) with one
 * and with two threads. HanLP alone segments the sentences the pipeline segments (normalised, split as the
 * annotator splits them), so the two differ only by what the pipeline adds. The first two are also taken in the
 * measuring thread's CPU time: on a machine doing other work, wall times moved by a third between runs of the same
 * code, CPU times by a few per cent.
 */
final class ExtractionThroughput {

    /** @param speedup two-thread builder speed over one-thread builder speed */
    record Result(long chars, double pipelineCharsPerSecond, double hanlpCharsPerSecond, double oneThreadSeconds,
                  double twoThreadSeconds, double speedup, double pipelineCpuCharsPerSecond,
                  double hanlpCpuCharsPerSecond) {}

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ExtractionThroughput() {}

    /** @param rounds rounds of each measure, the best kept: other processes on the machine only ever slow one down */
    static Result measure(List<Path> files, int rounds) throws UnreadableSourceException {
        SourceReader reader = new SourceReader();
        List<SourceDocument> docs = new ArrayList<>(files.size());
        long chars = 0;
        for (Path f : files) {
            SourceDocument d = reader.read(f);
            docs.add(d);
            chars += d.text().length();
        }
        Pipeline pipeline = new Pipeline();
        NerSegmentation hanlp = new NerSegmentation();
        TextNormaliser normaliser = new TextNormaliser();
        Annotator annotator = new Annotator();
        List<List<String>> sentences = docs.stream()
                .map(d -> annotator.sentences(normaliser.normalise(d.text()))).toList();
        List<SourceDocument> warmUp = docs.subList(0, Math.min(docs.size(), 150));
        for (int round = 0; round < 3; round++) { // dictionaries loaded, hot code compiled
            warmUp.forEach(pipeline::process);
            sentences.subList(0, warmUp.size()).forEach(hanlp::segmentEach);
        }
        double pipelineSeconds = Double.MAX_VALUE;
        double hanlpSeconds = Double.MAX_VALUE;
        double pipelineCpu = Double.MAX_VALUE;
        double hanlpCpu = Double.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            long c0 = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < docs.size(); i += CorpusBuilder.BATCH) { // as a build's workers take them
                pipeline.processAll(docs.subList(i, Math.min(docs.size(), i + CorpusBuilder.BATCH)));
            }
            pipelineCpu = Math.min(pipelineCpu, (THREADS.getCurrentThreadCpuTime() - c0) / 1e9);
            pipelineSeconds = Math.min(pipelineSeconds, ScaleRun.seconds(t0));
            long t1 = System.nanoTime();
            long c1 = THREADS.getCurrentThreadCpuTime();
            sentences.forEach(hanlp::segmentEach);
            hanlpCpu = Math.min(hanlpCpu, (THREADS.getCurrentThreadCpuTime() - c1) / 1e9);
            hanlpSeconds = Math.min(hanlpSeconds, ScaleRun.seconds(t1));
        }
        double one = Double.MAX_VALUE;
        double two = Double.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            one = Math.min(one, buildSeconds(files, 1));
            two = Math.min(two, buildSeconds(files, 2));
        }
        return new Result(chars, chars / pipelineSeconds, chars / hanlpSeconds, one, two, one / two, chars / pipelineCpu,
                chars / hanlpCpu);
    }

    private static double buildSeconds(List<Path> files, int threads) {
        long t0 = System.nanoTime();
        new CorpusBuilder(threads).build(files, StreamRDFLib.sinkNull());
        return ScaleRun.seconds(t0);
    }
}
