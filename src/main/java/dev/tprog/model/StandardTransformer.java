package dev.tprog.model;

import dev.tprog.nn.NoiseSource;
import dev.tprog.nn.Sampler;
import dev.tprog.nn.Tape;
import dev.tprog.nn.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * The standard-transformer baseline (the reference's {@code --standard}, its
 * {@code models/transformers.py}), for comparison with a Transformer Program:
 * <pre>
 *   x      = W_E[token] · sqrt(d_model) + W_pos[position]
 *   x      = EncoderLayer(x)                     n_layers times: pre-LN, softmax attention
 *   logits = x W_U
 * </pre>
 * A query sees the keys that are real tokens (only those to its left and itself when causal)
 * and always key 0, the BOS (the reference's {@code mask[:, :, 0] = True}), so no row of the
 * softmax is empty. It has no program: nothing in it is discrete.
 */
public final class StandardTransformer extends TrainableModel {
    private final StandardConfig config;
    private final int vocabulary;
    /** W_E, one row per token id: [vocabulary, d_model] (the reference's [d_model, vocabulary], transposed). */
    private final Tensor tokenEmbedding;
    /** W_pos, one row per position: [N, d_model]. */
    private final Tensor positionEmbedding;
    private final List<EncoderLayer> layers = new ArrayList<>();
    /** W_U, [d_model, classes], no bias. */
    private final Tensor unembed;
    private final List<Tensor> parameters;

    /**
     * @param vocabulary the number of token ids (id 0 is {@code <pad>})
     * @param length N, the longest sequence (the training split's)
     * @param classes the number of output classes (padding excluded, so no unembedding mask is needed)
     */
    public StandardTransformer(StandardConfig config, int vocabulary, int length, int classes, long seed) {
        super(config.poolOutputs());
        config.check();
        this.config = config;
        this.vocabulary = vocabulary;
        Parameters parameters = new Parameters(seed);
        int d = config.modelWidth();
        this.tokenEmbedding = parameters.normal(d, vocabulary, d);
        this.positionEmbedding = parameters.normal(d, length, d);
        // torch's TransformerEncoder deep-copies one initialised layer, so every layer starts the same
        long layerSeed = parameters.nextSeed();
        for (int l = 0; l < config.layers(); l++) {
            layers.add(new EncoderLayer(parameters.drawnFrom(layerSeed), config));
        }
        this.unembed = parameters.normal(classes, d, classes);
        this.parameters = parameters.all();
    }

    @Override
    public List<Tensor> parameters() {
        return parameters;
    }

    /** Nothing to sample: every parameter is used as it is. */
    @Override
    StepParameters sampleParameters(Tape tape, float temperature, Sampler sampler, NoiseSource noise) {
        return new StepParameters(parameters, List.of(), tape, temperature, sampler, noise);
    }

    @Override
    Tensor loss(Batch batch, Sampling sampling) {
        return loss(sampling.tape(), logits(batch, sampling), batch);
    }

    /** The class with the largest logit (the first on a tie) at every position, or pooled at position 0. */
    @Override
    public int[] predict(Batch batch) {
        Tape tape = new Tape();
        ParameterView values = sampleParameters(tape, 1f, Sampler.ARGMAX, null).constants();
        return predictions(logits(batch, new Sampling(tape, 1f, Sampler.ARGMAX, null, values)).data(), batch);
    }

    /** The logits of every position, [B * N, classes]. */
    Tensor logits(Batch batch, Sampling sampling) {
        Tape tape = sampling.tape();
        Tensor tokens = tape.matmul(oneHot(batch.tokens, vocabulary), sampling.parameter(tokenEmbedding));
        Tensor positions = tape.matmul(oneHot(positions(batch), batch.length), sampling.parameter(positionEmbedding));
        Tensor x = tape.add(tape.scale(tokens, (float) Math.sqrt(config.modelWidth())), positions);
        Tensor mask = attentionMask(batch);
        for (EncoderLayer layer : layers) {
            x = layer.forward(x, mask, batch, sampling);
        }
        return tape.matmul(x, sampling.parameter(unembed));
    }

    /** Embedding lookups as products: row t of the result is one-hot at {@code ids[t]}, [T, width]. */
    private static Tensor oneHot(int[] ids, int width) {
        float[] rows = new float[ids.length * width];
        for (int t = 0; t < ids.length; t++) {
            rows[t * width + ids[t]] = 1f;
        }
        return Tensor.of(rows, ids.length, width);
    }

    /** Every position's index in its sequence, [B * N]. */
    private static int[] positions(Batch batch) {
        int[] positions = new int[batch.size * batch.length];
        for (int t = 0; t < positions.length; t++) {
            positions[t] = t % batch.length;
        }
        return positions;
    }

    /** The batch's mask (real keys, causal if so) with key 0 always visible: [B, N, N]. */
    private static Tensor attentionMask(Batch batch) {
        float[] mask = batch.mask.data().clone();
        for (int row = 0; row < mask.length; row += batch.length) {
            mask[row] = 1f;
        }
        return Tensor.of(mask, batch.size, batch.length, batch.length);
    }
}
