package dev.tprog.nn;

/** How {@link Tape#gumbelSoftmax} turns logits into a (soft or hard) one-hot choice over the last axis. */
public enum Sampler {
    /** {@code softmax((logits + g) / tau)} with Gumbel noise g: the reference's {@code gumbel_soft}. */
    SOFT,
    /** Straight-through: forward the one-hot of {@code argmax((logits + g) / tau)}, backward the SOFT gradient. */
    HARD,
    /** {@code softmax(logits / tau)}, no noise. */
    SOFTMAX,
    /** The one-hot of {@code argmax(logits)} (first maximum); a constant, no gradient. */
    ARGMAX
}
