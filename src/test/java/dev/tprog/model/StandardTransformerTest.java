package dev.tprog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tprog.nn.Sampler;
import dev.tprog.nn.Tape;
import dev.tprog.nn.Tensor;
import dev.tprog.nn.Workers;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The standard transformer's loss, gradient and attention mask. */
class StandardTransformerTest {
    private static final int LENGTH = RandomBatches.LENGTH;
    private static final int VOCABULARY = RandomBatches.VOCABULARY;
    private static final int CLASSES = RandomBatches.CLASSES;

    private static StandardTransformer model(int layers, int width, boolean causal) {
        return new StandardTransformer(new StandardConfig(layers, width, 2, width, causal), VOCABULARY, LENGTH, CLASSES, 11);
    }

    /** Sequences of 1 to N tokens from 1 to 4, the first (the BOS) not scored. */
    private static Sampling pass(Tape tape, StandardTransformer model) {
        return new Sampling(tape, 1f, null, null, ParameterView.identity(model.parameters()));
    }

    private static double loss(StandardTransformer model, Batch batch) {
        return model.loss(batch, pass(new Tape(), model)).item();
    }

    @Test
    void theGradientOfTheWholeModelMatchesCentralDifferencesOfItsLoss() {
        StandardTransformer model = model(2, 4, false);
        Batch batch = RandomBatches.of(3, new Random(5), false);
        Tape tape = new Tape();
        tape.backward(model.loss(batch, pass(tape, model)));
        int checked = CentralDifferences.check(model.parameters(), () -> loss(model, batch));
        // embeddings, layer norms, heads, projections, MLPs and unembedding all take part
        assertThat(checked).isGreaterThan(200);
    }

    @Test
    void chunksAddUpToTheWholeBatchsGradient() {
        Batch batch = RandomBatches.of(2 * BatchGradient.CHUNK + 7, new Random(3), false); // three chunks, the last short
        StandardTransformer whole = model(2, 8, false);
        Tape tape = new Tape();
        Tensor loss = whole.loss(batch, pass(tape, whole));
        tape.backward(loss);

        StandardTransformer chunked = model(2, 8, false);
        double chunkedLoss;
        try (Workers workers = new Workers(2)) {
            chunkedLoss = BatchGradient.lossAndGradient(chunked, batch, 1, Float.NaN, null, 0, workers);
        }
        assertThat(chunkedLoss).isCloseTo(loss.item(), within(1e-5));
        for (int p = 0; p < whole.parameters().size(); p++) {
            float[] expected = whole.parameters().get(p).grad();
            float[] actual = chunked.parameters().get(p).grad();
            for (int i = 0; i < expected.length; i++) {
                assertThat(actual[i]).isCloseTo(expected[i], within(1e-5f + 1e-4f * Math.abs(expected[i])));
            }
        }
    }

    @Test
    void aCausalQuerySeesNothingToItsRight() {
        StandardTransformer model = model(2, 8, true);
        int[] tokens = {1, 2, 3, 4, 2, 1};
        int[] changed = {1, 2, 3, 1, 1, 1};
        int[] targets = {-1, 0, 1, 2, 0, 1};
        float[] before = model.logits(new Batch(List.of(tokens), List.of(targets), LENGTH, LENGTH, true),
                pass(new Tape(), model)).data();
        float[] after = model.logits(new Batch(List.of(changed), List.of(targets), LENGTH, LENGTH, true),
                pass(new Tape(), model)).data();
        int seen = 3 * CLASSES; // positions 0 to 2 see only tokens 0 to 2, which are the same
        assertThat(java.util.Arrays.copyOf(after, seen)).containsExactly(java.util.Arrays.copyOf(before, seen));
        assertThat(after[seen]).isNotEqualTo(before[seen]);
    }

    @Test
    void everyLayerStartsTheSameAsTorchsDeepCopiesDo() {
        List<Tensor> parameters = model(2, 8, false).parameters();
        int perLayer = (parameters.size() - 3) / 2; // all but the two embeddings and the unembedding
        for (int p = 0; p < perLayer; p++) {
            assertThat(parameters.get(2 + perLayer + p).data()).containsExactly(parameters.get(2 + p).data());
        }
    }
}
