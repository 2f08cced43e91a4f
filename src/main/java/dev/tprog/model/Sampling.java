package dev.tprog.model;

import dev.tprog.nn.NoiseSource;
import dev.tprog.nn.Sampler;
import dev.tprog.nn.Tape;
import dev.tprog.nn.Tensor;

/**
 * One forward pass's way of turning logits into (approximately) one-hot choices: the tape that
 * records it, the shared temperature, the sampler (Gumbel-softmax while training, argmax for the
 * discrete program), the noise, and the parameters as this pass sees them.
 */
record Sampling(Tape tape, float temperature, Sampler sampler, NoiseSource noise, ParameterView parameters) {

    Tensor sample(Tensor logits) {
        return tape.gumbelSoftmax(logits, temperature, sampler, noise);
    }

    /** A parameter as this pass uses it: for a read's or predicate's logits, the step's sample of them. */
    Tensor parameter(Tensor parameter) {
        return parameters.of(parameter);
    }
}
