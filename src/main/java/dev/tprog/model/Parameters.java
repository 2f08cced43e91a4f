package dev.tprog.model;

import dev.tprog.nn.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Creates the model's trainable tensors from one seeded generator, in a fixed order, and keeps
 * the list the optimiser updates (and a checkpoint saves).
 */
final class Parameters {
    private final Random random;
    private final List<Tensor> all = new ArrayList<>();

    Parameters(long seed) {
        this.random = new Random(seed);
    }

    /** Normal(0, 1) / sqrt(fanScale) entries, as the reference initialises reads, predicates and weights. */
    Tensor normal(double fanScale, int... shape) {
        int size = 1;
        for (int dim : shape) {
            size *= dim;
        }
        float[] data = new float[size];
        for (int i = 0; i < size; i++) {
            data[i] = (float) (random.nextGaussian() / Math.sqrt(fanScale));
        }
        return add(Tensor.parameter(data, shape));
    }

    Tensor zeros(int... shape) {
        int size = 1;
        for (int dim : shape) {
            size *= dim;
        }
        return add(Tensor.parameter(new float[size], shape));
    }

    private Tensor add(Tensor parameter) {
        all.add(parameter);
        return parameter;
    }

    List<Tensor> all() {
        return List.copyOf(all);
    }
}
