package dev.tprog.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The shape of the standard-transformer baseline, named as the reference's {@code run.py} flags
 * for {@code --standard}.
 *
 * @param layers {@code --n_layers}
 * @param modelWidth {@code --d_model}: the width of the residual stream
 * @param heads {@code --n_heads}: attention heads per layer, each of width {@code d_model / n_heads}
 * @param mlpWidth {@code --d_mlp}: hidden units of each layer's MLP
 * @param causal {@code --autoregressive}: positions attend only to themselves and the left
 * @param poolOutputs {@code --pool_outputs}: one class per sequence, at position 0, from the mean of
 *     every position's logits; absent from config.json when off
 */
public record StandardConfig(int layers, int modelWidth, int heads, int mlpWidth, boolean causal,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean poolOutputs) {

    /** A model that predicts every position (the reference's default, {@code --pool_outputs 0}). */
    public StandardConfig(int layers, int modelWidth, int heads, int mlpWidth, boolean causal) {
        this(layers, modelWidth, heads, mlpWidth, causal, false);
    }

    /** @throws IllegalArgumentException naming the setting that cannot work */
    public void check() {
        require(layers >= 0, "--layers must not be negative");
        require(modelWidth >= 1, "--d-model must be at least 1");
        require(heads >= 1, "--n-heads must be at least 1");
        require(modelWidth % heads == 0, "--d-model (" + modelWidth + ") must be a multiple of --n-heads (" + heads + ")");
        require(mlpWidth >= 1, "--d-mlp must be at least 1");
    }

    /** The width of one head: {@code d_model / n_heads}, as the reference sets {@code d_head}. */
    int headWidth() {
        return modelWidth / heads;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
