package dev.tprog.model;

import dev.tprog.nn.Tensor;

/** {@code torch.nn.LayerNorm} over the residual stream's width: learned weight (from 1) and bias (from 0), eps 1e-5. */
record LayerNorm(Tensor weight, Tensor bias) {
    private static final float EPS = 1e-5f;

    static LayerNorm of(Parameters parameters, int width) {
        return new LayerNorm(parameters.filled(1f, width), parameters.filled(0f, width));
    }

    /** @param x rows of the stream, [T, width] */
    Tensor apply(Tensor x, Sampling sampling) {
        return sampling.tape().layerNorm(x, sampling.parameter(weight), sampling.parameter(bias), EPS);
    }
}
