package org.fuliankg.bench.process;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkLocalRunTest {

    @TempDir
    Path tmp;

    @Test
    void withoutSparksClassPathTheFigureIsNullWithTheReason() throws IOException {
        var result = SparkLocalRun.time(tmp, tmp.resolve("shards"), tmp.resolve(SparkLocalRun.CLASSPATH_FILE));
        assertNull(result.seconds());
        assertTrue(result.reason().contains("mvn package"), result.reason());
    }

    @Test
    void aListedJarThatIsGoneIsNamed() throws IOException {
        Path list = Files.writeString(tmp.resolve(SparkLocalRun.CLASSPATH_FILE), tmp.resolve("gone.jar").toString());
        var result = SparkLocalRun.time(tmp, tmp.resolve("shards"), list);
        assertNull(result.seconds());
        assertTrue(result.reason().contains("gone.jar"), result.reason());
    }
}
