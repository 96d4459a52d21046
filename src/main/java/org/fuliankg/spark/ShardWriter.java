package org.fuliankg.spark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.fuliankg.build.BuildReport;
import org.fuliankg.build.InputFile;
import org.fuliankg.build.CorpusBuilder;
import org.fuliankg.store.version.StoreManifest;

/**
 * One task of {@link SparkBuild}: the documents of one partition into one shard, through the code path of
 * {@code build} ({@link CorpusBuilder#add}: read, one {@code Pipeline} for the whole partition, map, check IRIs).
 * Knows no Spark: it runs on an executor, or anywhere.
 */
final class ShardWriter {

    /** An input that made no graph, and why. Strings only: it travels from an executor to the driver. */
    record Skipped(String path, String reason) implements Serializable {}

    /** What a task tells the driver. */
    record Result(int index, int documents, List<Skipped> skipped) implements Serializable {
        Result {
            skipped = List.copyOf(skipped);
        }
    }

    private ShardWriter() {}

    /**
     * Writes shard {@code index} of {@code files} (consecutive inputs in build order) and its manifest into
     * {@code dir}. The manifest records {@code buildVersion}, the driver's: an executor runs a copy of the jar.
     */
    static Result write(int index, List<InputFile> files, Path dir, String buildVersion) throws IOException {
        var builder = new CorpusBuilder(1);
        BuildReport report = writeQuads(dir.resolve(ShardLayout.shard(index)), out -> builder.add(files, Map.of(), out));
        Map<String, List<String>> graphs = new HashMap<>();
        report.graphs().forEach((file, made) -> graphs.put(file.toString(), made));
        Path manifest = dir.resolve(ShardLayout.manifest(index));
        Path temporary = ShardLayout.temporary(manifest);
        StoreManifest.of(buildVersion, files.stream().map(InputFile::path).toList()).withGraphs(graphs).write(temporary);
        ShardLayout.moveIntoPlace(temporary, manifest);
        List<Skipped> skipped = report.skipped().stream()
                .map(s -> new Skipped(s.path().toString(), s.reason()))
                .toList();
        return new Result(index, report.documents(), skipped);
    }

    /** Writes gzipped N-Quads to {@code target}, all or nothing, and returns what {@code content} returns. */
    static <T> T writeQuads(Path target, Function<StreamRDF, T> content) throws IOException {
        Path temporary = ShardLayout.temporary(target);
        T result;
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)), 1 << 16)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            writer.start();
            result = content.apply(writer);
            writer.finish();
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        ShardLayout.moveIntoPlace(temporary, target);
        return result;
    }
}
