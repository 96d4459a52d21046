package org.fuliankg.bench.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChildJvmTest {

    @Test
    void aChildJvmGetsTheParentsHeapSettingsAndProperties() {
        assertEquals(List.of("-Xmx3g", "-Dfile.encoding=UTF-8"),
                ChildJvm.jvmOptions(List.of("-Xmx3g", "-javaagent:x.jar", "-Dfile.encoding=UTF-8")));
    }

    @Test
    void withoutAHeapLimitAChildJvmGetsTheLaunchersDefaults() {
        assertEquals(List.of("-Xmx1g", "-XX:+UseG1GC", "-XX:G1PeriodicGCInterval=30000", "-Dfile.encoding=UTF-8"),
                ChildJvm.jvmOptions(List.of("-Dfile.encoding=UTF-8")));
    }
}
