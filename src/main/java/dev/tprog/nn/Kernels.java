package dev.tprog.nn;

/**
 * The inner loops that carry the arithmetic: three matrix products (all forward and backward
 * passes of {@code matmul}, {@code bmm} and {@code bmmTransposed} are one of them) and the
 * row-wise softmax / log-softmax. They are plain scalar loops; this is the one place to
 * vectorise later.
 *
 * <p>Every product accumulates into its output ({@code c += ...}), takes array offsets so
 * batched callers need no copies, and sums its inner products in double before rounding once to
 * float. Loop order is fixed, so results are bit-for-bit reproducible.
 */
final class Kernels {
    private Kernels() {}

    /** {@code c[m,n] += a[m,k] · b[k,n]}. */
    static void matmulAdd(float[] a, int ao, float[] b, int bo, float[] c, int co, int m, int k, int n) {
        double[] acc = new double[n];
        for (int i = 0; i < m; i++) {
            java.util.Arrays.fill(acc, 0.0);
            int ar = ao + i * k;
            for (int p = 0; p < k; p++) {
                double aip = a[ar + p];
                int br = bo + p * n;
                for (int j = 0; j < n; j++) {
                    acc[j] += aip * b[br + j];
                }
            }
            int cr = co + i * n;
            for (int j = 0; j < n; j++) {
                c[cr + j] += (float) acc[j];
            }
        }
    }

    /** {@code c[m,n] += a[m,k] · b[n,k]ᵀ}: each output is a dot product of two rows. */
    static void matmulTransBAdd(float[] a, int ao, float[] b, int bo, float[] c, int co, int m, int k, int n) {
        for (int i = 0; i < m; i++) {
            int ar = ao + i * k;
            int cr = co + i * n;
            for (int j = 0; j < n; j++) {
                int br = bo + j * k;
                double s = 0.0;
                for (int p = 0; p < k; p++) {
                    s += (double) a[ar + p] * b[br + p];
                }
                c[cr + j] += (float) s;
            }
        }
    }

    /** {@code c[k,n] += a[m,k]ᵀ · b[m,n]}: sums over the m rows, which may be many. */
    static void matmulTransAAdd(float[] a, int ao, float[] b, int bo, float[] c, int co, int m, int k, int n) {
        double[] acc = new double[k * n];
        for (int i = 0; i < m; i++) {
            int ar = ao + i * k;
            int br = bo + i * n;
            for (int p = 0; p < k; p++) {
                double aip = a[ar + p];
                int accRow = p * n;
                for (int j = 0; j < n; j++) {
                    acc[accRow + j] += aip * b[br + j];
                }
            }
        }
        for (int q = 0; q < k * n; q++) {
            c[co + q] += (float) acc[q];
        }
    }

    /** {@code y[yo..yo+n) = softmax(x[xo..xo+n))}: subtracts the max, sums in double. */
    static void softmaxRow(float[] x, int xo, float[] y, int yo, int n) {
        float max = Float.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            max = Math.max(max, x[xo + j]);
        }
        double sum = 0.0;
        for (int j = 0; j < n; j++) {
            double e = Math.exp((double) x[xo + j] - max);
            y[yo + j] = (float) e;
            sum += e;
        }
        double inv = 1.0 / sum;
        for (int j = 0; j < n; j++) {
            y[yo + j] = (float) (y[yo + j] * inv);
        }
    }

    /** {@code y[yo..yo+n) = x - max - log(sum(exp(x - max)))}, the sum in double. */
    static void logSoftmaxRow(float[] x, int xo, float[] y, int yo, int n) {
        double lse = logSumExp(x, xo, n);
        for (int j = 0; j < n; j++) {
            y[yo + j] = (float) (x[xo + j] - lse);
        }
    }

    /**
     * {@code log(sum_j exp(x[xo + j]))}, stable: max plus the log of a double sum. Kept in double
     * so that {@code x - lse} keeps float precision even when the logits are large.
     */
    static double logSumExp(float[] x, int xo, int n) {
        float max = Float.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            max = Math.max(max, x[xo + j]);
        }
        double sum = 0.0;
        for (int j = 0; j < n; j++) {
            sum += Math.exp((double) x[xo + j] - max);
        }
        return max + Math.log(sum);
    }
}
