package dev.tprog.model;

import dev.tprog.nn.Tape;
import dev.tprog.nn.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * A categorical or numerical MLP ({@code CatMLP}): reads {@code mlp_vars_in} variables (blocks of
 * width k from the categorical stream, or scalars from the numerical one), then
 * {@code out = sample(log_softmax(W_out relu(W_in x + b_in) + b_out))}, a new categorical variable.
 */
final class Mlp {
    final List<Read> reads = new ArrayList<>();
    final Tensor inWeights;
    final Tensor inBias;
    final Tensor outWeights;
    final Tensor outBias;
    private final int width;

    /** @param width the width of one read: k for a categorical MLP, 1 for a numerical one */
    Mlp(Parameters parameters, int variables, int readsPerMlp, int width, int hidden, int k) {
        this.width = width;
        for (int r = 0; r < readsPerMlp; r++) {
            reads.add(new Read(parameters, variables));
        }
        this.inWeights = parameters.normal(hidden, readsPerMlp * width, hidden);
        this.inBias = parameters.filled(0f, hidden);
        this.outWeights = parameters.normal(k, hidden, k);
        this.outBias = parameters.filled(0f, k);
    }

    /** @return [B, N, k] */
    Tensor forward(List<Tensor> stream, Batch batch, Sampling sampling) {
        List<Tensor> inputs = new ArrayList<>();
        for (Read read : reads) {
            inputs.add(read.apply(stream, sampling));
        }
        Tape tape = sampling.tape();
        Tensor x = tape.reshape(tape.concatLast(inputs), batch.size * batch.length, reads.size() * width);
        // The padding's outputs are still sampled, so the noise stream is drawn as far as before.
        Tensor logits = batch.onLiveRows(tape, x, rows -> logits(rows, tape, sampling.parameters()));
        Tensor out = sampling.sample(tape.logSoftmax(logits));
        return tape.reshape(out, batch.size, batch.length, outBias.size());
    }

    /** The logits with this MLP's own weights (what the discretiser tabulates). */
    Tensor logits(Tensor x, Tape tape) {
        return logits(x, tape, ParameterView.identity(List.of(inWeights, inBias, outWeights, outBias)));
    }

    /** {@code W_out relu(W_in x + b_in) + b_out} for rows x of shape [T, reads * width]. */
    Tensor logits(Tensor x, Tape tape, ParameterView parameters) {
        Tensor hidden = tape.relu(tape.linear(x, parameters.of(inWeights), parameters.of(inBias)));
        return tape.linear(hidden, parameters.of(outWeights), parameters.of(outBias));
    }
}
