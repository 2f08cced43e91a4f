package dev.tprog.model;

import dev.tprog.nn.Tensor;

/**
 * The reference's fixed relative-position bias ({@code --rel_pos_bias fixed}) as an N-by-N
 * matrix over (query i, key j): 0 at distance 1 on both sides, falling by 1/(N-1) per step to
 * the left and by 1/(N-2) to the right, and -2 at the query itself. Added to the log-scores of
 * matching keys, its argmax is the nearest match, the left one on a tie, the query only if
 * alone ({@link dev.tprog.program.ClosestMatch}).
 */
final class AttentionBias {
    private AttentionBias() {}

    static Tensor of(int n) {
        float[] bias = new float[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                bias[i * n + j] = (float) at(j - i, n);
            }
        }
        return Tensor.of(bias, n, n);
    }

    /** The bias of a key at {@code offset = j - i} from its query. */
    static double at(int offset, int n) {
        if (offset == 0) {
            return -2;
        }
        int distance = Math.abs(offset);
        if (offset < 0) {
            return -(distance - 1) / (double) (n - 1);
        }
        // numpy's linspace(0, -N, N - 1) / N, read at distance - 1
        return n <= 2 ? 0 : -(distance - 1) * ((double) n / (n - 2)) / n;
    }
}
