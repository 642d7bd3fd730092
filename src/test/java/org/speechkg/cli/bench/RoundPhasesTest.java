package org.speechkg.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The round-phase summary finds slow rounds against the median and relates them to the cache walk. */
class RoundPhasesTest {
    private static final long MS = 1_000_000;

    @Test
    void slowRoundsWithASlowWalkAreCountedAndCorrelated() {
        long[] rounds = {100 * MS, 102 * MS, 98 * MS, 180 * MS, 175 * MS, 101 * MS};
        long[] walks = {10 * MS, 10 * MS, 10 * MS, 19 * MS, 18 * MS, 11 * MS};
        RoundPhases p = new RoundPhases(rounds, walks);

        assertThat(p.medianRound()).isEqualTo(101 * MS);
        assertThat(p.slowRounds()).isEqualTo(2);
        assertThat(p.medianProbe(true)).isEqualTo(18 * MS);
        assertThat(p.medianProbe(false)).isEqualTo(10 * MS);
        assertThat(p.correlation()).isGreaterThan(0.95);
        assertThat(p.describe()).contains("median 101 ms", "2 of 6 over 1.3 x the median",
                "after them p50 18.00 ms", "after the others 10.00 ms");
    }

    @Test
    void aWalkThatDoesNotFollowTheRoundsIsUncorrelated() {
        long[] rounds = {100 * MS, 200 * MS, 100 * MS, 200 * MS};
        long[] walks = {10 * MS, 10 * MS, 12 * MS, 12 * MS};

        assertThat(new RoundPhases(rounds, walks).correlation()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void steadyRoundsHaveNoSlowOnesAndNoCorrelationToSpeakOf() {
        RoundPhases p = new RoundPhases(new long[] {5 * MS, 5 * MS, 5 * MS}, new long[] {MS, 2 * MS, MS});

        assertThat(p.slowRounds()).isZero();
        assertThat(p.medianProbe(true)).isZero();
        assertThat(p.correlation()).isNaN();
        assertThat(p.describe()).contains("0 of 3").doesNotContain("after them");
    }

    @Test
    void roundsAndProbesMustPair() {
        assertThatThrownBy(() -> new RoundPhases(new long[2], new long[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 rounds but 3 probes");
    }
}
