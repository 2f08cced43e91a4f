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
        this(parameters.normal(variables, variables));
    }

    private Read(Tensor phi) {
        this.phi = phi;
    }

    /**
     * A read that always chooses variable {@code chosen}: the reference's {@code fix_read}, logits
     * +10 there and -10 elsewhere, frozen (not a parameter) but still sampled every step.
     */
    static Read fixed(int variables, int chosen) {
        float[] logits = new float[variables];
        java.util.Arrays.fill(logits, -10f);
        logits[chosen] = 10f;
        return new Read(Tensor.of(logits, variables));
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
