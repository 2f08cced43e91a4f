package dev.tprog.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tprog.nn.Tape;
import dev.tprog.nn.Tensor;
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

    @Test
    void liveRowsAreThePositionsThatHoldATokenInEverySlice() {
        Batch batch = batch(LossAggregation.PER_TOKEN);
        assertThat(batch.liveRows).containsExactly(0, 1, 2, 4, 5);
        assertThat(batch.liveStarts).containsExactly(0, 3, 5);
        assertThat(batch.slice(1, 2, 1).liveRows).containsExactly(0, 1);
        assertThat(batch.slice(1, 2, 1).liveStarts).containsExactly(0, 2);
        // the mask's rows of positions 0-2 of sequence 0 and 0-1 of sequence 1
        assertThat(batch.liveMask.shape()).containsExactly(1, 5, 4);
        assertThat(batch.liveMask.data()).containsExactly(1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 0, 0, 1, 1, 0, 0);
        Tensor positions = Tensor.of(new float[] {0, 1, 2, 3, 10, 11, 12, 13, 20, 21, 22, 23, 30, 31, 32, 33}, 4, 4);
        assertThat(batch.livePositionRows(positions).data()).containsExactly(0, 1, 2, 3, 10, 11, 12, 13, 20, 21, 22, 23,
                0, 1, 2, 3, 10, 11, 12, 13);
    }

    /** A row-wise computation on the live rows equals it on all rows there, gives 0 on the padding, and sends it no gradient. */
    @Test
    void aComputationOnLiveRowsOnlyAgreesWhereTheTokensAre() {
        Batch batch = batch(LossAggregation.PER_TOKEN);
        float[] values = new float[8 * 3];
        for (int i = 0; i < values.length; i++) {
            values[i] = (i % 7) - 3f;
        }
        Tensor weights = Tensor.of(new float[] {1, -2, 0.5f, 3, 0, -1}, 3, 2);
        Tape fullTape = new Tape();
        Tensor full = fullTape.matmul(fullTape.relu(Tensor.of(values.clone(), 8, 3)), weights);
        Tape tape = new Tape();
        Tensor rows = Tensor.parameter(values.clone(), 8, 3);
        Tensor live = batch.onLiveRows(tape, rows, x -> tape.matmul(tape.relu(x), weights));
        for (int t = 0; t < 8; t++) {
            boolean isLive = t != 3 && t < 6;
            for (int c = 0; c < 2; c++) {
                assertThat(live.data()[t * 2 + c]).isEqualTo(isLive ? full.data()[t * 2 + c] : 0f);
            }
        }
        tape.backward(tape.crossEntropy(live, new int[] {-1, 0, 1, -1, -1, 1, -1, -1}, new float[] {0, 1, 1, 0, 0, 1, 0, 0}));
        assertThat(rows.grad()[3 * 3]).isZero();
        assertThat(rows.grad()[6 * 3 + 1]).isZero();
        assertThat(rows.grad()[1 * 3 + 2]).isNotZero(); // relu(values[5]) = 2 > 0 and its weights differ
    }
}
