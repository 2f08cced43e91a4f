package dev.tprog.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TapeTest {

    @Test
    void tensorKinds() {
        Tensor c = Tensor.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
        assertThat(c.requiresGrad()).isFalse();
        assertThat(c.grad()).isNull();
        assertThat(c.shape()).containsExactly(2, 3);
        assertThat(c.size()).isEqualTo(6);
        assertThat(c.dim(1)).isEqualTo(3);
        Tensor p = Tensor.parameter(new float[] {5}, 1);
        assertThat(p.requiresGrad()).isTrue();
        assertThat(p.grad()).containsExactly(0f);
        assertThat(p.item()).isEqualTo(5f);
        assertThat(Tensor.zeros(2, 2).data()).containsExactly(0, 0, 0, 0);
        assertThatThrownBy(c::item).hasMessageContaining("one-element");
        assertThatThrownBy(() -> Tensor.of(new float[3], 2, 2)).hasMessageContaining("needs 4 values");
        c.shape()[0] = 9; // a copy
        assertThat(c.dim(0)).isEqualTo(2);
    }

    @Test
    void aResultRequiresGradIffAnInputDoes() {
        Tape tape = new Tape();
        Tensor c = Tensor.of(new float[] {1, 2}, 2);
        Tensor p = Tensor.parameter(new float[] {3, 4}, 2);
        assertThat(tape.add(c, c).requiresGrad()).isFalse();
        assertThat(tape.add(c, c).grad()).isNull();
        Tensor mixed = tape.add(c, p);
        assertThat(mixed.requiresGrad()).isTrue();
        assertThat(mixed.grad()).hasSize(2);
    }

    @Test
    void gradientsAccumulateAcrossUsesAndTapesUntilCleared() {
        Tensor x = Tensor.parameter(new float[] {3}, 1);
        Tape tape = new Tape();
        // y = x·x + 2x: dy/dx = 2x + 2 = 8
        Tensor y = tape.add(tape.mul(x, x), tape.scale(x, 2));
        tape.backward(y);
        assertThat(x.grad()).containsExactly(8f);
        Tape second = new Tape();
        second.backward(second.scale(x, 1));
        assertThat(x.grad()).containsExactly(9f);
        new Adam(List.of(x), 0.1f).zeroGrad();
        assertThat(x.grad()).containsExactly(0f);
    }

    @Test
    void backwardRunsOncePerTapeAndNeedsAScalarWithAGradient() {
        Tensor x = Tensor.parameter(new float[] {1, 2}, 2);
        Tape tape = new Tape();
        Tensor y = tape.scale(x, 2);
        assertThatThrownBy(() -> tape.backward(y)).hasMessageContaining("one-element");
        Tensor loss = tape.crossEntropy(tape.reshape(y, 1, 2), new int[] {0}, new float[] {1});
        tape.backward(loss);
        assertThatThrownBy(() -> tape.backward(loss)).hasMessageContaining("already ran");
        assertThatThrownBy(() -> new Tape().backward(Tensor.of(new float[] {1}, 1)))
                .hasMessageContaining("requires no gradient");
    }

    @Test
    void resultsOfOneTapeCannotFeedAnother() {
        Tensor x = Tensor.parameter(new float[] {1, 2}, 2);
        Tensor y = new Tape().scale(x, 2);
        assertThatThrownBy(() -> new Tape().relu(y)).hasMessageContaining("another tape");
    }

    @Test
    void aLongChainNeedsNoRecursion() {
        Tensor x = Tensor.parameter(new float[] {1}, 1);
        Tape tape = new Tape();
        Tensor y = x;
        for (int i = 0; i < 100_000; i++) {
            y = tape.scale(y, 1f);
        }
        tape.backward(y);
        assertThat(x.grad()).containsExactly(1f);
    }

    @Test
    void resultsAreBitForBitReproducible() {
        float[] first = attentionOutput();
        float[] second = attentionOutput();
        assertThat(second).containsExactly(first);
    }

    private static float[] attentionOutput() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        Tensor q = GradCheck.param(random, -1, 1, 4, 6, 5);
        Tensor k = GradCheck.param(random, -1, 1, 4, 6, 5);
        Tape tape = new Tape();
        Tensor scores = tape.softmax(tape.bmmTransposed(q, k));
        Tensor attention = tape.gumbelSoftmax(scores, 0.4f, Sampler.SOFT, new SeededNoise(11));
        Tensor out = tape.bmm(attention, q);
        float[] seed = new float[out.size()];
        java.util.Arrays.fill(seed, 0.5f);
        tape.backwardFrom(out, seed);
        float[] all = new float[out.size() + q.size()];
        System.arraycopy(out.data(), 0, all, 0, out.size());
        System.arraycopy(q.grad(), 0, all, out.size(), q.size());
        return all;
    }
}
