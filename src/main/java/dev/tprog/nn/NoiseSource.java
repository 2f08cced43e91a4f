package dev.tprog.nn;

/** Uniform noise for the Gumbel samplers. */
public interface NoiseSource {
    /** The next uniform value, strictly inside (0, 1). */
    float uniform();
}
