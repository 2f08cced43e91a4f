package dev.tprog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tprog.nn.Sampler;
import dev.tprog.nn.Tape;
import dev.tprog.nn.Workers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Transformer Program model computes what the reference's own {@code TransformerProgramModel}
 * ({@code src/models/programs.py}) computes with the noise-free {@code softmax} sample_fn: the
 * same logits, loss and gradient of every read, predicate, MLP weight, embedding table and
 * classifier weight from the same parameter values. Two layers, each with a categorical and a
 * numerical head and a categorical and a numerical MLP, {@code count_only}, one-hot tokens or a
 * learned embedding of two variables (fixtures: {@code bench/torch_crosscheck.py --reference}).
 */
class ProgramModelTorchTest {

    /** @param index the fixture's case: 0 bidirectional, 1 causal */
    @ParameterizedTest
    @CsvSource({"program-model.json, 0", "program-model.json, 1", "program-model-learned-embedding.json, 0",
            "program-model-learned-embedding.json, 1"})
    void logitsLossAndGradientsMatchTheReference(String resource, int index) {
        TorchFixture fixture = TorchFixture.load(resource);
        JsonNode expected = fixture.root.get("cases").get(index);
        boolean causal = expected.get("causal").asBoolean();
        int length = fixture.config("length");
        int k = fixture.config("valuesPerVariable");
        float temperature = (float) fixture.root.path("config").path("temperature").asDouble();
        JsonNode tokenVariables = fixture.root.path("config").path("tokenVariables");
        ModelConfig config = new ModelConfig(fixture.config("layers"), fixture.config("categoricalHeads"),
                fixture.config("numericalHeads"), fixture.config("categoricalMlps"), fixture.config("numericalMlps"),
                fixture.config("mlpVarsIn"), fixture.config("mlpWidth"), k, causal, Sampler.SOFTMAX,
                tokenVariables.isNull() ? null : new LearnedEmbedding(tokenVariables.asInt(), null));
        ProgramModel model = new ProgramModel(config, fixture.config("vocabulary"), length, fixture.config("classes"), 0);
        fixture.restoreInto(model);
        Batch batch = new Batch(fixture.tokens(), fixture.targets(), length, k, causal);

        Tape tape = new Tape();
        ParameterView sampled = model.sampleParameters(tape, temperature, Sampler.SOFTMAX, null).constants();
        Sampling sampling = new Sampling(tape, temperature, Sampler.SOFTMAX, null, sampled);
        float[] logits = tape.matmul(model.features(batch, sampling), sampling.parameter(model.unembed)).data();
        double loss;
        try (Workers workers = new Workers(1)) { // the training step's own gradient; softmax draws no noise
            loss = BatchGradient.lossAndGradient(model, batch, 1, temperature, Sampler.SOFTMAX, 0, workers);
        }

        // The padding's MLP outputs are not computed (Batch.onLiveRows), so its features differ:
        // the logits are compared where the tokens are, the loss and gradients everywhere.
        float[] torchLogits = TorchFixture.floats(expected.get("logits"));
        int classes = logits.length / (batch.size * length);
        TorchFixture.assertClose("logits", liveRows(logits, batch, classes), liveRows(torchLogits, batch, classes));
        double torchLoss = expected.get("loss").asDouble();
        assertThat(loss).as("loss").isCloseTo(torchLoss, within(TorchFixture.ABSOLUTE + TorchFixture.RELATIVE * torchLoss));
        fixture.assertGradients(model, expected.get("gradients"));
    }

    private static float[] liveRows(float[] rows, Batch batch, int width) {
        float[] live = new float[batch.liveRows.length * width];
        for (int t = 0; t < batch.liveRows.length; t++) {
            System.arraycopy(rows, batch.liveRows[t] * width, live, t * width, width);
        }
        return live;
    }
}
