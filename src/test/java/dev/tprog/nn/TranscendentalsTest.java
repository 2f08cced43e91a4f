package dev.tprog.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The bulk logarithms give exactly the floats of the scalar {@code Math} code
 * they replace (the tests run with the Vector API, so its path is the one checked).
 */
class TranscendentalsTest {

    @Test
    void theTestsRunTheVectorPath() {
        assertThat(Kernels.VECTOR).isTrue();
    }

    @Test
    void roundsAlikeOnlyWhenTheWholeIntervalRoundsToOneFloat() {
        assertThat(Transcendentals.roundsAlike(1.0, 0x1p-40)).isTrue();
        double tie = 1.0 + 0x1p-24; // halfway between 1f and the next float
        assertThat(Transcendentals.roundsAlike(tie, 0x1p-40)).isFalse();
        assertThat(Transcendentals.roundsAlike(tie + 0x1p-30, 0x1p-40)).isTrue();
        double tenUlpsAbove = tie + 10 * Math.ulp(tie);
        assertThat(Transcendentals.roundsAlike(tenUlpsAbove, 9 * Math.ulp(tie))).isTrue();
        assertThat(Transcendentals.roundsAlike(tenUlpsAbove, 11 * Math.ulp(tie))).isFalse();
        assertThat(Transcendentals.roundsAlike(-tenUlpsAbove, 11 * Math.ulp(tie))).isFalse();
        assertThat(Transcendentals.roundsAlike(1e-40, 1e-50)).isTrue(); // a subnormal float: both ends rounded
        assertThat(Transcendentals.roundsAlike((double) (float) 1e-40 + 0.5 * Float.MIN_VALUE, 1e-50)).isFalse();
        assertThat(Transcendentals.roundsAlike(0.0, 1e-50)).isFalse(); // -0f and 0f: same value, other bits
        assertThat(Transcendentals.roundsAlike(Double.NaN, 0.0)).isFalse();
        assertThat(Transcendentals.roundsAlikeWithin(tenUlpsAbove, 9)).isTrue();
        assertThat(Transcendentals.roundsAlikeWithin(tenUlpsAbove, 10)).isFalse();
        assertThat(Transcendentals.roundsAlikeWithin(-tenUlpsAbove, 10)).isFalse();
        assertThat(Transcendentals.roundsAlikeWithin(1.0, 1L << 27)).isTrue();
        assertThat(Transcendentals.roundsAlikeWithin(0.0, 8)).isTrue(); // an exponential that underflowed
        assertThat(Transcendentals.roundsAlikeWithin(1e-40, 8)).isTrue();
        assertThat(Transcendentals.roundsAlikeWithin(Double.NaN, 8)).isFalse();
    }

    /** Every uniform the noise source can give: (2k + 1) / 2^24 for k below 2^23. */
    @Test
    void everyGumbelDrawEqualsTheScalarOne() {
        int n = 1 << 23;
        float[] u = new float[n];
        for (int k = 0; k < n; k++) {
            u[k] = (2 * k + 1) * 0x1p-24f;
        }
        float[] g = new float[n];
        Transcendentals.gumbels(u, g, n);
        for (int k = 0; k < n; k++) {
            float expected = (float) -Math.log(-Math.log(u[k]));
            if (Float.floatToRawIntBits(g[k]) != Float.floatToRawIntBits(expected)) {
                throw new AssertionError("u = " + u[k] + ": " + g[k] + " instead of " + expected);
            }
        }
    }

    @Test
    void attentionLogitsEqualTheScalarFormula() {
        Random random = new Random(4);
        int plane = 9 * 9;
        float[] bias = new float[plane];
        for (int ij = 0; ij < plane; ij++) {
            bias[ij] = random.nextInt(3) == 0 ? 0f : (float) random.nextGaussian();
        }
        float[] scores = new float[plane * 500];
        float[] mask = new float[scores.length];
        for (int i = 0; i < scores.length; i++) {
            int kind = random.nextInt(4);
            scores[i] = kind == 0 ? 0f : kind == 1 ? (float) Math.pow(10, -30 * random.nextDouble()) : random.nextFloat();
            mask[i] = random.nextInt(4) == 0 ? 0f : 1f;
        }
        float scale = (float) (1 / Math.sqrt(8));
        float[] c = new float[scores.length];
        Transcendentals.attentionLogits(scores, bias, mask, Tape.LOG_EPS, scale, Tape.MASKED, c);
        for (int i = 0; i < scores.length; i++) {
            float expected = mask[i] == 0f ? Tape.MASKED
                    : (float) ((Math.log(scores[i] + Tape.LOG_EPS) + bias[i % plane]) * scale);
            assertThat(c[i]).as("element %d", i).isEqualTo(expected);
        }
    }

    /**
     * Rows as sampling makes them: logits plus Gumbel noise over temperatures from 3 down to
     * 0.003, with masked keys, ties, whole masked rows and a NaN, at widths from 1 to 40.
     */
    @Test
    void softmaxRowsEqualTheScalarRows() {
        Random random = new Random(9);
        for (int n : new int[] {1, 2, 3, 5, 8, 9, 16, 40}) {
            float[] x = new float[n * 20_000];
            for (int o = 0; o < x.length; o += n) {
                float tau = (float) (3 * Math.pow(1000, -random.nextDouble()));
                boolean masked = random.nextInt(50) == 0;
                for (int j = 0; j < n; j++) {
                    int kind = random.nextInt(6);
                    float logit = kind == 0 ? 1.5f : (float) (4 * random.nextGaussian());
                    x[o + j] = masked || kind == 1 ? Tape.MASKED / tau : logit / tau;
                }
            }
            x[x.length / 2] = Float.NaN;
            float[] y = new float[x.length];
            Transcendentals.softmaxRows(x, y, n);
            assertSameFloats(y, rowByRow(x, n, Kernels::softmaxRow), "width " + n);
        }
    }

    /** The checks refuse a row whose exponential or quotient lies near a float rounding boundary. */
    @Test
    void softmaxFromExponentialsRefusesFloatsNearABoundary() {
        float[] y = new float[2];
        long slack = 4 * (2 + 4); // as softmaxRows gives rows of 2
        assertThat(Transcendentals.softmaxFromExponentials(new double[] {1.0, 0.5}, 0, 2, slack, y)).isTrue();
        assertThat(y).containsExactly((float) (1 / 1.5), (float) (0.5f * (1 / 1.5)));
        double halfway = 1 - 3 * 0x1p-25; // between the floats 1 - 2^-24 and 1 - 2^-23
        assertThat(Transcendentals.softmaxFromExponentials(new double[] {1.0, 1 / halfway - 1}, 0, 2, slack, y))
                .as("the quotient 1 / (1 + p) at a halfway point").isFalse();
        assertThat(Transcendentals.softmaxFromExponentials(new double[] {1 + 0x1p-24, 1.0}, 0, 2, slack, y))
                .as("an exponential at a halfway point").isFalse();
    }

    /** MLP and classifier logits at widths 1 to 40 and scales up to 1e4, with ties and a NaN. */
    @Test
    void logSoftmaxRowsAndTheirGradientEqualTheScalarCode() {
        Random random = new Random(12);
        for (int n : new int[] {1, 2, 5, 8, 9, 40}) {
            float[] x = new float[n * 20_000];
            float[] g = new float[x.length];
            for (int o = 0; o < x.length; o += n) {
                double scale = Math.pow(10, 4 * random.nextDouble());
                for (int j = 0; j < n; j++) {
                    x[o + j] = random.nextInt(5) == 0 ? 0.25f : (float) (scale * random.nextGaussian());
                    g[o + j] = random.nextInt(3) == 0 ? 0f : (float) random.nextGaussian();
                }
            }
            x[x.length / 2] = Float.NaN;
            float[] y = new float[x.length];
            Transcendentals.logSoftmaxRows(x, y, n);
            float[] expected = rowByRow(x, n, Kernels::logSoftmaxRow);
            assertSameFloats(y, expected, "log-softmax, width " + n);
            float[] gx = new float[x.length];
            Transcendentals.logSoftmaxGradient(expected, g, gx, n);
            float[] expectedGx = new float[x.length];
            for (int o = 0; o < x.length; o += n) {
                double sum = 0.0;
                for (int j = 0; j < n; j++) {
                    sum += g[o + j];
                }
                for (int j = 0; j < n; j++) {
                    expectedGx[o + j] += (float) (g[o + j] - Math.exp(expected[o + j]) * sum);
                }
            }
            assertSameFloats(gx, expectedGx, "its gradient, width " + n);
        }
    }

    /** A kernel of one row: {@code y[yo..yo+n)} from {@code x[xo..xo+n)}. */
    private interface Row {
        void apply(float[] x, int xo, float[] y, int yo, int n);
    }

    /** The scalar kernel's results, row by row. */
    private static float[] rowByRow(float[] x, int n, Row row) {
        float[] y = new float[x.length];
        for (int o = 0; o < x.length; o += n) {
            row.apply(x, o, y, o, n);
        }
        return y;
    }

    private static void assertSameFloats(float[] actual, float[] expected, String what) {
        for (int i = 0; i < actual.length; i++) {
            if (Float.floatToRawIntBits(actual[i]) != Float.floatToRawIntBits(expected[i])) {
                throw new AssertionError(what + ", element " + i + ": " + actual[i] + " instead of " + expected[i]);
            }
        }
    }
}
