package dev.tprog.model;

import dev.tprog.nn.NoiseSource;
import dev.tprog.nn.Sampler;
import dev.tprog.nn.Tape;
import dev.tprog.nn.Tensor;

/**
 * One forward pass's way of turning logits into (approximately) one-hot choices: the tape that
 * records it, the shared temperature, the sampler (Gumbel-softmax while training, argmax for the
 * discrete program) and the noise.
 */
record Sampling(Tape tape, float temperature, Sampler sampler, NoiseSource noise) {

    Tensor sample(Tensor logits) {
        return tape.gumbelSoftmax(logits, temperature, sampler, noise);
    }
}
