package org.speechkg.cli.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * How steady the machine's CPU is: one thread times the same fixed piece of integer work over and over
 * for a while. On a machine of its own every repetition takes about as long as the median; under a
 * hypervisor that shares the cores, some repetitions take twice as long in phases lasting from a few
 * milliseconds to a second. A query latency percentile above the median is bounded below by these phases,
 * whatever the software does, so the benchmark prints them next to the latencies.
 *
 * @param samples  repetitions timed
 * @param p50Nanos median time of one repetition
 * @param p99Nanos 99th percentile time of one repetition
 * @param slowShare share of repetitions that took more than {@link #SLOW_FACTOR} times the median
 */
record CpuSteadiness(int samples, long p50Nanos, long p99Nanos, double slowShare) {
    /** A repetition slower than this many medians counts as slowed down. */
    static final double SLOW_FACTOR = 1.5;
    /** Iterations of the work unit: about a millisecond on a current core. */
    private static final int WORK = 400_000;
    /** Where the work's result goes, so that the JIT cannot drop the work. */
    private static volatile long blackhole;

    /** Times the work unit for {@code duration} on the calling thread. */
    static CpuSteadiness measure(Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        long[] times = new long[1024];
        int n = 0;
        long sink = 0;
        while (n < 5 || System.nanoTime() < deadline) {
            long t0 = System.nanoTime();
            sink += work(sink);
            if (n == times.length) {
                times = Arrays.copyOf(times, n * 2);
            }
            times[n++] = System.nanoTime() - t0;
        }
        blackhole = sink;
        return of(Arrays.copyOf(times, n));
    }

    /** The summary of {@code times} (nanoseconds of one repetition each). */
    static CpuSteadiness of(long[] times) {
        if (times.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        long p50 = sorted[(sorted.length - 1) / 2];
        long p99 = sorted[Math.max(0, (int) Math.ceil(0.99 * sorted.length) - 1)];
        long slow = Arrays.stream(sorted).filter(t -> t > SLOW_FACTOR * p50).count();
        return new CpuSteadiness(sorted.length, p50, p99, slow / (double) sorted.length);
    }

    /** A pseudo-random walk the JIT cannot fold: a fixed amount of integer work. */
    private static long work(long seed) {
        long x = seed | 1;
        for (int i = 0; i < WORK; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }

    /** One line for the report: the median, the 99th percentile and the share of slowed repetitions. */
    String describe() {
        return String.format(Locale.ROOT, "fixed CPU work p50 %.2f ms, p99 %.2f ms (%.1f x the p50); "
                        + "%.1f %% of %d repetitions took over %.1f x the p50", p50Nanos / 1e6, p99Nanos / 1e6,
                p99Nanos / (double) p50Nanos, 100 * slowShare, samples, SLOW_FACTOR);
    }
}
