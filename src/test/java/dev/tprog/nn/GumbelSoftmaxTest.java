package dev.tprog.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GumbelSoftmaxTest {

    /** Replays fixed uniforms and counts the draws. */
    private static final class FixedNoise implements NoiseSource {
        private final float[] values;
        int drawn;

        FixedNoise(float... values) {
            this.values = values;
        }

        @Override
        public float uniform() {
            return values[drawn++];
        }
    }

    // u with -log(-log(u)) = 0, ln 2, -ln 2
    private static final float G_ZERO = (float) Math.exp(-1);
    private static final float G_LN2 = (float) Math.exp(-0.5);
    private static final float G_MINUS_LN2 = (float) Math.exp(-2);

    @Test
    void argmaxTiesGoToTheFirstIndexAndNoGradientFlows() {
        Tensor logits = Tensor.parameter(new float[] {1, 3, 3, 0, /* row 2 */ -1, -1, -1, -1}, 2, 4);
        Tensor out = new Tape().gumbelSoftmax(logits, 0.5f, Sampler.ARGMAX, null);
        assertThat(out.data()).containsExactly(0, 1, 0, 0, 1, 0, 0, 0);
        assertThat(out.requiresGrad()).isFalse();
    }

    @Test
    void softEqualsSoftmaxOfLogitsPlusGumbelOverTau() {
        Tensor logits = Tensor.of(new float[] {0, 0, (float) Math.log(3)}, 1, 3);
        // g = (0, ln 2, -ln 2); tau 1: z = (0, ln 2, ln 1.5), exps 1, 2, 1.5 over 4.5
        FixedNoise noise = new FixedNoise(G_ZERO, G_LN2, G_MINUS_LN2);
        float[] y = new Tape().gumbelSoftmax(logits, 1f, Sampler.SOFT, noise).data();
        assertThat(y).containsExactly(new float[] {2 / 9f, 4 / 9f, 1 / 3f}, within(1e-6f));
        assertThat(noise.drawn).isEqualTo(3);
        // tau 1/2 doubles z: exps 1, 4, 2.25 over 7.25
        y = new Tape().gumbelSoftmax(logits, 0.5f, Sampler.SOFT, new FixedNoise(G_ZERO, G_LN2, G_MINUS_LN2)).data();
        assertThat(y).containsExactly(new float[] {1 / 7.25f, 4 / 7.25f, 2.25f / 7.25f}, within(1e-6f));
    }

    @Test
    void hardIsExactlyOneHotAtTheArgmaxOfTheSoftSample() {
        Tensor logits = Tensor.of(new float[] {0, 0, (float) Math.log(3)}, 1, 3);
        float[] y = new Tape().gumbelSoftmax(logits, 1f, Sampler.HARD, new FixedNoise(G_ZERO, G_LN2, G_MINUS_LN2)).data();
        assertThat(y).containsExactly(0, 1, 0);

        SplittableRandom random = new SplittableRandom(5);
        Tensor x = GradCheck.param(random, -2, 2, 6, 5);
        float[] hard = new Tape().gumbelSoftmax(x, 0.3f, Sampler.HARD, new SeededNoise(8)).data();
        float[] soft = new Tape().gumbelSoftmax(x, 0.3f, Sampler.SOFT, new SeededNoise(8)).data();
        for (int row = 0; row < 6; row++) {
            int best = 0;
            for (int j = 0; j < 5; j++) {
                assertThat(hard[row * 5 + j]).isIn(0f, 1f);
                if (soft[row * 5 + j] > soft[row * 5 + best]) {
                    best = j;
                }
            }
            for (int j = 0; j < 5; j++) {
                assertThat(hard[row * 5 + j]).isEqualTo(j == best ? 1f : 0f);
            }
        }
    }

    @Test
    void softmaxSamplerUsesNoNoise() {
        Tensor logits = Tensor.of(new float[] {0, (float) Math.log(3)}, 1, 2);
        assertThat(new Tape().gumbelSoftmax(logits, 1f, Sampler.SOFTMAX, null).data())
                .containsExactly(new float[] {0.25f, 0.75f}, within(1e-6f));
        FixedNoise noise = new FixedNoise();
        // tau 1/2: z = (0, 2 ln 3), exps 1 and 9
        assertThat(new Tape().gumbelSoftmax(logits, 0.5f, Sampler.SOFTMAX, noise).data())
                .containsExactly(new float[] {0.1f, 0.9f}, within(1e-6f));
        assertThat(noise.drawn).isZero();
    }

    @Test
    void rejectsNoiseOutsideTheOpenIntervalAndABadTau() {
        Tensor logits = Tensor.of(new float[] {0, 1}, 1, 2);
        assertThatThrownBy(() -> new Tape().gumbelSoftmax(logits, 1f, Sampler.SOFT, new FixedNoise(0.5f, 0f)))
                .hasMessageContaining("(0,1)");
        assertThatThrownBy(() -> new Tape().gumbelSoftmax(logits, 1f, Sampler.SOFT, new FixedNoise(1f, 0.5f)))
                .hasMessageContaining("(0,1)");
        assertThatThrownBy(() -> new Tape().gumbelSoftmax(logits, 0f, Sampler.SOFTMAX, null))
                .hasMessageContaining("tau");
        assertThatThrownBy(() -> new Tape().gumbelSoftmax(logits, 1f, Sampler.HARD, null))
                .hasMessageContaining("noise");
    }

    @Test
    void tinyTemperatureStaysFinite() {
        Tensor logits = Tensor.parameter(new float[] {0.3f, -1e30f, 2f, 1.9f}, 1, 4);
        Tape tape = new Tape();
        Tensor y = tape.gumbelSoftmax(logits, 0.01f, Sampler.SOFT, new SeededNoise(1));
        for (float v : y.data()) {
            assertThat(v).isBetween(0f, 1f);
        }
        tape.backwardFrom(y, new float[] {1, -1, 0.5f, 2});
        for (float g : logits.grad()) {
            assertThat(Float.isFinite(g)).isTrue();
        }
    }

    /** The definition: every draw's Gumbel value the scalar way, z, and the scalar softmax of every row. */
    private static void sampleByDefinition(float[] x, float tau, NoiseSource noise, int n, float[] soft, int[] argmax) {
        float[] z = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            z[i] = x[i] == Tape.MASKED ? x[i] / tau : (x[i] + Transcendentals.gumbel(noise.uniform())) / tau;
        }
        for (int r = 0; r < x.length / n; r++) {
            Kernels.softmaxRow(z, r * n, soft, r * n, n);
            argmax[r] = Kernels.argmaxRow(z, r * n, n);
        }
    }

    /**
     * Rows of n: one logit, then the others from 0 to 200 tau below it (around the 104.5 in z
     * where the others' exponentials vanish), half of them up to 25 further (beyond what the
     * noise can make up), some masked, now and then a NaN or an infinity.
     */
    private static float[] nearlyOneHotRows(SplittableRandom random, int rows, int n, float tau) {
        float[] x = new float[rows * n];
        for (int r = 0; r < rows; r++) {
            float top = (float) random.nextDouble(-30, 30);
            int winner = random.nextInt(n);
            for (int j = 0; j < n; j++) {
                double kind = random.nextDouble();
                x[r * n + j] = j == winner ? top
                        : kind < 0.1 ? Tape.MASKED
                        : kind < 0.11 ? (random.nextBoolean() ? Float.NaN : Float.NEGATIVE_INFINITY)
                        : kind < 0.12 ? Float.POSITIVE_INFINITY
                        : (float) (top - random.nextDouble(0, 200) * tau - (random.nextBoolean() ? 0 : random.nextDouble(0, 25)));
            }
        }
        return x;
    }

    @Test
    void sureRowsGiveTheFloatsOfTheFullComputation() {
        SplittableRandom random = new SplittableRandom(17);
        int sure = 0;
        int rows = 0;
        int vanishing = 0; // probabilities below the least normal float: the edge of vanishing
        for (float tau : new float[] {3f, 1f, 0.3f, 0.1f, 0.03f, 0.01f, 0.003f}) {
            for (int n : new int[] {1, 2, 3, 8, 9}) {
                for (int call = 0; call < 200; call++) {
                    float[] x = nearlyOneHotRows(random, 6, n, tau);
                    long seed = random.nextLong();
                    float[] soft = new float[x.length];
                    int[] argmax = new int[6];
                    GumbelSoftmax.sample(x, tau, new SeededNoise(seed), Tape.MASKED, n, soft, argmax);
                    float[] expected = new float[x.length];
                    int[] expectedArgmax = new int[6];
                    sampleByDefinition(x, tau, new SeededNoise(seed), n, expected, expectedArgmax);
                    for (int i = 0; i < x.length; i++) {
                        vanishing += expected[i] > 0f && expected[i] < Float.MIN_NORMAL ? 1 : 0;
                        if (Float.floatToIntBits(soft[i]) != Float.floatToIntBits(expected[i])) {
                            throw new AssertionError("tau " + tau + ", n " + n + ", logits " + java.util.Arrays.toString(x)
                                    + ": " + java.util.Arrays.toString(soft) + " instead of "
                                    + java.util.Arrays.toString(expected));
                        }
                    }
                    assertThat(argmax).containsExactly(expectedArgmax);
                    sure += sureRows(x, tau, new SeededNoise(seed), n);
                    rows += 6;
                }
            }
        }
        // the shortcut must be what these rows exercise, and the edge where it stops
        assertThat(sure).isGreaterThan(rows / 4);
        assertThat(vanishing).isGreaterThan(20);
    }

    private static int sureRows(float[] x, float tau, NoiseSource noise, int n) {
        float[] u = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            if (x[i] != Tape.MASKED) {
                u[i] = noise.uniform();
            }
        }
        int[] winners = GumbelSoftmax.sureWinners(x, u, tau, Tape.MASKED, n);
        int sure = 0;
        for (int r = 0; winners != null && r < winners.length; r++) {
            sure += winners[r] >= 0 ? 1 : 0;
        }
        return sure;
    }

    @Test
    void aRowIsSureOnlyWhereNoNoiseCouldChangeIt() {
        // At tau 0.1 a z gap of 104.5 is 10.45 in x + g: x's gap of 14 holds against middling draws
        // (g(0.5) = 0.37 both), not where the other's draw is the largest (g = 16.6).
        float[] x = {0f, -14f, Tape.MASKED};
        assertThat(GumbelSoftmax.sureWinners(x, new float[] {0.5f, 0.5f, 0f}, 0.1f, Tape.MASKED, 3))
                .containsExactly(0);
        float top = 1 - 0x1p-24f;
        assertThat(GumbelSoftmax.sureWinners(x, new float[] {0.5f, top, 0f}, 0.1f, Tape.MASKED, 3)).isNull();
        // a high draw (g(0.999) = 6.9, its bucket's bound 6.93) takes a gap of 20, not 14
        assertThat(GumbelSoftmax.sureWinners(x, new float[] {0.5f, 0.999f, 0f}, 0.1f, Tape.MASKED, 3)).isNull();
        float[] wide = {0f, -20f, Tape.MASKED};
        assertThat(GumbelSoftmax.sureWinners(wide, new float[] {0.5f, 0.999f, 0f}, 0.1f, Tape.MASKED, 3))
                .containsExactly(0);
        // but not the largest draw: the top bucket, from g = 8.3 up to infinity, bounds nothing
        assertThat(GumbelSoftmax.sureWinners(wide, new float[] {0.5f, top, 0f}, 0.1f, Tape.MASKED, 3)).isNull();
        // at tau 1 the gap of 14 is far short of 104.5
        assertThat(GumbelSoftmax.sureWinners(x, new float[] {0.5f, 0.5f, 0f}, 1f, Tape.MASKED, 3)).isNull();
        // a lone unmasked logit wins whatever its draw
        assertThat(GumbelSoftmax.sureWinners(new float[] {Tape.MASKED, 3f}, new float[] {0f, 0.9f}, 1f, Tape.MASKED, 2))
                .containsExactly(1);
    }
}
