package dev.tprog.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A two-layer MLP learns XOR with Adam: every piece of the engine working together. */
class MlpEndToEndTest {

    @Test
    void fitsXor() {
        float[] first = train();
        assertThat(first[0]).isLessThan(0.05f);
        assertThat(first[1]).isEqualTo(4f); // all four points right
        assertThat(train()).containsExactly(first); // deterministic
    }

    /** Returns the final loss and the number of correctly classified points. */
    private static float[] train() {
        Tensor x = Tensor.of(new float[] {0, 0, 0, 1, 1, 0, 1, 1}, 4, 2);
        int[] y = {0, 1, 1, 0};
        float[] weights = {0.25f, 0.25f, 0.25f, 0.25f};
        Random random = new Random(7);
        Tensor w1 = Tensor.parameter(gaussian(random, 2 * 8, 1), 2, 8);
        Tensor b1 = Tensor.parameter(new float[8], 8);
        Tensor w2 = Tensor.parameter(gaussian(random, 8 * 2, 0.5), 8, 2);
        Tensor b2 = Tensor.parameter(new float[2], 2);
        Adam adam = new Adam(List.of(w1, b1, w2, b2), 0.05f);
        float loss = Float.NaN;
        Tensor logProbs = null;
        for (int step = 0; step < 300; step++) {
            Tape tape = new Tape();
            Tensor h = tape.relu(tape.linear(x, w1, b1));
            logProbs = tape.logSoftmax(tape.linear(h, w2, b2));
            Tensor l = tape.crossEntropy(logProbs, y, weights);
            loss = l.item();
            adam.zeroGrad();
            tape.backward(l);
            adam.step();
        }
        int correct = 0;
        float[] p = logProbs.data();
        for (int i = 0; i < 4; i++) {
            int predicted = p[2 * i + 1] > p[2 * i] ? 1 : 0;
            if (predicted == y[i]) {
                correct++;
            }
        }
        return new float[] {loss, correct};
    }

    private static float[] gaussian(Random random, int n, double std) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (random.nextGaussian() * std);
        }
        return v;
    }
}
