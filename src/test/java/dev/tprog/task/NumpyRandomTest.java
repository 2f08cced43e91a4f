package dev.tprog.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Expected values were printed by numpy 1.24's legacy RandomState. */
class NumpyRandomTest {

    @Test
    void rawStreamIsMt19937() {
        // 5489 is MT19937's reference seed; 3499211612 is its published first output.
        NumpyRandom random = new NumpyRandom(5489);
        assertThat(random.nextUint32()).isEqualTo(3499211612L);
        assertThat(random.nextUint32()).isEqualTo(581869302L);
        assertThat(random.nextUint32()).isEqualTo(3890346734L);
    }

    @Test
    void randintAndPermutationFollowNumpy() {
        NumpyRandom random = new NumpyRandom(0);
        assertThat(random.randint(0, 5, 10)).containsExactly(4, 0, 3, 3, 3, 1, 3, 2, 4, 0);
        assertThat(random.randint(1, 7)).isEqualTo(1);
        assertThat(random.permutation(10)).containsExactly(5, 2, 3, 4, 9, 0, 8, 7, 6, 1);
        assertThat(new NumpyRandom(12345).randint(0, 1000, 5)).containsExactly(482, 485, 285, 129, 420);
    }

    @Test
    void longPermutationCrossesRegenerationOfTheState() {
        int[] permutation = new NumpyRandom(7).permutation(1000);
        assertThat(permutation).startsWith(778, 334, 271, 802, 216);
        long weighted = 0;
        for (int i = 0; i < permutation.length; i++) {
            weighted += (long) i * permutation[i];
        }
        assertThat(weighted).isEqualTo(246202311L);
    }

    @Test
    void singleValueRangeConsumesNoRandomness() {
        NumpyRandom a = new NumpyRandom(3);
        NumpyRandom b = new NumpyRandom(3);
        assertThat(a.randint(4, 5)).isEqualTo(4);
        assertThat(a.nextUint32()).isEqualTo(b.nextUint32());
    }

    @Test
    void rejectsSeedsNumpyRejects() {
        assertThatThrownBy(() -> new NumpyRandom(-1)).hasMessageContaining("between 0 and 2^32 - 1");
        assertThatThrownBy(() -> new NumpyRandom(1L << 32)).hasMessageContaining("between 0 and 2^32 - 1");
        assertThatThrownBy(() -> new NumpyRandom(0).randint(3, 3)).hasMessageContaining("low >= high");
    }
}
