package dev.tprog.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdamTest {

    /** Sets x.grad to d/dx (x - 3)^2 through the tape. */
    private static void quadraticGradient(Tensor x) {
        Tape tape = new Tape();
        Tensor d = tape.add(x, Tensor.of(new float[] {-3}, 1));
        tape.backward(tape.mul(d, d));
    }

    @Test
    void oneAndTwoStepsOnAQuadratic() {
        // f(x) = (x - 3)^2 from x = 0, lr 0.1.
        // step 1: g = -6; m = 0.1·g = -0.6; v = 0.001·36 = 0.036; m̂ = m/0.1 = -6; v̂ = v/0.001 = 36;
        //         x = 0 - 0.1·(-6)/(6 + 1e-8) = 0.1 (to 2e-10)
        // step 2: g = 2(0.1 - 3) = -5.8; m = 0.9·(-0.6) + 0.1·(-5.8) = -1.12;
        //         v = 0.999·0.036 + 0.001·33.64 = 0.069604; m̂ = -1.12/0.19 = -5.894737;
        //         v̂ = 0.069604/0.001999 = 34.819410, sqrt 5.900797; x = 0.1 + 0.1·5.894737/5.900797 = 0.1998973
        Tensor x = Tensor.parameter(new float[] {0}, 1);
        Adam adam = new Adam(List.of(x), 0.1f);
        quadraticGradient(x);
        assertThat(x.grad()).containsExactly(-6f);
        adam.step();
        assertThat(x.item()).isCloseTo(0.1f, within(1e-7f));
        adam.zeroGrad();
        quadraticGradient(x);
        assertThat(x.grad()[0]).isCloseTo(-5.8f, within(1e-6f));
        adam.step();
        assertThat(x.item()).isCloseTo(0.1998973f, within(1e-6f));
        assertThat(adam.state().step()).isEqualTo(2);
        assertThat(adam.state().m()[0][0]).isCloseTo(-1.12f, within(1e-6f));
        assertThat(adam.state().v()[0][0]).isCloseTo(0.069604f, within(1e-7f));
    }

    @Test
    void zeroGradClearsEveryParameter() {
        Tensor a = Tensor.parameter(new float[] {1, 2}, 2);
        Tensor b = Tensor.parameter(new float[] {3}, 1);
        a.grad()[0] = 5;
        b.grad()[0] = -1;
        new Adam(List.of(a, b), 0.01f).zeroGrad();
        assertThat(a.grad()).containsExactly(0, 0);
        assertThat(b.grad()).containsExactly(0);
        assertThatThrownBy(() -> new Adam(List.of(Tensor.zeros(1)), 0.1f)).hasMessageContaining("constant");
    }

    @Test
    void clipGradNormScalesOnlyAboveTheLimit() {
        Tensor a = Tensor.parameter(new float[] {0, 0}, 2);
        Tensor b = Tensor.parameter(new float[] {0}, 1);
        Adam adam = new Adam(List.of(a, b), 0.01f);
        a.grad()[0] = 3;
        a.grad()[1] = 4;
        b.grad()[0] = 12;
        // global norm sqrt(9 + 16 + 144) = 13; below the limit nothing changes
        assertThat(adam.clipGradNorm(20f)).isEqualTo(13f);
        assertThat(a.grad()).containsExactly(3, 4);
        // coef = 6.5 / (13 + 1e-6)
        assertThat(adam.clipGradNorm(6.5f)).isEqualTo(13f);
        assertThat(a.grad()).containsExactly(new float[] {1.5f, 2f}, within(1e-6f));
        assertThat(b.grad()).containsExactly(new float[] {6f}, within(1e-6f));
    }

    @Test
    void stateRestoresAnOptimiserExactly() {
        Tensor x = Tensor.parameter(new float[] {0}, 1);
        Adam adam = new Adam(List.of(x), 0.1f);
        for (int i = 0; i < 3; i++) {
            adam.zeroGrad();
            quadraticGradient(x);
            adam.step();
        }
        Adam.State saved = adam.state();
        float savedX = x.item();
        adam.zeroGrad();
        quadraticGradient(x);
        adam.step();
        float next = x.item();
        // the snapshot is a copy: the fourth step did not change it
        assertThat(saved.step()).isEqualTo(3);
        assertThat(adam.state().m()[0][0]).isNotEqualTo(saved.m()[0][0]);

        Tensor y = Tensor.parameter(new float[] {savedX}, 1);
        Adam resumed = new Adam(List.of(y), 0.1f);
        resumed.restore(saved);
        quadraticGradient(y);
        resumed.step();
        assertThat(y.item()).isEqualTo(next);
        assertThatThrownBy(() -> new Adam(List.of(), 0.1f).restore(saved)).hasMessageContaining("parameters");
    }
}
