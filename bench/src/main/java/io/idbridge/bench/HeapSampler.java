package io.idbridge.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Samples the used heap every 10 ms on a daemon thread and keeps the highest value: the peak heap of a phase
 * (garbage included, as the process really needs it with the JVM's flags). {@link #liveAfterGc()} is the other view:
 * what is still reachable.
 */
final class HeapSampler implements AutoCloseable {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile long peak;
    private volatile boolean running = true;

    HeapSampler() {
        thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts a new phase: the peak becomes the current use. */
    void reset() {
        peak = MEMORY.getHeapMemoryUsage().getUsed();
    }

    long peakMegabytes() {
        return Math.max(peak, MEMORY.getHeapMemoryUsage().getUsed()) / (1024 * 1024);
    }

    static long liveAfterGc() {
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    static long maxHeapMegabytes() {
        return MEMORY.getHeapMemoryUsage().getMax() / (1024 * 1024);
    }

    private void sample() {
        while (running) {
            long used = MEMORY.getHeapMemoryUsage().getUsed();
            if (used > peak) {
                peak = used;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join();
    }
}
