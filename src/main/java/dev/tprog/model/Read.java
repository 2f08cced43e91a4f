package dev.tprog.model;

import dev.tprog.nn.Tensor;
import java.util.List;

/**
 * A read of the residual stream ({@code ConstrainedRead}): a learned choice of one variable
 * out of the m available, {@code read = sum_a sample(phi)[a] * variable_a}, with phi sampled once per step.
 */
final class Read {
    /** One logit per variable this read may choose. */
    final Tensor phi;

    Read(Parameters parameters, int variables) {
        this.phi = parameters.normal(variables, variables);
    }

    Tensor apply(List<Tensor> variables, Sampling sampling) {
        return sampling.tape().mix(sampling.parameter(phi), variables);
    }

    /** The variable the discrete program reads: the first largest logit. */
    int choice() {
        float[] logits = phi.data();
        int best = 0;
        for (int a = 1; a < logits.length; a++) {
            best = logits[a] > logits[best] ? a : best;
        }
        return best;
    }
}
