package org.fuliankg.bench.process;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Peak memory of this JVM while it runs: resident set size from {@code /proc/self/status} (the kernel's high-water
 * mark VmHWM, and VmRSS sampled), its anonymous part (RssAnon, sampled), used heap sampled from the {@link MemoryMXBean} (garbage included: with a large
 * maximum heap the collector lets it grow), and the live heap, i.e. what the heap pools held after their last
 * collection. Sampling every 20 ms can miss a short spike between two samples; VmHWM misses nothing.
 */
final class MemorySampler implements AutoCloseable {

    private static final Path STATUS = Path.of("/proc/self/status");

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakRssKb;
    private volatile long peakRssAnonKb;
    private volatile long peakHeapBytes;
    private volatile long peakLiveHeapBytes;

    MemorySampler() {
        thread = new Thread(this::sample, "memory-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        while (running) {
            peakHeapBytes = Math.max(peakHeapBytes, memory.getHeapMemoryUsage().getUsed());
            peakLiveHeapBytes = Math.max(peakLiveHeapBytes, liveHeapBytes());
            statusKb("VmRSS:").ifPresent(kb -> peakRssKb = Math.max(peakRssKb, kb));
            statusKb("RssAnon:").ifPresent(kb -> peakRssAnonKb = Math.max(peakRssAnonKb, kb));
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The larger of the kernel's high-water mark and the sampled RSS, in MiB. */
    double peakRssMb() {
        long hwm = statusKb("VmHWM:").orElse(0);
        return Math.max(hwm, peakRssKb) / 1024.0;
    }

    /**
     * Peak anonymous resident memory (heap, metaspace, thread stacks, native buffers), sampled: the part of RSS the
     * OS cannot drop, unlike TDB2's memory-mapped files (RssFile), which it reclaims under pressure.
     */
    double peakRssAnonMb() {
        return peakRssAnonKb / 1024.0;
    }

    double peakHeapMb() {
        return peakHeapBytes / (1024.0 * 1024.0);
    }

    double peakLiveHeapMb() {
        return peakLiveHeapBytes / (1024.0 * 1024.0);
    }

    private static long liveHeapBytes() {
        long live = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterGc = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (afterGc != null) live += afterGc.getUsed();
        }
        return live;
    }

    /** A {@code kB} line of /proc/self/status; empty where there is no /proc (not Linux). */
    static OptionalLong statusKb(String field) {
        return statusKb(STATUS, field);
    }

    /** A {@code kB} line of a process's status file; empty where there is none (not Linux, or the process is gone). */
    static OptionalLong statusKb(Path status, String field) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith(field)) {
                    return OptionalLong.of(Long.parseLong(line.substring(field.length()).replace("kB", "").strip()));
                }
            }
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
