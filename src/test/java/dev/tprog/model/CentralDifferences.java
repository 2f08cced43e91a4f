package dev.tprog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tprog.nn.Tensor;
import java.util.List;
import java.util.function.DoubleSupplier;

/** A whole model's gradient against central differences of its loss, element by element. */
final class CentralDifferences {
    private static final float H = 1e-2f;

    private CentralDifferences() {}

    /**
     * Asserts that each parameter's gradient, already computed, matches {@code (loss(x + h) -
     * loss(x - h)) / 2h} for every element; returns how many of the gradients are not zero, so
     * a caller can check that every part of the model took part.
     */
    static int check(List<Tensor> parameters, DoubleSupplier loss) {
        int nonZero = 0;
        for (Tensor parameter : parameters) {
            float[] values = parameter.data();
            for (int i = 0; i < values.length; i++) {
                float saved = values[i];
                values[i] = saved + H;
                double plus = loss.getAsDouble();
                values[i] = saved - H;
                double minus = loss.getAsDouble();
                values[i] = saved;
                double numeric = (plus - minus) / (2 * H);
                double analytic = parameter.grad()[i];
                assertThat(analytic).as("%s element %d", parameter, i)
                        .isCloseTo(numeric, within(2e-3 + 2e-2 * Math.abs(numeric)));
                nonZero += analytic != 0 ? 1 : 0;
            }
        }
        return nonZero;
    }
}
