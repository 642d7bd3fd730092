package org.speechkg.cli.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * How the machine behaved during the interleaved query rounds: the time of each whole round (every query
 * sent once) and, right after it, the time of the 12 MiB cache walk ({@link Steadiness.CacheWalk}). A round
 * much slower than the median round is a slow phase of the whole server, not of one query; if the cache walk
 * slows down in the same rounds, the phase came from contention for the machine's shared cache (on a
 * virtual machine, most likely other guests of the host), which no change to the queries removes. The report says how many rounds were slow and how the walk
 * behaved in them, so a p99 over the floor can be read against it.
 *
 * @param roundNanos time of each round, in order
 * @param probeNanos time of the cache walk after each round, in the same order
 */
record RoundPhases(long[] roundNanos, long[] probeNanos) {
    /** A round slower than this many median rounds counts as slow. */
    static final double SLOW_ROUND = 1.3;

    RoundPhases {
        if (roundNanos.length != probeNanos.length) {
            throw new IllegalArgumentException(roundNanos.length + " rounds but " + probeNanos.length + " probes");
        }
        roundNanos = roundNanos.clone();
        probeNanos = probeNanos.clone();
    }

    /** Rounds measured. */
    int rounds() {
        return roundNanos.length;
    }

    /** Median time of a round. */
    long medianRound() {
        return median(roundNanos);
    }

    /** Rounds that took more than {@link #SLOW_ROUND} times the median round. */
    int slowRounds() {
        long limit = slowLimit();
        return (int) Arrays.stream(roundNanos).filter(t -> t > limit).count();
    }

    /** Median cache walk after the slow rounds ({@code slow}) or after the others; 0 when there are none. */
    long medianProbe(boolean slow) {
        long limit = slowLimit();
        long[] picked = new long[rounds()];
        int n = 0;
        for (int i = 0; i < rounds(); i++) {
            if ((roundNanos[i] > limit) == slow) {
                picked[n++] = probeNanos[i];
            }
        }
        return n == 0 ? 0 : median(Arrays.copyOf(picked, n));
    }

    /** Pearson correlation of round time and cache walk time; NaN when either does not vary. */
    double correlation() {
        int n = rounds();
        double mr = Arrays.stream(roundNanos).average().orElse(Double.NaN);
        double mp = Arrays.stream(probeNanos).average().orElse(Double.NaN);
        double cov = 0;
        double vr = 0;
        double vp = 0;
        for (int i = 0; i < n; i++) {
            double dr = roundNanos[i] - mr;
            double dp = probeNanos[i] - mp;
            cov += dr * dp;
            vr += dr * dr;
            vp += dp * dp;
        }
        return vr == 0 || vp == 0 ? Double.NaN : cov / Math.sqrt(vr * vp);
    }

    /** One line for the report. */
    String describe() {
        if (rounds() == 0) {
            return "no rounds";
        }
        String slow = slowRounds() == 0 ? "" : String.format(Locale.ROOT, "; 12 MiB walk after them p50 %.2f ms, "
                + "after the others %.2f ms", medianProbe(true) / 1e6, medianProbe(false) / 1e6);
        return String.format(Locale.ROOT, "rounds: median %.0f ms, %d of %d over %.1f x the median%s; "
                        + "correlation of round time and walk time %.2f", medianRound() / 1e6, slowRounds(), rounds(),
                SLOW_ROUND, slow, correlation());
    }

    /** A round longer than this is slow. */
    private long slowLimit() {
        return (long) (SLOW_ROUND * medianRound());
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2];
    }
}
