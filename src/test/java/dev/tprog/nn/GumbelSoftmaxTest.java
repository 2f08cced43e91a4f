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
}
