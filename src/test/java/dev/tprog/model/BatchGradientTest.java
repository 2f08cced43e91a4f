package dev.tprog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tprog.nn.Sampler;
import dev.tprog.nn.SeededNoise;
import dev.tprog.nn.Tape;
import dev.tprog.nn.Tensor;
import dev.tprog.nn.Workers;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The chunked, multi-threaded gradient is the gradient of the whole batch's loss. */
class BatchGradientTest {
    private static final int LENGTH = RandomBatches.LENGTH;
    private static final int K = RandomBatches.LENGTH;

    private static ProgramModel model() {
        // softmax sampling draws no noise, so one pass and the chunked passes compute the same function
        ModelConfig config = new ModelConfig(2, 2, 1, 1, 1, 2, 8, K, false, Sampler.SOFTMAX, null);
        return new ProgramModel(config, K, LENGTH, RandomBatches.CLASSES, 11);
    }

    @Test
    void chunksAddUpToTheWholeBatchsGradient() {
        Batch batch = RandomBatches.of(2 * BatchGradient.CHUNK + 7, new Random(3), false); // three chunks, the last short
        ProgramModel whole = model();
        Tape tape = new Tape();
        StepParameters step = whole.sampleParameters(new Tape(), 0.7f, Sampler.SOFTMAX, null);
        ParameterView leaves = step.leaves();
        Tensor loss = whole.loss(batch, new Sampling(tape, 0.7f, Sampler.SOFTMAX, null, leaves));
        tape.backward(loss);
        step.addGradients(leaves);
        step.backward();

        ProgramModel chunked = model();
        double chunkedLoss;
        try (Workers workers = new Workers(2)) {
            chunkedLoss = BatchGradient.lossAndGradient(chunked, batch, 1, 0.7f, Sampler.SOFTMAX, 0, workers);
        }
        assertThat(chunkedLoss).isCloseTo(loss.item(), within(1e-5));
        int nonZero = 0;
        for (int p = 0; p < whole.parameters().size(); p++) {
            float[] expected = whole.parameters().get(p).grad();
            float[] actual = chunked.parameters().get(p).grad();
            for (int i = 0; i < expected.length; i++) {
                assertThat(actual[i]).isCloseTo(expected[i], within(1e-5f + 1e-4f * Math.abs(expected[i])));
                nonZero += expected[i] != 0f ? 1 : 0;
            }
        }
        assertThat(nonZero).isGreaterThan(100); // reads, predicates, MLPs and classifier all learn
    }

    /**
     * With two Gumbel samples each draws its own choices, as the reference's two forward passes
     * do: the loss is that of pass 0 (choices from stream 0, noise from stream 1) plus pass 1's
     * (choices from stream 2 · chunks + 1 = 3, noise from stream 2), each halved by the step size.
     */
    @Test
    void eachGumbelSampleDrawsItsOwnChoices() {
        Batch batch = RandomBatches.of(BatchGradient.CHUNK, new Random(5), false); // one chunk
        ModelConfig config = new ModelConfig(2, 2, 1, 1, 1, 2, 8, K, false, Sampler.SOFT, null);
        ProgramModel model = new ProgramModel(config, K, LENGTH, RandomBatches.CLASSES, 11);
        long seed = 42;
        double loss;
        try (Workers workers = new Workers(1)) {
            loss = BatchGradient.lossAndGradient(model, batch, 2, 0.7f, Sampler.SOFT, seed, workers);
        }
        double pass0 = passLoss(model, batch, seed, 0, 1);
        double pass1 = passLoss(model, batch, seed, 3, 2);
        assertThat(loss).isEqualTo(pass0 + pass1);
        // and pass 1 with pass 0's choices would have been another loss
        assertThat(passLoss(model, batch, seed, 0, 2)).isNotEqualTo(pass1);
    }

    private static double passLoss(ProgramModel model, Batch batch, long seed, long choices, long noise) {
        StepParameters step = model.sampleParameters(new Tape(), 0.7f, Sampler.SOFT, SeededNoise.stream(seed, choices));
        return model.loss(batch.slice(0, batch.size, 2),
                new Sampling(new Tape(), 0.7f, Sampler.SOFT, SeededNoise.stream(seed, noise), step.leaves())).item();
    }
}
