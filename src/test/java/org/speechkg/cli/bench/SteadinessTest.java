package org.speechkg.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The steadiness summary counts slowed repetitions against the median (figures are not timed here). */
class SteadinessTest {
    @Test
    void countsRepetitionsSlowerThanOneAndAHalfMedians() {
        long[] times = new long[100];
        for (int i = 0; i < times.length; i++) {
            times[i] = i < 80 ? 1_000_000 : 2_000_000; // a fifth of the time at half speed
        }
        Steadiness s = Steadiness.of(times);

        assertThat(s.samples()).isEqualTo(100);
        assertThat(s.p50Nanos()).isEqualTo(1_000_000);
        assertThat(s.p99Nanos()).isEqualTo(2_000_000);
        assertThat(s.slowShare()).isEqualTo(0.20);
        assertThat(s.describe()).contains("p50 1.00 ms", "p99 2.00 ms (2.0 x)", "20.0 % of 100 over 1.5 x");
    }

    @Test
    void aSteadyMachineHasNoSlowRepetitions() {
        Steadiness s = Steadiness.of(new long[] {1_000_000, 1_100_000, 1_400_000, 900_000});

        assertThat(s.slowShare()).isZero();
        assertThat(s.p50Nanos()).isEqualTo(1_000_000);
    }

    @Test
    void measuresAtLeastFiveRepetitions() {
        Steadiness s = Steadiness.measure(Duration.ZERO);

        assertThat(s.samples()).isGreaterThanOrEqualTo(5);
        assertThat(s.p50Nanos()).isPositive();
    }

    @Test
    void theMemoryWalkIsOneCycleThroughEverySlot() {
        int[] next = Steadiness.randomCycle(1000, new java.util.SplittableRandom(7));
        boolean[] seen = new boolean[next.length];
        int p = 0;
        for (int i = 0; i < next.length; i++) {
            assertThat(seen[p]).as("slot %d visited twice", p).isFalse();
            seen[p] = true;
            p = next[p];
        }
        assertThat(p).isZero();
    }

    @Test
    void allThreeProbesAreReported() {
        assertThat(Steadiness.describeAll(Duration.ZERO)).startsWith("integer work p50 ")
                .contains("; 12 MiB walk p50 ", "; 64 MiB walk p50 ");
    }

    @Test
    void noSamplesIsAnError() {
        assertThatThrownBy(() -> Steadiness.of(new long[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
