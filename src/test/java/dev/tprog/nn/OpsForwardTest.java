package dev.tprog.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Forward values of every operation on tiny inputs worked out by hand. */
class OpsForwardTest {
    private static final Offset<Float> TOL = within(1e-6f);
    private final Tape tape = new Tape();

    private static float ln(double x) {
        return (float) Math.log(x);
    }

    @Test
    void matmul() {
        Tensor a = Tensor.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
        Tensor b = Tensor.of(new float[] {1, 0, 0, 1, 2, -1}, 3, 2);
        Tensor c = tape.matmul(a, b);
        // [1 2 3]·cols: (1+0+6, 0+2-3) ; [4 5 6]: (4+0+12, 0+5-6)
        assertThat(c.shape()).containsExactly(2, 2);
        assertThat(c.data()).containsExactly(7, -1, 16, -1);
        assertThatThrownBy(() -> tape.matmul(a, a)).hasMessageContaining("matmul");
    }

    @Test
    void bmm() {
        Tensor a = Tensor.of(new float[] {1, 2, 3, 4, /* batch 1 */ 1, 0, 0, 2}, 2, 2, 2);
        Tensor b = Tensor.of(new float[] {5, 6, 7, 8, /* batch 1 */ 1, 1, 1, -1}, 2, 2, 2);
        Tensor c = tape.bmm(a, b);
        assertThat(c.shape()).containsExactly(2, 2, 2);
        assertThat(c.data()).containsExactly(19, 22, 43, 50, 1, 1, 2, -2);
    }

    @Test
    void bmmTransposed() {
        Tensor a = Tensor.of(new float[] {1, 2, 3, 4}, 1, 2, 2);
        Tensor b = Tensor.of(new float[] {1, 0, 1, 1, 0, -1}, 1, 3, 2);
        Tensor c = tape.bmmTransposed(a, b);
        // out[i,j] = a_i · b_j: a0=(1,2): 1, 3, -2; a1=(3,4): 3, 7, -4
        assertThat(c.shape()).containsExactly(1, 2, 3);
        assertThat(c.data()).containsExactly(1, 3, -2, 3, 7, -4);
    }

    @Test
    void addLinearMulScaleRelu() {
        Tensor a = Tensor.of(new float[] {1, -2, 3, -4}, 2, 2);
        Tensor b = Tensor.of(new float[] {0.5f, 0.5f, -1, 2}, 2, 2);
        assertThat(tape.add(a, b).data()).containsExactly(1.5f, -1.5f, 2, -2);
        assertThat(tape.mul(a, b).data()).containsExactly(0.5f, -1, -3, -8);
        assertThat(tape.scale(a, -0.5f).data()).containsExactly(-0.5f, 1, -1.5f, 2);
        assertThat(tape.relu(a).data()).containsExactly(1, 0, 3, 0);
        // [[1, 2], [3, 4]] · [[1, 0, 1], [0, 1, 1]] + [10, 20, 30]
        Tensor x = Tensor.of(new float[] {1, 2, 3, 4}, 2, 2);
        Tensor w = Tensor.of(new float[] {1, 0, 1, 0, 1, 1}, 2, 3);
        Tensor bias = Tensor.of(new float[] {10, 20, 30}, 3);
        assertThat(tape.linear(x, w, bias).data()).containsExactly(11, 22, 33, 13, 24, 37);
        assertThatThrownBy(() -> tape.add(a, w)).hasMessageContaining("add");
        assertThatThrownBy(() -> tape.linear(x, w, a)).hasMessageContaining("linear");
    }

    @Test
    void softmaxAndLogSoftmax() {
        // exps 1, 2, 3 -> 1/6, 2/6, 3/6; second row: 0 and ln 3 -> 1/4, 3/4 (padded with -inf-like)
        Tensor x = Tensor.of(new float[] {0, ln(2), ln(3)}, 1, 3);
        assertThat(tape.softmax(x).data()).containsExactly(new float[] {1 / 6f, 2 / 6f, 3 / 6f}, TOL);
        assertThat(tape.logSoftmax(x).data()).containsExactly(new float[] {ln(1 / 6.0), ln(2 / 6.0), ln(3 / 6.0)}, TOL);
        Tensor rows = Tensor.of(new float[] {0, ln(3), 5, 5}, 2, 2);
        assertThat(tape.softmax(rows).data()).containsExactly(new float[] {0.25f, 0.75f, 0.5f, 0.5f}, TOL);
    }

    @Test
    void softmaxIsStableForLargeAndMaskedLogits() {
        Tensor x = Tensor.of(new float[] {1000, 1000, -1e30f, 0}, 2, 2);
        assertThat(tape.softmax(x).data()).containsExactly(new float[] {0.5f, 0.5f, 0f, 1f}, TOL);
        assertThat(tape.logSoftmax(x).data()).containsExactly(new float[] {-ln(2), -ln(2), -1e30f, 0f}, TOL);
        Tensor allMasked = Tensor.of(new float[] {-1e30f, -1e30f}, 1, 2);
        assertThat(tape.softmax(allMasked).data()).containsExactly(0.5f, 0.5f);
        Tensor big = Tensor.of(new float[] {1000, 1000, 2000, -1e30f}, 2, 2);
        assertThat(tape.crossEntropy(big, new int[] {0, 0}, new float[] {1, 1}).item()).isCloseTo(ln(2), TOL);
    }

    @Test
    void concatLast() {
        Tensor a = Tensor.of(new float[] {1, 2}, 2, 1);
        Tensor b = Tensor.of(new float[] {3, 4, 5, 6}, 2, 2);
        Tensor c = tape.concatLast(List.of(a, b, a));
        assertThat(c.shape()).containsExactly(2, 4);
        assertThat(c.data()).containsExactly(1, 3, 4, 1, 2, 5, 6, 2);
        assertThatThrownBy(() -> tape.concatLast(List.of(a, Tensor.zeros(3, 1)))).hasMessageContaining("concatLast");
    }

    @Test
    void reshapeIsAViewInTheSameOrder() {
        float[] values = {1, 2, 3, 4, 5, 6};
        Tensor a = Tensor.of(values, 2, 3);
        Tensor r = tape.reshape(a, 3, 1, 2);
        assertThat(r.shape()).containsExactly(3, 1, 2);
        assertThat(a.shape()).containsExactly(2, 3);
        assertThat(r.data()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(r.requiresGrad()).isFalse();
        assertThatThrownBy(() -> tape.reshape(a, 4, 2)).hasMessageContaining("needs 8 values");
    }

    @Test
    void aReshapedResultSharesItsGradientWithItsSource() {
        Tensor w = Tensor.parameter(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
        Tensor doubled = tape.scale(w, 2f);
        Tensor r = tape.reshape(doubled, 6);
        r.grad()[4] = 1f; // as if a later op had added its chain rule here
        tape.backwardFromGradients();
        assertThat(doubled.grad()).containsExactly(0, 0, 0, 0, 1, 0);
        assertThat(w.grad()).containsExactly(0, 0, 0, 0, 2, 0);
    }

    @Test
    void mix() {
        Tensor w = Tensor.of(new float[] {0.25f, 0.75f}, 2);
        Tensor v0 = Tensor.of(new float[] {1, 2, 0, 4}, 2, 2);
        Tensor v1 = Tensor.of(new float[] {3, 4, 8, 0}, 2, 2);
        Tensor m = tape.mix(w, List.of(v0, v1));
        assertThat(m.shape()).containsExactly(2, 2);
        assertThat(m.data()).containsExactly(2.5f, 3.5f, 6, 1);
        assertThatThrownBy(() -> tape.mix(w, List.of(v0))).hasMessageContaining("one weight per variable");
    }

    /** A one-hot sample reads one variable: the skipped zero terms change no bit, not a zero's sign. */
    @Test
    void mixWithAZeroWeightGivesTheFullSumsBits() {
        Tensor w = Tensor.parameter(new float[] {0f, 1f, 0f}, 3);
        Tensor v0 = Tensor.parameter(new float[] {-1.5f, 2f, -0f}, 3);
        Tensor v1 = Tensor.parameter(new float[] {0.1f, -0.2f, 0f}, 3);
        Tensor v2 = Tensor.parameter(new float[] {-7f, 0f, 3f}, 3);
        Tensor m = tape.mix(w, List.of(v0, v1, v2));
        m.grad()[0] = 1f; // the chain rule of a later op
        m.grad()[1] = -2f;
        tape.backwardFromGradients();
        float[] full = new float[3]; // every term, as without the skip
        for (int i = 0; i < 3; i++) {
            full[i] += 0f * v0.data()[i];
            full[i] += 1f * v1.data()[i];
            full[i] += 0f * v2.data()[i];
        }
        for (int i = 0; i < 3; i++) {
            assertThat(Float.floatToRawIntBits(m.data()[i])).as("element %d", i).isEqualTo(Float.floatToRawIntBits(full[i]));
        }
        assertThat(Float.floatToRawIntBits(m.data()[2])).isEqualTo(0); // +0, as 0 + (-0) + 0 gives
        assertThat(v0.grad()).containsExactly(0f, 0f, 0f);
        assertThat(v1.grad()).containsExactly(1f, -2f, 0f);
        assertThat(w.grad()).containsExactly(-1.5f - 4f, 0.1f + 0.4f, -7f); // the zero weights' gradients too
    }

    @Test
    void bosDefaultAddsOneAtKeyZeroWhenNothingMatches() {
        // one batch, three queries, three keys
        Tensor scores = Tensor.of(new float[] {
            0, 0.5f, 0, // a match: unchanged
            0, 0, 0, // no match: BOS gets 1
            0, 0, 0.9f, // the only match is masked out: BOS gets 1
        }, 1, 3, 3);
        Tensor mask = Tensor.of(new float[] {1, 1, 1, 1, 1, 1, 1, 1, 0}, 1, 3, 3);
        assertThat(tape.bosDefault(scores, mask).data()).containsExactly(0, 0.5f, 0, 1, 0, 0, 1, 0, 0.9f);
    }

    @Test
    void bosDefaultGradientThroughATinyRowSum() {
        // s = 1e-10: any = 1/2, BOS gets 1/2; d relu(1-any)/ds = -1e-10/(2e-10)^2 = -2.5e9
        Tensor scores = Tensor.parameter(new float[] {0, 0.6e-10f, 0.4e-10f, 0.7f}, 1, 1, 4);
        Tensor mask = Tensor.of(new float[] {1, 1, 1, 0}, 1, 1, 4);
        Tape t = new Tape();
        Tensor out = t.bosDefault(scores, mask);
        assertThat(out.data()[0]).isCloseTo(0.5f, within(1e-6f));
        t.backwardFrom(out, new float[] {1, 0, 0, 0});
        float[] g = scores.grad();
        assertThat((double) g[0]).isCloseTo(1 - 2.5e9, within(2.5e9 * 1e-5));
        assertThat((double) g[1]).isCloseTo(-2.5e9, within(2.5e9 * 1e-5));
        assertThat((double) g[2]).isCloseTo(-2.5e9, within(2.5e9 * 1e-5));
        assertThat(g[3]).isZero(); // masked key: not part of s
    }

    @Test
    void attentionLogits() {
        Tensor scores = Tensor.of(new float[] {1, (float) Math.exp(-1), 0.5f, 0}, 1, 2, 2);
        Tensor bias = Tensor.of(new float[] {-2, 0, 0, -2}, 2, 2);
        Tensor mask = Tensor.of(new float[] {1, 1, 1, 0}, 1, 2, 2);
        float[] out = tape.attentionLogits(scores, bias, mask, 0.5f).data();
        // (log 1 - 2)/2 = -1; (-1 + 0)/2 = -0.5; (ln 0.5 + 0)/2; masked
        assertThat(out).containsExactly(new float[] {-1, -0.5f, ln(0.5) / 2, -1e30f}, TOL);
        Tensor zero = Tensor.of(new float[] {0, 1, 1, 1}, 1, 2, 2);
        Tensor allOn = Tensor.of(new float[] {1, 1, 1, 1}, 1, 2, 2);
        assertThat(tape.attentionLogits(zero, bias, allOn, 1f).data()[0]).isCloseTo(ln(1e-20) - 2, within(1e-4f));
        assertThatThrownBy(() -> tape.attentionLogits(scores, bias, Tensor.of(new float[] {1, 0.5f, 1, 1}, 1, 2, 2), 1f))
                .hasMessageContaining("0 or 1");
    }

    @Test
    void attentionLogitsGiveNoGradientAtMaskedEntries() {
        Tensor scores = Tensor.parameter(new float[] {0.5f, 0.25f, 0.5f, 0.5f}, 1, 2, 2);
        Tensor bias = Tensor.zeros(2, 2);
        Tensor mask = Tensor.of(new float[] {1, 0, 1, 0}, 1, 2, 2);
        Tape t = new Tape();
        t.backwardFrom(t.attentionLogits(scores, bias, mask, 2f), new float[] {1, 1, 1, 1});
        // d/ds of 2·log(s) = 2/s
        assertThat(scores.grad()).containsExactly(new float[] {4, 0, 4, 0}, within(1e-5f));
    }

    @Test
    void layerNorm() {
        // row (1, 3): mean 2, variance 1, normalised (-1, 1); then times (2, 0.5) plus (1, -1)
        Tensor x = Tensor.of(new float[] {1, 3}, 1, 2);
        Tensor weight = Tensor.of(new float[] {2, 0.5f}, 2);
        Tensor bias = Tensor.of(new float[] {1, -1}, 2);
        assertThat(tape.layerNorm(x, weight, bias, 0f).data()).containsExactly(new float[] {-1, -0.5f}, TOL);
        // row (-2, 2, -2, 2): mean 0, variance 4, plus eps 5 -> divided by 3
        Tensor y = Tensor.of(new float[] {-2, 2, -2, 2}, 1, 1, 4);
        Tensor ones = Tensor.of(new float[] {1, 1, 1, 1}, 4);
        assertThat(tape.layerNorm(y, ones, Tensor.zeros(4), 5f).data())
                .containsExactly(new float[] {-2 / 3f, 2 / 3f, -2 / 3f, 2 / 3f}, TOL);
        assertThatThrownBy(() -> tape.layerNorm(y, weight, bias, 1e-5f)).hasMessageContaining("layerNorm");
    }

    @Test
    void maskedScale() {
        Tensor scores = Tensor.parameter(new float[] {1, 2, 3, 4}, 1, 2, 2);
        Tensor mask = Tensor.of(new float[] {1, 0, 1, 1}, 1, 2, 2);
        Tape t = new Tape();
        Tensor out = t.maskedScale(scores, mask, 0.5f);
        assertThat(out.data()).containsExactly(0.5f, -1e30f, 1.5f, 2f);
        t.backwardFrom(out, new float[] {1, 1, 1, 1});
        assertThat(scores.grad()).containsExactly(0.5f, 0f, 0.5f, 0.5f); // none through the masked entry
        assertThatThrownBy(() -> tape.maskedScale(scores, Tensor.of(new float[] {1, 2, 1, 1}, 1, 2, 2), 1f))
                .hasMessageContaining("0 or 1");
    }

    @Test
    void crossEntropyWithWeightsAndIgnoredTargets() {
        Tensor logits = Tensor.parameter(new float[] {0, ln(3), 0, 0, 5, 5}, 3, 2);
        int[] targets = {1, -1, 0};
        float[] weights = {2, 7, 0.5f};
        Tape t = new Tape();
        Tensor loss = t.crossEntropy(logits, targets, weights);
        // row 0: -log(3/4), weight 2; row 1 ignored; row 2: -log(1/2), weight 0.5
        assertThat(loss.shape()).containsExactly(1);
        assertThat(loss.item()).isCloseTo((float) (2 * Math.log(4 / 3.0) + 0.5 * Math.log(2)), TOL);
        t.backward(loss);
        // w · (softmax - onehot): 2·(1/4, 3/4 - 1); 0; 0.5·(1/2 - 1, 1/2)
        assertThat(logits.grad()).containsExactly(new float[] {0.5f, -0.5f, 0, 0, -0.25f, 0.25f}, TOL);
        assertThatThrownBy(() -> new Tape().crossEntropy(logits, new int[] {2, 0, 0}, weights))
                .hasMessageContaining("outside [0,2)");
    }

    /** The two-chain row max gives the one-chain Math.max's bits: NaN, zeros of both signs, infinities. */
    @Test
    void rowMaxEqualsOneChainOfMathMax() {
        java.util.Random random = new java.util.Random(3);
        float[] special = {Float.NaN, 0f, -0f, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, -1f};
        for (int n = 1; n <= 9; n++) {
            for (int trial = 0; trial < 2000; trial++) {
                float[] row = new float[n + 1];
                for (int j = 1; j <= n; j++) {
                    row[j] = random.nextInt(3) == 0 ? special[random.nextInt(special.length)] : (float) random.nextGaussian();
                }
                float oneChain = Float.NEGATIVE_INFINITY;
                for (int j = 1; j <= n; j++) {
                    oneChain = Math.max(oneChain, row[j]);
                }
                assertThat(Float.floatToRawIntBits(Kernels.rowMax(row, 1, n))).as("row %s", java.util.Arrays.toString(row))
                        .isEqualTo(Float.floatToRawIntBits(oneChain));
            }
        }
    }
}
