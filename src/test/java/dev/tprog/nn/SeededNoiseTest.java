package dev.tprog.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SeededNoiseTest {

    @Test
    void sameSeedSameSequenceOtherSeedOtherSequence() {
        SeededNoise a = new SeededNoise(42);
        SeededNoise b = new SeededNoise(42);
        SeededNoise c = new SeededNoise(43);
        int differ = 0;
        for (int i = 0; i < 1000; i++) {
            float x = a.uniform();
            assertThat(b.uniform()).isEqualTo(x);
            if (c.uniform() != x) {
                differ++;
            }
        }
        assertThat(differ).isGreaterThan(990);
    }

    @Test
    void streamsOfOneSeedAreReproducibleAndDistinct() {
        float first = SeededNoise.stream(7, 3).uniform();
        assertThat(SeededNoise.stream(7, 3).uniform()).isEqualTo(first);
        int differ = 0;
        for (int index = 0; index < 100; index++) {
            differ += SeededNoise.stream(7, index).uniform() != SeededNoise.stream(8, index).uniform() ? 1 : 0;
            differ += SeededNoise.stream(7, index).uniform() != SeededNoise.stream(7, index + 1).uniform() ? 1 : 0;
        }
        assertThat(differ).isGreaterThan(195);
    }

    @Test
    void isSplitMix64AsInSplittableRandom() {
        // the published first SplitMix64 output for seed 0
        assertThat(new SeededNoise(0).nextLong()).isEqualTo(0xe220a8397b1dcdafL);
        for (long seed : new long[] {0, 1, -7, 123456789L}) {
            SeededNoise noise = new SeededNoise(seed);
            SplittableRandom reference = new SplittableRandom(seed);
            for (int i = 0; i < 100; i++) {
                assertThat(noise.nextLong()).isEqualTo(reference.nextLong());
            }
        }
    }

    @Test
    void firstDrawsArePinned() {
        // (2k + 1) / 2^24 with k the top 23 bits of 0xe220a8397b1dcdaf: k = 0x711054 = 7409748
        assertThat(new SeededNoise(0).uniform()).isEqualTo(14819497 / 16777216f);
    }

    @Test
    void staysStrictlyInsideTheUnitIntervalWithMeanOneHalf() {
        SeededNoise noise = new SeededNoise(7);
        double sum = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            float u = noise.uniform();
            assertThat(u > 0f && u < 1f).isTrue();
            sum += u;
        }
        assertThat(sum / n).isCloseTo(0.5, within(0.005));
        // the extreme draws the construction allows are still inside
        assertThat(1 * 0x1p-24f).isGreaterThan(0f);
        assertThat(((1 << 24) - 1) * 0x1p-24f).isLessThan(1f);
    }
}
