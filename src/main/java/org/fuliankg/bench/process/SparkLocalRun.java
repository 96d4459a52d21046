package org.fuliankg.bench.process;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times the Spark job ({@code org.fuliankg.spark.SparkBuild}) in {@code local[2]} on a directory of texts, in a new
 * JVM: texts → shards, Spark's start included (loading the shards is a separate step). Spark is a provided
 * dependency, absent from the runnable jar: its class path is the list of jars in the local Maven repository that
 * {@code mvn package} writes to {@code target/spark-classpath.txt}. Without that list the figure is null, with the
 * reason.
 */
public final class SparkLocalRun {

    /** The list {@code mvn package} writes beside the jar (or beside target/classes). */
    public static final String CLASSPATH_FILE = "spark-classpath.txt";

    /**
     * What spark-submit passes to a Java 17 driver (Spark's {@code JavaModuleOptions}); the pom gives the tests the
     * same ({@code spark.javaOptions}). The JDK's StAX is kept: Spark's hadoop-client-runtime registers its own.
     */
    private static final List<String> SPARK_JVM_OPTIONS = List.of("-XX:+IgnoreUnrecognizedVMOptions",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false",
            "-Djavax.xml.stream.XMLInputFactory=com.sun.xml.internal.stream.XMLInputFactoryImpl",
            "-Djavax.xml.stream.XMLOutputFactory=com.sun.xml.internal.stream.XMLOutputFactoryImpl",
            "-Djavax.xml.stream.XMLEventFactory=com.sun.xml.internal.stream.events.XMLEventFactoryImpl",
            "-Dspark.master=local[2]", "-Dspark.ui.enabled=false",
            "-Dspark.driver.host=127.0.0.1", "-Dspark.driver.bindAddress=127.0.0.1");

    /** Seconds the job took, or null and why it was not run. */
    public record Result(Double seconds, String reason) {}

    private SparkLocalRun() {}

    /**
     * Runs the job on {@code texts} into {@code shards} (which must not exist or be empty). Every file under
     * {@code texts} is an input, as for {@code build}: keep a generator's gold file elsewhere.
     */
    public static Result time(Path texts, Path shards) throws IOException {
        return time(texts, shards, besideTheCode().resolve(CLASSPATH_FILE));
    }

    static Result time(Path texts, Path shards, Path classpathFile) throws IOException {
        if (!Files.isRegularFile(classpathFile)) {
            return new Result(null, "no " + classpathFile + ": Spark is not in the jar; 'mvn package' lists its jars there");
        }
        String sparkClasspath = Files.readString(classpathFile, StandardCharsets.UTF_8).strip();
        for (String jar : sparkClasspath.split(java.io.File.pathSeparator)) {
            if (!Files.isRegularFile(Path.of(jar))) {
                return new Result(null, jar + " (listed in " + classpathFile + ") is missing: run 'mvn package' again");
            }
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(ChildJvm.jvmOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        command.addAll(SPARK_JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path") + java.io.File.pathSeparator + sparkClasspath,
                "org.fuliankg.spark.SparkBuild", texts.toString(), "--out", shards.toString()));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            int exit = process.waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            // 3: built, with some inputs skipped
            return exit == 0 || exit == 3 ? new Result(seconds, null) : new Result(null, "SparkBuild exited with " + exit);
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The directory holding the running jar, or holding target/classes: target/. */
    private static Path besideTheCode() throws IOException {
        try {
            return Path.of(SparkLocalRun.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("cannot locate the running code: " + e, e);
        }
    }
}
