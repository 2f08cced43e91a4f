package dev.tprog.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tprog.nn.Tape;
import dev.tprog.nn.Tensor;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Pooled outputs ({@code --pool-outputs}): the training loss, its gradient, and the discrete prediction. */
class PooledOutputsTest {
    private static final int LENGTH = RandomBatches.LENGTH;
    private static final int CLASSES = RandomBatches.CLASSES;

    private static StandardTransformer pooledModel() {
        return new StandardTransformer(new StandardConfig(2, 4, 2, 4, false, true), RandomBatches.VOCABULARY, LENGTH,
                CLASSES, 11);
    }

    private static Sampling pass(Tape tape, StandardTransformer model) {
        return new Sampling(tape, 1f, null, null, ParameterView.identity(model.parameters()));
    }

    @Test
    void aSequenceIsPooledAsTheMeanOverAllNPositionsWithThePaddingZeroed() {
        Batch batch = new Batch(List.of(new int[] {4, 1, 2}, new int[] {3}), List.of(new int[] {2, -1, -1}, new int[] {0}),
                4, 4, false);
        float[] logits = new float[8 * 2];
        for (int i = 0; i < logits.length; i++) {
            logits[i] = i; // row t holds (2t, 2t + 1)
        }
        Tensor pooled = batch.pool(new Tape(), Tensor.of(logits, 8, 2));
        // rows 0-2 of the first sequence, row 4 of the second, each over N = 4 (the reference's mean)
        assertThat(pooled.data()).containsExactly((0f + 2 + 4) / 4, (1f + 3 + 5) / 4, 8f / 4, 9f / 4);
        assertThat(batch.firstTargets()).containsExactly(2, 0);
        assertThat(batch.firstLossWeights()).containsExactly(0.5f, 0.5f); // one label each, the mean over two sequences
    }

    @Test
    void thePooledLossHasTheGradientOfCentralDifferences() {
        StandardTransformer model = pooledModel();
        Batch batch = RandomBatches.classification(4, new Random(5));
        Tape tape = new Tape();
        tape.backward(model.loss(batch, pass(tape, model)));
        int checked = CentralDifferences.check(model.parameters(), () -> model.loss(batch, pass(new Tape(), model)).item());
        assertThat(checked).isGreaterThan(150);
    }

    @Test
    void theDiscreteModelPredictsPositionZeroFromTheMeanOfItsTokensLogits() {
        StandardTransformer model = pooledModel();
        Batch batch = RandomBatches.classification(20, new Random(6));
        float[] logits = model.logits(batch, pass(new Tape(), model)).data();
        int[] predictions = model.predict(batch);
        for (int b = 0; b < batch.size(); b++) {
            double[] mean = new double[CLASSES];
            int tokens = 0;
            for (int t = b * LENGTH; t < (b + 1) * LENGTH; t++) {
                if (batch.tokens[t] != 0) {
                    tokens++;
                    for (int c = 0; c < CLASSES; c++) {
                        mean[c] += logits[t * CLASSES + c];
                    }
                }
            }
            int best = 0;
            for (int c = 1; c < CLASSES; c++) {
                best = mean[c] / tokens > mean[best] / tokens ? c : best;
            }
            assertThat(predictions[b * LENGTH]).isEqualTo(best);
            for (int i = 1; i < LENGTH; i++) {
                assertThat(predictions[b * LENGTH + i]).isEqualTo(-1); // no prediction
            }
        }
    }
}
