package dev.tprog.train;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.tprog.model.LossAggregation;

/**
 * How to train, named as the reference's flags.
 *
 * @param epochs {@code --n_epochs}
 * @param batchSize {@code --batch_size}
 * @param learningRate {@code --lr} (Adam)
 * @param initialTemperature {@code --tau_init}
 * @param finalTemperature {@code --tau_end}
 * @param maxGradNorm {@code --max_grad_norm}, or 0 for no clipping
 * @param seed the seed of initialisation, shuffling and Gumbel noise
 * @param gumbelSamples {@code --gumbel_samples}: passes of each batch per step, each with its own
 *     Gumbel noise; the loss is their mean
 * @param lossAggregation {@code --loss_agg}
 * @param temperatureSpacing {@code --tau_schedule}: how the epochs' temperatures are spaced
 */
public record TrainConfig(int epochs, int batchSize, float learningRate, double initialTemperature,
        double finalTemperature, float maxGradNorm, long seed, int gumbelSamples, LossAggregation lossAggregation,
        TemperatureSpacing temperatureSpacing) {

    /** The reference's defaults for the loss ({@code per_token}) and the temperatures ({@code geomspace}). */
    public TrainConfig(int epochs, int batchSize, float learningRate, double initialTemperature, double finalTemperature,
            float maxGradNorm, long seed, int gumbelSamples) {
        this(epochs, batchSize, learningRate, initialTemperature, finalTemperature, maxGradNorm, seed, gumbelSamples,
                LossAggregation.PER_TOKEN, TemperatureSpacing.GEOMETRIC);
    }

    /**
     * Reads config.json, where a run from before an option was added has no field for it: it used
     * the default (1 Gumbel sample, {@code per_token}, {@code geomspace}).
     */
    @JsonCreator
    static TrainConfig fromJson(@JsonProperty("epochs") int epochs, @JsonProperty("batchSize") int batchSize,
            @JsonProperty("learningRate") float learningRate, @JsonProperty("initialTemperature") double initialTemperature,
            @JsonProperty("finalTemperature") double finalTemperature, @JsonProperty("maxGradNorm") float maxGradNorm,
            @JsonProperty("seed") long seed, @JsonProperty("gumbelSamples") Integer gumbelSamples,
            @JsonProperty("lossAggregation") LossAggregation lossAggregation,
            @JsonProperty("temperatureSpacing") TemperatureSpacing temperatureSpacing) {
        return new TrainConfig(epochs, batchSize, learningRate, initialTemperature, finalTemperature, maxGradNorm, seed,
                gumbelSamples == null ? 1 : gumbelSamples, lossAggregation == null ? LossAggregation.PER_TOKEN : lossAggregation,
                temperatureSpacing == null ? TemperatureSpacing.GEOMETRIC : temperatureSpacing);
    }

    /** @throws IllegalArgumentException naming the setting that cannot work */
    public void check() {
        require(epochs >= 1, "--epochs must be at least 1");
        require(batchSize >= 1, "--batch-size must be at least 1");
        require(learningRate > 0, "--lr must be positive");
        require(initialTemperature > 0 && finalTemperature > 0, "temperatures must be positive");
        require(maxGradNorm >= 0, "--max-grad-norm must not be negative");
        require(gumbelSamples >= 1, "--gumbel-samples must be at least 1");
        require(lossAggregation != null && temperatureSpacing != null, "the loss aggregation and temperature spacing must be set");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
