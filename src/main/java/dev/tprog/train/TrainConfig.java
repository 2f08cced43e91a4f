package dev.tprog.train;

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
 */
public record TrainConfig(int epochs, int batchSize, float learningRate, double initialTemperature,
        double finalTemperature, float maxGradNorm, long seed) {

    /** @throws IllegalArgumentException naming the setting that cannot work */
    public void check() {
        require(epochs >= 1, "--epochs must be at least 1");
        require(batchSize >= 1, "--batch-size must be at least 1");
        require(learningRate > 0, "--lr must be positive");
        require(initialTemperature > 0 && finalTemperature > 0, "temperatures must be positive");
        require(maxGradNorm >= 0, "--max-grad-norm must not be negative");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
