package org.speechkg.cli.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.LongUnaryOperator;

/**
 * How steady and how fast the machine is: one thread times the same fixed piece of work over and over for a
 * while, once for integer work in registers, once for a random walk through 12 MiB (more than a core's own
 * caches, less than the last-level cache a host's cores share) and once through 64 MiB (main memory
 * latency). Index lookups, hash tables and the extraction's tries mostly wait on the last two. The 12 MiB walk
 * is the one that moves with query latency on a shared host: when something else fills the shared cache, it
 * slows down with the queries while the integer work does not (docs/performance.md). On a machine of its own every
 * repetition takes about as long as the median, and the medians are the same from one run to the next; on
 * a shared host, repetitions can slow down in spells, or the medians move between runs. Latency
 * percentiles and throughput ratios cannot be steadier than this, so the benchmark prints it beside them.
 *
 * @param samples   repetitions timed
 * @param p50Nanos  median time of one repetition
 * @param p99Nanos  99th percentile time of one repetition
 * @param slowShare share of repetitions that took more than {@link #SLOW_FACTOR} times the median
 */
record Steadiness(int samples, long p50Nanos, long p99Nanos, double slowShare) {
    /** A repetition slower than this many medians counts as slowed down. */
    static final double SLOW_FACTOR = 1.5;
    /** Iterations of the integer work unit: about a millisecond on a current core. */
    private static final int INTEGER_WORK = 400_000;
    /** Slots of the memory walked: 64 MiB of ints, more than any cache of the machine. */
    private static final int WALK_SLOTS = 16 << 20;
    /** Steps of the memory work unit: a few milliseconds, one cache miss each. */
    private static final int WALK_STEPS = 20_000;
    /** Slots of the cache walk: 12 MiB of ints, beyond a core's own caches, within a shared last-level cache. */
    static final int CACHE_WALK_SLOTS = 3 << 20;
    /** Steps of the cache work unit: a few milliseconds. */
    private static final int CACHE_WALK_STEPS = 50_000;
    /** Where the work's result goes, so that the JIT cannot drop the work. */
    private static volatile long blackhole;

    /** Times the integer work unit for {@code duration} on the calling thread. */
    static Steadiness measure(Duration duration) {
        return repeat(duration, Steadiness::integerWork);
    }

    /** Times the memory work unit (a random walk through 64 MiB) for {@code duration} on the calling thread. */
    static Steadiness measureMemory(Duration duration) {
        int[] next = randomCycle(WALK_SLOTS, new SplittableRandom(1));
        return repeat(duration, at -> walk(next, (int) at));
    }

    /** Times the cache work unit (a random walk through 12 MiB) for {@code duration} on the calling thread. */
    static Steadiness measureCache(Duration duration) {
        CacheWalk walk = new CacheWalk();
        return repeat(duration, at -> walk.timeOnce());
    }

    /** The three probes, {@code duration} each, as one line for the report. */
    static String describeAll(Duration duration) {
        return "integer work " + measure(duration).describe() + "; 12 MiB walk " + measureCache(duration).describe()
                + "; 64 MiB walk " + measureMemory(duration).describe();
    }

    /**
     * The cache work unit, ready to be timed between other work (such as after each round of queries): the
     * 12 MiB cycle is built once, and each {@link #timeOnce} continues the walk where the last one ended.
     */
    static final class CacheWalk {
        private final int[] next = randomCycle(CACHE_WALK_SLOTS, new SplittableRandom(2));
        private int at;

        /** Walks the fixed number of steps on; returns how long that took, in nanoseconds. */
        long timeOnce() {
            long t0 = System.nanoTime();
            int p = at;
            for (int i = 0; i < CACHE_WALK_STEPS; i++) {
                p = next[p];
            }
            at = p;
            return System.nanoTime() - t0;
        }
    }

    private static Steadiness repeat(Duration duration, LongUnaryOperator unit) {
        long deadline = System.nanoTime() + duration.toNanos();
        long[] times = new long[1024];
        int n = 0;
        long state = 0;
        while (n < 5 || System.nanoTime() < deadline) {
            long t0 = System.nanoTime();
            state = unit.applyAsLong(state);
            if (n == times.length) {
                times = Arrays.copyOf(times, n * 2);
            }
            times[n++] = System.nanoTime() - t0;
        }
        blackhole = state;
        return of(Arrays.copyOf(times, n));
    }

    /** The summary of {@code times} (nanoseconds of one repetition each). */
    static Steadiness of(long[] times) {
        if (times.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        long p50 = sorted[(sorted.length - 1) / 2];
        long p99 = sorted[Math.max(0, (int) Math.ceil(0.99 * sorted.length) - 1)];
        long slow = Arrays.stream(sorted).filter(t -> t > SLOW_FACTOR * p50).count();
        return new Steadiness(sorted.length, p50, p99, slow / (double) sorted.length);
    }

    /** A xorshift sequence the JIT cannot fold: a fixed amount of integer work. */
    private static long integerWork(long seed) {
        long x = seed | 1;
        for (int i = 0; i < INTEGER_WORK; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }

    /** {@link #WALK_STEPS} steps along the cycle from {@code at}; returns where the walk ended. */
    private static long walk(int[] next, int at) {
        int p = at;
        for (int i = 0; i < WALK_STEPS; i++) {
            p = next[p];
        }
        return p;
    }

    /**
     * A single cycle through all {@code n} slots in a random order (each slot points to the next one in a
     * shuffled list), so that a walk never settles into a short loop the caches could hold.
     */
    static int[] randomCycle(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] next = new int[n];
        for (int i = 0; i < n; i++) {
            next[order[i]] = order[(i + 1) % n];
        }
        return next;
    }

    /** One line for the report: the median, the 99th percentile and the share of slowed repetitions. */
    String describe() {
        return String.format(Locale.ROOT, "p50 %.2f ms, p99 %.2f ms (%.1f x), %.1f %% of %d over %.1f x the p50",
                p50Nanos / 1e6, p99Nanos / 1e6, p99Nanos / (double) p50Nanos, 100 * slowShare, samples, SLOW_FACTOR);
    }
}
