package dev.tprog.nn;

/**
 * The inner loops that carry the arithmetic: three matrix products (all forward and backward
 * passes of {@code matmul}, {@code bmm} and {@code bmmTransposed} are one of them) and the
 * row-wise softmax / log-softmax. The products have a Vector API path ({@link VectorKernels})
 * and a scalar path that gives the same bits.
 *
 * <p>Every product accumulates into its output ({@code c += ...}), takes array offsets so
 * batched callers need no copies, and accumulates in float with fused multiply-adds (softmax
 * sums stay in double). Loop order is fixed, so results are bit-for-bit reproducible.
 */
final class Kernels {
    private Kernels() {}

    /** Whether the Vector API is there (the JVM was started with {@code --add-modules jdk.incubator.vector}). */
    static final boolean VECTOR = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    /**
     * {@code c[m,n] += a[m,k] · b[k,n]}. Each output accumulates {@code a[i,p] * b[p,j]} over p in
     * order with fused multiply-adds in float, so its value depends neither on m nor on the other
     * rows (the discretiser relies on this: it runs MLPs on other rows than training does), nor on
     * whether the vector or the scalar path runs.
     */
    static void matmulAdd(float[] a, int ao, float[] b, int bo, float[] c, int co, int m, int k, int n) {
        if (VECTOR) {
            VectorKernels.matmulAdd(a, ao, b, bo, c, co, m, k, n);
        } else {
            scalarMatmulAdd(a, ao, b, bo, c, co, m, k, n);
        }
    }

    static void scalarMatmulAdd(float[] a, int ao, float[] b, int bo, float[] c, int co, int m, int k, int n) {
        float[] acc = new float[n];
        for (int i = 0; i < m; i++) {
            java.util.Arrays.fill(acc, 0f);
            int ar = ao + i * k;
            for (int p = 0; p < k; p++) {
                float aip = a[ar + p];
                int br = bo + p * n;
                for (int j = 0; j < n; j++) {
                    acc[j] = Math.fma(aip, b[br + j], acc[j]);
                }
            }
            int cr = co + i * n;
            for (int j = 0; j < n; j++) {
                c[cr + j] += acc[j];
            }
        }
    }

    /** {@code c[m,n] += a[m,k] · b[n,k]ᵀ}: b transposed once, then {@link #matmulAdd}. */
    static void matmulTransBAdd(float[] a, int ao, float[] b, int bo, float[] c, int co, int m, int k, int n) {
        float[] bt = new float[k * n];
        for (int j = 0; j < n; j++) {
            for (int p = 0; p < k; p++) {
                bt[p * n + j] = b[bo + j * k + p];
            }
        }
        matmulAdd(a, ao, bt, 0, c, co, m, k, n);
    }

    /** {@code c[k,n] += a[m,k]ᵀ · b[m,n]}: sums over the m rows in order, with fused multiply-adds. */
    static void matmulTransAAdd(float[] a, int ao, float[] b, int bo, float[] c, int co, int m, int k, int n) {
        if (VECTOR) {
            VectorKernels.matmulTransAAdd(a, ao, b, bo, c, co, m, k, n);
        } else {
            scalarMatmulTransAAdd(a, ao, b, bo, c, co, m, k, n);
        }
    }

    static void scalarMatmulTransAAdd(float[] a, int ao, float[] b, int bo, float[] c, int co, int m, int k, int n) {
        float[] acc = new float[k * n];
        for (int i = 0; i < m; i++) {
            int ar = ao + i * k;
            int br = bo + i * n;
            for (int p = 0; p < k; p++) {
                float aip = a[ar + p];
                int accRow = p * n;
                for (int j = 0; j < n; j++) {
                    acc[accRow + j] = Math.fma(aip, b[br + j], acc[accRow + j]);
                }
            }
        }
        for (int q = 0; q < k * n; q++) {
            c[co + q] += acc[q];
        }
    }

    /** The partial sums of {@link #dot}: two 8-lane vectors' worth. */
    static final int DOT_LANES = 16;

    /**
     * {@code sum_i x[i] y[i]} over equally long arrays: 16 float partial sums (partial l takes
     * the elements i = l mod 16, with fused multiply-adds, in order), then added in double in
     * lane order. Sixteen independent chains in two vectors run far faster than one chain in
     * double, and the result is still fixed by the inputs, on either path.
     */
    static double dot(float[] x, float[] y) {
        return VECTOR ? VectorKernels.dot(x, y) : scalarDot(x, y);
    }

    static double scalarDot(float[] x, float[] y) {
        float[] partial = new float[DOT_LANES];
        for (int i = 0; i < x.length; i++) {
            partial[i % DOT_LANES] = Math.fma(x[i], y[i], partial[i % DOT_LANES]);
        }
        return sumInOrder(partial);
    }

    /** The partial sums added in double, lane 0 first. */
    static double sumInOrder(float[] partial) {
        double sum = 0.0;
        for (float p : partial) {
            sum += p;
        }
        return sum;
    }

    /** {@code gx += x > 0 ? g : 0}: relu's chain rule. */
    static void reluGradient(float[] x, float[] g, float[] gx) {
        if (VECTOR) {
            VectorKernels.reluGradient(x, g, gx);
        } else {
            scalarReluGradient(x, g, gx, 0);
        }
    }

    /** {@link #reluGradient} from element {@code from} on. */
    static void scalarReluGradient(float[] x, float[] g, float[] gx, int from) {
        for (int i = from; i < x.length; i++) {
            gx[i] += x[i] > 0f ? g[i] : 0f;
        }
    }

    /**
     * Below this, {@code exp} is 0 in double ({@code exp(-746)} already underflows): a masked
     * attention logit, -1e30, lies far below, and skipping its exponential saves a libm call per
     * masked key without changing a bit.
     */
    private static final double EXP_UNDERFLOW = -800;

    /** The index of the first maximum of {@code x[o..o+n)}. */
    static int argmaxRow(float[] x, int o, int n) {
        int best = 0;
        for (int j = 1; j < n; j++) {
            if (x[o + j] > x[o + best]) {
                best = j;
            }
        }
        return best;
    }

    /** {@code y[yo..yo+n) = softmax(x[xo..xo+n))}: subtracts the max, sums in double. */
    static void softmaxRow(float[] x, int xo, float[] y, int yo, int n) {
        float max = rowMax(x, xo, n);
        double sum = 0.0;
        for (int j = 0; j < n; j++) {
            double d = (double) x[xo + j] - max;
            double e = d < EXP_UNDERFLOW ? 0.0 : Math.exp(d);
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
        float max = rowMax(x, xo, n);
        double sum = 0.0;
        for (int j = 0; j < n; j++) {
            sum += Math.exp((double) x[xo + j] - max);
        }
        return max + Math.log(sum);
    }

    /**
     * The largest of {@code x[xo..xo+n)}, as {@code Math.max} orders floats (NaN wins, +0 above
     * -0). Even and odd elements run in two chains, three times faster than one: that order of
     * max is associative and commutative, so the result is the one chain's.
     */
    static float rowMax(float[] x, int xo, int n) {
        float even = Float.NEGATIVE_INFINITY;
        float odd = Float.NEGATIVE_INFINITY;
        int j = 0;
        for (; j + 1 < n; j += 2) {
            even = Math.max(even, x[xo + j]);
            odd = Math.max(odd, x[xo + j + 1]);
        }
        if (j < n) {
            even = Math.max(even, x[xo + j]);
        }
        return Math.max(even, odd);
    }
}
