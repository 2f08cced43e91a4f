package dev.tprog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tprog.nn.Tape;
import dev.tprog.nn.Workers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The standard transformer computes what PyTorch's own {@code nn.TransformerEncoder} of
 * {@code TransformerEncoderLayer(norm_first=True)} computes, with the reference's embeddings,
 * BOS-visible mask, unembedding and per-token loss: the same logits, loss and gradient of every
 * parameter from the same parameter values (fixture: {@code bench/torch_crosscheck.py}).
 */
class StandardTransformerTorchTest {
    private static final TorchFixture FIXTURE = TorchFixture.load("standard-transformer.json");

    /** @param index the fixture's case: 0 bidirectional, 1 causal */
    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void logitsLossAndGradientsMatchTorch(int index) {
        JsonNode expected = FIXTURE.root.get("cases").get(index);
        boolean causal = expected.get("causal").asBoolean();
        int length = FIXTURE.config("length");
        StandardConfig config = new StandardConfig(FIXTURE.config("layers"), FIXTURE.config("modelWidth"),
                FIXTURE.config("heads"), FIXTURE.config("mlpWidth"), causal);
        StandardTransformer model = new StandardTransformer(config, FIXTURE.config("vocabulary"), length,
                FIXTURE.config("classes"), 0);
        FIXTURE.restoreInto(model);
        Batch batch = new Batch(FIXTURE.tokens(), FIXTURE.targets(), length, length, causal);

        float[] logits = model.logits(batch, new Sampling(new Tape(), 1f, null, null,
                ParameterView.identity(model.parameters()))).data();
        double loss;
        try (Workers workers = new Workers(1)) { // the training step's own gradient
            loss = BatchGradient.lossAndGradient(model, batch, 1, Float.NaN, null, 0, workers);
        }

        TorchFixture.assertClose("logits", logits, TorchFixture.floats(expected.get("logits")));
        double torchLoss = expected.get("loss").asDouble();
        assertThat(loss).as("loss").isCloseTo(torchLoss, within(TorchFixture.ABSOLUTE + TorchFixture.RELATIVE * torchLoss));
        FIXTURE.assertGradients(model, expected.get("gradients"));
    }
}
