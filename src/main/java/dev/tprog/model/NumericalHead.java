package dev.tprog.model;

import dev.tprog.nn.Tape;
import dev.tprog.nn.Tensor;
import java.util.List;

/**
 * Numerical attention ({@code NumAttention}): the same predicate scores as a categorical head,
 * but no softmax, no BOS default and no position bias, only the masked sum
 * {@code out_i = sum_j mask[i,j] S[i,j] v_j} of a numerical value variable (a count, with ones).
 * With {@code --selector-width} the value is fixed to {@code ones}, so every such head counts.
 */
final class NumericalHead {
    final Read query;
    final Read key;
    /** A read of the numerical stream. */
    final Read value;
    final Tensor psi;

    NumericalHead(Parameters parameters, int categoricalVariables, int numericalVariables, int k, boolean selectorWidth) {
        this.query = new Read(parameters, categoricalVariables);
        this.key = new Read(parameters, categoricalVariables);
        // ones is the numerical stream's first variable
        this.value = selectorWidth ? Read.fixed(numericalVariables, 0) : new Read(parameters, numericalVariables);
        this.psi = parameters.normal(k, k, k);
    }

    /** @return [B, N, 1] */
    Tensor forward(List<Tensor> categorical, List<Tensor> numerical, Batch batch, Sampling sampling) {
        Tape tape = sampling.tape();
        Tensor scores = Attention.scores(query.apply(categorical, sampling), key.apply(categorical, sampling),
                sampling.parameter(psi), batch, tape);
        return Attention.weightedValues(tape.mul(scores, batch.liveMask), value.apply(numerical, sampling), batch, tape);
    }
}
