package dev.tprog.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BatchTest {
    /** Two sequences padded to N = 4: three tokens with two scored, and two tokens with one. */
    private static Batch batch(LossAggregation aggregation) {
        return new Batch(List.of(new int[] {1, 2, 3}, new int[] {1, 2}), List.of(new int[] {-1, 0, 1}, new int[] {-1, 2}),
                4, 4, false, aggregation);
    }

    @Test
    void perTokenAveragesEachSequencesScoredPositionsThenTheBatch() {
        // 1 / 2 scored / 2 sequences, and 1 / 1 scored / 2 sequences
        assertThat(batch(LossAggregation.PER_TOKEN).lossWeights()).containsExactly(0f, 0.25f, 0.25f, 0f, 0f, 0.5f, 0f, 0f);
    }

    @Test
    void perSeqDividesEveryScoredPositionByThePaddedLength() {
        // 1 / N = 4 / 2 sequences, wherever a target is scored
        assertThat(batch(LossAggregation.PER_SEQ).lossWeights())
                .containsExactly(0f, 0.125f, 0.125f, 0f, 0f, 0.125f, 0f, 0f);
        // a chunk of the batch still divides by the whole step's sequences
        assertThat(batch(LossAggregation.PER_SEQ).slice(1, 2, 1).lossWeights()).containsExactly(0f, 0.125f, 0f, 0f);
    }
}
