package dev.tprog.model;

import dev.tprog.nn.Tape;
import dev.tprog.nn.Tensor;
import java.util.List;

/**
 * Numerical attention ({@code NumAttention}): the same predicate scores as a categorical head,
 * but no softmax, no BOS default and no position bias, only the masked sum
 * {@code out_i = sum_j mask[i,j] S[i,j] v_j} of a numerical value variable (a count, with ones).
 */
final class NumericalHead {
    final Read query;
    final Read key;
    /** A read of the numerical stream. */
    final Read value;
    final Tensor psi;

    NumericalHead(Parameters parameters, int categoricalVariables, int numericalVariables, int k) {
        this.query = new Read(parameters, categoricalVariables);
        this.key = new Read(parameters, categoricalVariables);
        this.value = new Read(parameters, numericalVariables);
        this.psi = parameters.normal(k, k, k);
    }

    /** @return [B, N, 1] */
    Tensor forward(List<Tensor> categorical, List<Tensor> numerical, Batch batch, Sampling sampling) {
        Tape tape = sampling.tape();
        Tensor scores = Attention.scores(query.apply(categorical, sampling), key.apply(categorical, sampling),
                sampling.parameter(psi), batch, tape);
        return tape.bmm(tape.mul(scores, batch.mask), value.apply(numerical, sampling));
    }
}
