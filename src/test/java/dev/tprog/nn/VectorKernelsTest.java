package dev.tprog.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The vector kernels give the scalar kernels' results bit for bit, tails included. */
class VectorKernelsTest {

    private static float[] random(Random random, int size) {
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }

    @ParameterizedTest(name = "{0}x{1}x{2}")
    @CsvSource({"1, 1, 1", "3, 5, 7", "17, 16, 64", "33, 9, 15", "4096, 16, 64", "5, 64, 8", "2, 3, 129"})
    void sameBitsAsTheScalarPath(int m, int k, int n) {
        Random random = new Random(m * 31L + k * 7L + n);
        float[] a = random(random, m * k + 3);
        float[] b = random(random, k * n + 2);
        float[] c0 = random(random, m * n + 1);
        float[] scalar = c0.clone();
        float[] vector = c0.clone();
        Kernels.scalarMatmulAdd(a, 3, b, 2, scalar, 1, m, k, n);
        VectorKernels.matmulAdd(a, 3, b, 2, vector, 1, m, k, n);
        assertThat(vector).isEqualTo(scalar);

        float[] bt = random(random, m * n);
        float[] scalarT = random(random, k * n);
        float[] vectorT = scalarT.clone();
        Kernels.scalarMatmulTransAAdd(a, 3, bt, 0, scalarT, 0, m, k, n);
        VectorKernels.matmulTransAAdd(a, 3, bt, 0, vectorT, 0, m, k, n);
        assertThat(vectorT).isEqualTo(scalarT);
        // and both are the product, up to float rounding
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double expected = c0[1 + i * n + j];
                for (int p = 0; p < k; p++) {
                    expected += (double) a[3 + i * k + p] * b[2 + p * n + j];
                }
                assertThat((double) scalar[1 + i * n + j]).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-3 * (1 + k)));
            }
        }
    }

    @ParameterizedTest(name = "dot of {0}")
    @CsvSource({"0", "1", "15", "16", "17", "40", "2881"})
    void dotHasTheScalarBitsAndIsTheSum(int n) {
        Random random = new Random(n);
        float[] x = random(random, n);
        float[] y = random(random, n);
        double exact = 0;
        for (int i = 0; i < n; i++) {
            exact += (double) x[i] * y[i];
        }
        assertThat(VectorKernels.dot(x, y)).isEqualTo(Kernels.scalarDot(x, y));
        assertThat(Kernels.scalarDot(x, y)).isCloseTo(exact, org.assertj.core.data.Offset.offset(1e-4 * (1 + n)));
    }

    /** x holds zeros of both signs and NaN as well: the mask takes g exactly where x > 0, as the branch does. */
    @ParameterizedTest(name = "{0} elements")
    @CsvSource({"1", "7", "8", "9", "1001"})
    void reluGradientSameBitsAsTheScalarPath(int n) {
        Random random = new Random(n);
        float[] x = random(random, n);
        float[] special = {0f, -0f, Float.NaN, Float.MIN_VALUE, -Float.MIN_VALUE};
        for (int i = 0; i < n; i += 3) {
            x[i] = special[i % special.length];
        }
        float[] g = random(random, n);
        float[] scalar = random(random, n);
        float[] vector = scalar.clone();
        float[] before = scalar.clone();
        Kernels.scalarReluGradient(x, g, scalar, 0);
        VectorKernels.reluGradient(x, g, vector);
        assertThat(vector).isEqualTo(scalar);
        for (int i = 0; i < n; i++) {
            assertThat(scalar[i]).isEqualTo(x[i] > 0f ? before[i] + g[i] : before[i]);
        }
    }
}
