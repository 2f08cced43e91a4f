package dev.tprog.model;

import dev.tprog.nn.Tape;
import dev.tprog.nn.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * One layer of the standard transformer: torch's {@code TransformerEncoderLayer} with
 * {@code norm_first=True} (pre-LN), ReLU and no dropout, on the stream x of shape [B * N, d_model]:
 * <pre>
 *   x = x + W_O [head_1(LN1(x)); ...; head_H(LN1(x))] + b_O
 *   x = x + W_2 relu(W_1 LN2(x) + b_1) + b_2
 * </pre>
 */
final class EncoderLayer {
    private final LayerNorm attentionNorm;
    private final List<SoftmaxHead> heads = new ArrayList<>();
    /** W_O [d_model, d_model] and b_O: torch's {@code out_proj}. */
    private final Tensor projectionWeights;
    private final Tensor projectionBias;
    private final LayerNorm mlpNorm;
    /** W_1 [d_model, d_mlp], b_1, W_2 [d_mlp, d_model], b_2: torch's {@code linear1} and {@code linear2}. */
    private final Tensor inWeights;
    private final Tensor inBias;
    private final Tensor outWeights;
    private final Tensor outBias;

    EncoderLayer(Parameters parameters, StandardConfig config) {
        int d = config.modelWidth();
        this.attentionNorm = LayerNorm.of(parameters, d);
        for (int h = 0; h < config.heads(); h++) {
            heads.add(new SoftmaxHead(parameters, d, config.headWidth()));
        }
        // nn.Linear's default: weight and bias uniform in ±1/sqrt(fan_in); MultiheadAttention zeroes out_proj's bias
        this.projectionWeights = parameters.uniform(1 / Math.sqrt(d), d, d);
        this.projectionBias = parameters.filled(0f, d);
        this.mlpNorm = LayerNorm.of(parameters, d);
        this.inWeights = parameters.uniform(1 / Math.sqrt(d), d, config.mlpWidth());
        this.inBias = parameters.uniform(1 / Math.sqrt(d), config.mlpWidth());
        this.outWeights = parameters.uniform(1 / Math.sqrt(config.mlpWidth()), config.mlpWidth(), d);
        this.outBias = parameters.uniform(1 / Math.sqrt(config.mlpWidth()), d);
    }

    /**
     * @param x the residual stream, [B * N, d_model]
     * @param mask 1 where query i may see key j, [B, N, N]
     */
    Tensor forward(Tensor x, Tensor mask, Batch batch, Sampling sampling) {
        Tape tape = sampling.tape();
        Tensor attended = tape.add(x, selfAttention(attentionNorm.apply(x, sampling), mask, batch, sampling));
        return tape.add(attended, mlp(mlpNorm.apply(attended, sampling), sampling));
    }

    private Tensor selfAttention(Tensor x, Tensor mask, Batch batch, Sampling sampling) {
        Tape tape = sampling.tape();
        List<Tensor> outputs = new ArrayList<>();
        for (SoftmaxHead head : heads) {
            outputs.add(head.forward(x, mask, batch, sampling));
        }
        Tensor concatenated = tape.reshape(tape.concatLast(outputs), batch.size * batch.length, projectionBias.size());
        return tape.linear(concatenated, sampling.parameter(projectionWeights), sampling.parameter(projectionBias));
    }

    private Tensor mlp(Tensor x, Sampling sampling) {
        Tape tape = sampling.tape();
        Tensor hidden = tape.relu(tape.linear(x, sampling.parameter(inWeights), sampling.parameter(inBias)));
        return tape.linear(hidden, sampling.parameter(outWeights), sampling.parameter(outBias));
    }
}
