package dev.tprog.model;

import dev.tprog.nn.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Creates a model's trainable tensors from a seeded generator, in a fixed order, and keeps the
 * list the optimiser updates (and a checkpoint saves). The initialisations are the reference's:
 * its own {@code randn / sqrt(scale)}, and PyTorch's defaults inside the standard transformer's
 * encoder layers.
 */
final class Parameters {
    private final Random random;
    private final List<Tensor> all;

    Parameters(long seed) {
        this(new Random(seed), new ArrayList<>());
    }

    private Parameters(Random random, List<Tensor> all) {
        this.random = random;
        this.all = all;
    }

    /** A seed for {@link #drawnFrom}, from this generator. */
    long nextSeed() {
        return random.nextLong();
    }

    /** Parameters drawn from their own generator, seeded with {@code seed}, added to the same list. */
    Parameters drawnFrom(long seed) {
        return new Parameters(new Random(seed), all);
    }

    /** Normal(0, 1) / sqrt(scale) entries, as the reference initialises reads, predicates and weights. */
    Tensor normal(double scale, int... shape) {
        float[] data = new float[size(shape)];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) (random.nextGaussian() / Math.sqrt(scale));
        }
        return add(Tensor.parameter(data, shape));
    }

    /** Uniform entries in [-bound, bound): torch's {@code xavier_uniform_} and {@code nn.Linear} defaults. */
    Tensor uniform(double bound, int... shape) {
        float[] data = new float[size(shape)];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) ((2 * random.nextDouble() - 1) * bound);
        }
        return add(Tensor.parameter(data, shape));
    }

    /** Every entry {@code value}: biases (0), layer norm's weight (1). */
    Tensor filled(float value, int... shape) {
        float[] data = new float[size(shape)];
        Arrays.fill(data, value);
        return add(Tensor.parameter(data, shape));
    }

    List<Tensor> all() {
        return List.copyOf(all);
    }

    private Tensor add(Tensor parameter) {
        all.add(parameter);
        return parameter;
    }

    private static int size(int... shape) {
        return Arrays.stream(shape).reduce(1, Math::multiplyExact);
    }
}
