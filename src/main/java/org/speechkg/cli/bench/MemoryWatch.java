package org.speechkg.cli.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Samples the used heap on a daemon thread and reports its peak, the peak of live data (heap used right
 * after a collection, summed over pools) and the process's peak resident set ({@code VmHWM} from
 * {@code /proc/self/status}, Linux only).
 */
final class MemoryWatch implements AutoCloseable {
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peakUsed;
    private volatile long peakLive;

    MemoryWatch(long intervalMillis) {
        sampler = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(intervalMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-memory-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        if (used > peakUsed) {
            peakUsed = used;
        }
        long live = liveAfterLastGc();
        if (live > peakLive) {
            peakLive = live;
        }
    }

    /** Peak heap in use (live and garbage) seen by the sampler or by the pools' own peak counters. */
    long peakHeapUsed() {
        sample();
        long pools = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                pools = Math.max(pools, p.getPeakUsage().getUsed());
            }
        }
        return Math.max(peakUsed, pools);
    }

    /** Largest heap still in use right after a collection, as sampled: what the run really had to keep. */
    long peakLiveAfterGc() {
        sample();
        return peakLive;
    }

    private static long liveAfterLastGc() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage after = p.getType() == MemoryType.HEAP ? p.getCollectionUsage() : null;
            if (after != null) {
                sum += after.getUsed();
            }
        }
        return sum;
    }

    static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }

    /** Peak resident set size in bytes, if the platform tells. */
    static OptionalLong peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("\\D", "")) * 1024);
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
        sampler.interrupt();
    }
}
