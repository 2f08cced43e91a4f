package dev.tprog.model;

import dev.tprog.nn.Tape;
import dev.tprog.nn.Tensor;

/**
 * One head of the standard transformer's self-attention: its slice of torch's
 * {@code MultiheadAttention}, with x the layer-normed stream:
 * <pre>
 *   q = x W_q + b_q,   k = x W_k + b_k,   v = x W_v + b_v      (width d_head)
 *   A = softmax(q kᵀ / sqrt(d_head))                           over the keys the mask shows
 *   out = A v
 * </pre>
 */
final class SoftmaxHead {
    private final Tensor queryWeights;
    private final Tensor queryBias;
    private final Tensor keyWeights;
    private final Tensor keyBias;
    private final Tensor valueWeights;
    private final Tensor valueBias;
    private final int width;

    SoftmaxHead(Parameters parameters, int modelWidth, int headWidth) {
        this.width = headWidth;
        // torch draws the packed [3 d_model, d_model] in-projection with xavier_uniform_ and zero biases
        double bound = Math.sqrt(6.0 / (modelWidth + 3 * modelWidth));
        this.queryWeights = parameters.uniform(bound, modelWidth, headWidth);
        this.queryBias = parameters.filled(0f, headWidth);
        this.keyWeights = parameters.uniform(bound, modelWidth, headWidth);
        this.keyBias = parameters.filled(0f, headWidth);
        this.valueWeights = parameters.uniform(bound, modelWidth, headWidth);
        this.valueBias = parameters.filled(0f, headWidth);
    }

    /**
     * @param x the layer-normed stream, [B * N, d_model]
     * @param mask 1 where query i may see key j, [B, N, N]
     * @return [B, N, d_head]
     */
    Tensor forward(Tensor x, Tensor mask, Batch batch, Sampling sampling) {
        Tape tape = sampling.tape();
        Tensor q = project(x, queryWeights, queryBias, batch, sampling);
        Tensor k = project(x, keyWeights, keyBias, batch, sampling);
        Tensor v = project(x, valueWeights, valueBias, batch, sampling);
        Tensor attention = tape.softmax(tape.maskedScale(tape.bmmTransposed(q, k), mask, (float) (1 / Math.sqrt(width))));
        return tape.bmm(attention, v);
    }

    /** {@code x W + b}, as [B, N, d_head]. */
    private Tensor project(Tensor x, Tensor weights, Tensor bias, Batch batch, Sampling sampling) {
        Tape tape = sampling.tape();
        Tensor projected = tape.linear(x, sampling.parameter(weights), sampling.parameter(bias));
        return tape.reshape(projected, batch.size, batch.length, width);
    }
}
