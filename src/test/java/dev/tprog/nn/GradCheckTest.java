package dev.tprog.nn;

import static dev.tprog.nn.GradCheck.check;
import static dev.tprog.nn.GradCheck.constant;
import static dev.tprog.nn.GradCheck.mask;
import static dev.tprog.nn.GradCheck.param;
import static dev.tprog.nn.GradCheck.paramAwayFromZero;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Every operation's backward against central differences, on small seeded random inputs. */
class GradCheckTest {

    @Test
    void checkerCatchesAWrongGradient() {
        SplittableRandom random = new SplittableRandom(1);
        Tensor x = paramAwayFromZero(random, 0.1, 1, 3, 4);
        GradCheck.Op relu = (t, in) -> t.relu(in[0]);
        // A classic bug: relu's backward without the mask, i.e. the identity's gradient.
        GradCheck.Op identity = (t, in) -> t.scale(in[0], 1f);
        float[] r = GradCheck.functional(relu, 2, x);
        float[][] wrong = GradCheck.analytic(identity, r, x);
        assertThatThrownBy(() -> GradCheck.compare(relu, r, wrong, GradCheck.EPS, GradCheck.RTOL, GradCheck.ATOL, x))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("central difference");
        // A small error in one coordinate is caught too.
        float[][] right = GradCheck.analytic(relu, r, x);
        GradCheck.compare(relu, r, right, GradCheck.EPS, GradCheck.RTOL, GradCheck.ATOL, x);
        int i = 0;
        while (right[0][i] == 0f) {
            i++;
        }
        right[0][i] *= 1.1f;
        assertThatThrownBy(() -> GradCheck.compare(relu, r, right, GradCheck.EPS, GradCheck.RTOL, GradCheck.ATOL, x))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void matmul() {
        SplittableRandom random = new SplittableRandom(10);
        check((t, in) -> t.matmul(in[0], in[1]), 11, param(random, -1, 1, 3, 4), param(random, -1, 1, 4, 5));
        // one side constant
        check((t, in) -> t.matmul(in[0], in[1]), 12, constant(random, -1, 1, 2, 3), param(random, -1, 1, 3, 2));
    }

    @Test
    void bmm() {
        SplittableRandom random = new SplittableRandom(20);
        check((t, in) -> t.bmm(in[0], in[1]), 21, param(random, -1, 1, 2, 3, 4), param(random, -1, 1, 2, 4, 3));
    }

    @Test
    void bmmTransposed() {
        SplittableRandom random = new SplittableRandom(30);
        check((t, in) -> t.bmmTransposed(in[0], in[1]), 31,
                param(random, -1, 1, 2, 3, 4), param(random, -1, 1, 2, 5, 4));
    }

    /** Groups of 2, 0 and 3 rows: each group's rows against its own batch element, an empty group included. */
    @Test
    void raggedBmm() {
        SplittableRandom random = new SplittableRandom(32);
        int[] starts = {0, 2, 2, 5};
        check((t, in) -> t.raggedBmm(in[0], in[1], starts), 33, param(random, -1, 1, 5, 4), param(random, -1, 1, 3, 4, 2));
        check((t, in) -> t.raggedBmmTransposed(in[0], in[1], starts), 34,
                param(random, -1, 1, 5, 4), param(random, -1, 1, 3, 6, 4));
    }

    /** With equal groups, the ragged products are bmm's, bit for bit; a group's rows meet only its own element. */
    @Test
    void raggedProductsAreTheBatchedOnesGroupByGroup() {
        SplittableRandom random = new SplittableRandom(35);
        Tensor a = param(random, -1, 1, 2, 3, 4);
        Tensor b = param(random, -1, 1, 2, 4, 5);
        Tensor keys = param(random, -1, 1, 2, 5, 4);
        Tape tape = new Tape();
        int[] equal = {0, 3, 6};
        assertThat(tape.raggedBmm(tape.reshape(a, 6, 4), b, equal).data()).isEqualTo(tape.bmm(a, b).data());
        assertThat(tape.raggedBmmTransposed(tape.reshape(a, 6, 4), keys, equal).data())
                .isEqualTo(tape.bmmTransposed(a, keys).data());
        // rows 0-1 against element 0, row 2 against element 1: row 2 is bmm's row (1, 0)
        float[] ragged = tape.raggedBmm(tape.reshape(a, 6, 4), b, new int[] {0, 2, 6}).data();
        float[] batched = tape.bmm(a, b).data();
        assertThat(java.util.Arrays.copyOfRange(ragged, 0, 10)).isEqualTo(java.util.Arrays.copyOfRange(batched, 0, 10));
        float[] row2 = new float[5];
        for (int j = 0; j < 5; j++) {
            for (int p = 0; p < 4; p++) {
                row2[j] = Math.fma(a.data()[2 * 4 + p], b.data()[20 + p * 5 + j], row2[j]);
            }
        }
        assertThat(java.util.Arrays.copyOfRange(ragged, 10, 15)).isEqualTo(row2);
        assertThatThrownBy(() -> new Tape().raggedBmm(tape.reshape(a, 6, 4), b, new int[] {0, 4, 3}))
                .hasMessageContaining("groups [0, 4, 3] do not cut the 6 rows");
    }

    @Test
    void add() {
        SplittableRandom random = new SplittableRandom(40);
        check((t, in) -> t.add(in[0], in[1]), 41, param(random, -1, 1, 2, 3), param(random, -1, 1, 2, 3));
    }

    @Test
    void linear() {
        SplittableRandom random = new SplittableRandom(50);
        check((t, in) -> t.linear(in[0], in[1], in[2]), 51, param(random, -1, 1, 6, 4), param(random, -1, 1, 4, 3),
                param(random, -1, 1, 3));
    }

    @Test
    void mul() {
        SplittableRandom random = new SplittableRandom(60);
        check((t, in) -> t.mul(in[0], in[1]), 61, param(random, -1, 1, 3, 4), param(random, -1, 1, 3, 4));
    }

    @Test
    void mulOfATensorWithItselfAccumulatesBothContributions() {
        SplittableRandom random = new SplittableRandom(65);
        check((t, in) -> t.mul(in[0], in[0]), 66, param(random, -1, 1, 5));
    }

    @Test
    void scale() {
        SplittableRandom random = new SplittableRandom(70);
        check((t, in) -> t.scale(in[0], -2.5f), 71, param(random, -1, 1, 3, 2));
    }

    @Test
    void relu() {
        SplittableRandom random = new SplittableRandom(80);
        check((t, in) -> t.relu(in[0]), 81, paramAwayFromZero(random, 0.05, 1, 4, 5));
    }

    @Test
    void logSoftmax() {
        SplittableRandom random = new SplittableRandom(90);
        check((t, in) -> t.logSoftmax(in[0]), 91, param(random, -2, 2, 3, 5));
    }

    @Test
    void softmax() {
        SplittableRandom random = new SplittableRandom(100);
        check((t, in) -> t.softmax(in[0]), 101, param(random, -2, 2, 2, 3, 4));
    }

    @Test
    void concatLast() {
        SplittableRandom random = new SplittableRandom(110);
        Tensor a = param(random, -1, 1, 2, 3, 2);
        Tensor b = constant(random, -1, 1, 2, 3, 1);
        Tensor c = param(random, -1, 1, 2, 3, 3);
        check((t, in) -> t.concatLast(List.of(in[0], in[1], in[2])), 111, a, b, c);
        assertThat(b.grad()).isNull();
    }

    @Test
    void reshape() {
        SplittableRandom random = new SplittableRandom(120);
        // followed by a product so that the layout actually matters for the gradient
        Tensor w = param(random, -1, 1, 3, 2);
        check((t, in) -> t.matmul(t.reshape(in[0], 4, 3), in[1]), 121, param(random, -1, 1, 2, 6), w);
    }

    @Test
    void gatherRows() {
        SplittableRandom random = new SplittableRandom(125);
        // row 2 twice and row 0 never: repeated rows add their gradients, unused rows get none
        check((t, in) -> t.gatherRows(in[0], new int[] {2, 1, 2, 3}), 126, param(random, -1, 1, 4, 3));
        assertThatThrownBy(() -> new Tape().gatherRows(param(random, -1, 1, 4, 3), new int[] {4}))
                .hasMessageContaining("id 4 is not a row");
    }

    @Test
    void scatterRows() {
        SplittableRandom random = new SplittableRandom(127);
        // three rows into rows 3, 0 and 4 of five: rows 1 and 2 stay 0
        check((t, in) -> t.scatterRows(in[0], new int[] {3, 0, 4}, 5), 128, param(random, -1, 1, 3, 2));
        Tensor values = param(random, -1, 1, 2, 2);
        Tensor placed = new Tape().scatterRows(values, new int[] {1, 0}, 3);
        assertThat(placed.data()).containsExactly(values.data()[2], values.data()[3], values.data()[0],
                values.data()[1], 0f, 0f);
        assertThatThrownBy(() -> new Tape().scatterRows(values, new int[] {1, 1}, 3))
                .hasMessageContaining("id 1 is not a free row of 3");
        assertThatThrownBy(() -> new Tape().scatterRows(values, new int[] {0}, 3))
                .hasMessageContaining("1 ids for");
    }

    @Test
    void mix() {
        SplittableRandom random = new SplittableRandom(130);
        check((t, in) -> t.mix(in[0], List.of(in[1], in[2], in[3])), 131,
                param(random, 0, 1, 3), param(random, -1, 1, 2, 4), constant(random, -1, 1, 2, 4),
                param(random, -1, 1, 2, 4));
    }

    @Test
    void mixOfGumbelWeightsTheModelsRead() {
        SplittableRandom random = new SplittableRandom(135);
        check((t, in) -> t.mix(t.gumbelSoftmax(in[0], 0.8f, Sampler.SOFT, new SeededNoise(9)), List.of(in[1], in[2])),
                136, param(random, -1, 1, 2), param(random, -1, 1, 3, 2), param(random, -1, 1, 3, 2));
    }

    @Test
    void gumbelSoftmaxSoft() {
        SplittableRandom random = new SplittableRandom(140);
        // the same noise on every evaluation: a fresh source with a fixed seed
        check((t, in) -> t.gumbelSoftmax(in[0], 0.7f, Sampler.SOFT, new SeededNoise(3)), 141,
                param(random, -1, 1, 3, 4));
    }

    @Test
    void gumbelSoftmaxSoftmax() {
        SplittableRandom random = new SplittableRandom(150);
        check((t, in) -> t.gumbelSoftmax(in[0], 0.5f, Sampler.SOFTMAX, null), 151, param(random, -1, 1, 2, 2, 3));
    }

    @Test
    void gumbelSoftmaxHardBackwardIsTheSoftGradient() {
        // The straight-through forward is piecewise constant, so its central difference is 0;
        // its backward must equal SOFT's, which is checked against differences above.
        SplittableRandom random = new SplittableRandom(160);
        Tensor x = param(random, -1, 1, 3, 4);
        GradCheck.Op soft = (t, in) -> t.gumbelSoftmax(in[0], 0.7f, Sampler.SOFT, new SeededNoise(4));
        GradCheck.Op hard = (t, in) -> t.gumbelSoftmax(in[0], 0.7f, Sampler.HARD, new SeededNoise(4));
        float[] r = GradCheck.functional(soft, 161, x);
        float[] softGrad = GradCheck.analytic(soft, r, x)[0];
        float[] hardGrad = GradCheck.analytic(hard, r, x)[0];
        assertThat(hardGrad).containsExactly(softGrad);
        GradCheck.compare(soft, r, new float[][] {hardGrad}, GradCheck.EPS, GradCheck.RTOL, GradCheck.ATOL, x);
    }

    @Test
    void bosDefaultWhereRowsMatch() {
        // s >> 1e-10: relu(1 - any) is 0 in float, the gradient is the identity
        SplittableRandom random = new SplittableRandom(170);
        Tensor scores = param(random, 0.05, 1, 2, 3, 3);
        check((t, in) -> t.bosDefault(in[0], in[1]), 171, scores, mask(random, 0.7, 2, 3, 3));
    }

    @Test
    void bosDefaultThroughTheRowSum() {
        // With a large smoothing constant every row is in the smooth regime of relu(1 - s/(s+eps)),
        // so the path through s is exercised; the real 1e-10 is checked by hand in OpsForwardTest.
        SplittableRandom random = new SplittableRandom(180);
        Tensor scores = param(random, 0, 1, 2, 3, 3);
        Tensor m = mask(random, 0.6, 2, 3, 3);
        check((t, in) -> t.bosDefault(in[0], in[1], 0.5f), 181, scores, m);
    }

    @Test
    void attentionLogits() {
        SplittableRandom random = new SplittableRandom(190);
        Tensor scores = param(random, 0.2, 1, 2, 3, 3);
        Tensor bias = constant(random, -2, 0, 3, 3);
        Tensor m = mask(random, 0.7, 2, 3, 3);
        check((t, in) -> t.attentionLogits(in[0], in[1], in[2], 0.6f), 191, scores, bias, m);
        // as the model uses it: masked entries vanish in the softmax
        check((t, in) -> t.softmax(t.attentionLogits(in[0], in[1], in[2], 0.6f)), 192, scores, bias, m);
    }

    @Test
    void layerNorm() {
        SplittableRandom random = new SplittableRandom(230);
        check((t, in) -> t.layerNorm(in[0], in[1], in[2], 1e-5f), 231, param(random, -1, 1, 2, 3, 4),
                param(random, 0.5, 1.5, 4), param(random, -1, 1, 4));
        // as the model uses it, followed by a product, so rows of different means and scales matter
        check((t, in) -> t.matmul(t.layerNorm(in[0], in[1], in[2], 1e-5f), in[3]), 232, param(random, -3, 1, 5, 6),
                param(random, 0.5, 1.5, 6), param(random, -1, 1, 6), param(random, -1, 1, 6, 2));
    }

    @Test
    void maskedScale() {
        SplittableRandom random = new SplittableRandom(240);
        Tensor scores = param(random, -2, 2, 2, 3, 3);
        Tensor m = mask(random, 0.6, 2, 3, 3);
        check((t, in) -> t.maskedScale(in[0], in[1], 0.7f), 241, scores, m);
        // as the model uses it: masked keys vanish in the softmax
        check((t, in) -> t.softmax(t.maskedScale(in[0], in[1], 0.7f)), 242, scores, m);
    }

    @Test
    void crossEntropy() {
        SplittableRandom random = new SplittableRandom(200);
        int[] targets = {2, -1, 0, 3};
        float[] weights = {0.5f, 9f, 1.5f, 0.25f};
        check((t, in) -> t.crossEntropy(in[0], targets, weights), 201, param(random, -2, 2, 4, 4));
    }

    @Test
    void aSmallCategoricalAttentionHeadEndToEnd() {
        // q, k: [B,N,k] soft one-hots; predicate P [k,k]; scores = q P kᵀ; BOS default; logits;
        // Gumbel attention; values gathered with bmm.
        SplittableRandom random = new SplittableRandom(210);
        int b = 2;
        int n = 3;
        int k = 3;
        Tensor qLogits = param(random, -1, 1, b, n, k);
        Tensor kLogits = param(random, -1, 1, b, n, k);
        Tensor psi = param(random, -1, 1, k, k);
        Tensor values = param(random, -1, 1, b, n, k);
        Tensor bias = constant(random, -1, 0, n, n);
        Tensor m = Tensor.of(new float[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0, 0, 0, 0}, b, n, n);
        GradCheck.Op head = (t, in) -> {
            Tensor q = t.softmax(in[0]);
            Tensor key = t.softmax(in[1]);
            Tensor p = t.gumbelSoftmax(in[2], 1f, Sampler.SOFTMAX, null);
            Tensor qp = t.reshape(t.matmul(t.reshape(q, b * n, k), p), b, n, k);
            Tensor scores = t.bosDefault(t.bmmTransposed(qp, key), in[5]);
            Tensor logits = t.attentionLogits(scores, in[4], in[5], 1f / (float) Math.sqrt(k));
            Tensor attention = t.gumbelSoftmax(logits, 0.9f, Sampler.SOFT, new SeededNoise(17));
            return t.bmm(attention, in[3]);
        };
        check(head, 211, qLogits, kLogits, psi, values, bias, m);
    }

    @Test
    void aSmallMlpEndToEnd() {
        SplittableRandom random = new SplittableRandom(220);
        Tensor x = constant(random, -1, 1, 5, 3);
        int[] targets = {0, 1, 2, 1, -1};
        float[] weights = {0.2f, 0.2f, 0.2f, 0.2f, 0.2f};
        GradCheck.Op mlp = (t, in) -> {
            Tensor h = t.relu(t.linear(in[0], in[1], in[2]));
            Tensor logits = t.linear(h, in[3], in[4]);
            return t.crossEntropy(t.logSoftmax(logits), targets, weights);
        };
        check(mlp, 221, x, param(random, -1, 1, 3, 4), param(random, 0.3, 0.6, 4), param(random, -1, 1, 4, 3),
                param(random, -1, 1, 3));
    }

    @Test
    void defaultTolerancesAreTightEnoughToSeeATenPercentError() {
        // guards against loosening the checker until it cannot fail
        assertThat(GradCheck.RTOL).isLessThan(0.1);
        assertThat(GradCheck.ATOL).isCloseTo(2e-3, within(1e-9));
    }
}
