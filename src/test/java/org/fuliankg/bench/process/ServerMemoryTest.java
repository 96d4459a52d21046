package org.fuliankg.bench.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reading the server's memory figures from its Prometheus metrics text. */
class ServerMemoryTest {

    private static final String METRICS = """
            # HELP jvm_memory_used_bytes The amount of used memory
            # TYPE jvm_memory_used_bytes gauge
            jvm_memory_used_bytes{area="heap",id="G1 Eden Space"} 1.048576E8
            jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} 2.097152E8
            jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 5.24288E7
            jvm_memory_used_bytes_total{area="heap"} 9.9E9
            # HELP jvm_gc_live_data_size_bytes Size of long-lived heap memory pool after reclamation
            jvm_gc_live_data_size_bytes 1.572864E8
            jvm_gc_max_data_size_bytes 1.073741824E9
            jvm_gc_live_data_size_bytes{broken} not-a-number
            """;

    @Test
    void sums_the_heap_pools_and_leaves_out_other_areas_and_longer_names() {
        assertEquals(300, ServerMemory.sumMb(METRICS, "jvm_memory_used_bytes", "area=\"heap\""), 1e-9);
    }

    @Test
    void reads_the_live_heap_and_its_limit_and_skips_malformed_lines() {
        assertEquals(150, ServerMemory.sumMb(METRICS, "jvm_gc_live_data_size_bytes", ""), 1e-9);
        assertEquals(1024, ServerMemory.sumMb(METRICS, "jvm_gc_max_data_size_bytes", ""), 1e-9);
    }

    @Test
    void a_figure_the_server_does_not_report_is_not_a_number() {
        assertTrue(Double.isNaN(ServerMemory.sumMb(METRICS, "jvm_buffer_memory_used_bytes", "")));
        assertTrue(Double.isNaN(ServerMemory.sumMb("", "jvm_memory_used_bytes", "area=\"heap\"")));
    }
}
