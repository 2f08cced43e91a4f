package dev.tprog.nn;

/**
 * The logarithms and exponentials of a training step's hot loops — Gumbel noise, attention
 * logits, the tempered softmax — over whole arrays, with the Vector API's {@code LOG} and
 * {@code EXP} when it is there, and always the floats the scalar {@code Math} code gives.
 *
 * <p>Why the bits survive: both the Vector API's {@code LOG} and {@code Math.log} are
 * specified within 1 ulp of the exact result (and so are {@code EXP} and {@code Math.exp}), so
 * the two doubles differ by at most 2 ulp, and the error of everything computed from them is
 * bounded too (each method states its bound). A value is kept only where every double within
 * that bound rounds to the same float ({@link #roundsAlike}); where not (132 of the 2^23
 * possible Gumbel draws) it is recomputed the scalar way. So the vector path is a faster way to
 * the same floats, not an approximation of them.
 */
final class Transcendentals {
    private Transcendentals() {}

    /** Relative error allowed for a value computed from a couple of 1-ulp results: 2^-44, hundreds of ulps. */
    private static final double SLACK = 0x1p-44;

    /** The 29 low mantissa bits a double loses on its way to float, and their value at a rounding boundary. */
    private static final long DROPPED = (1L << 29) - 1;
    private static final long HALFWAY = 1L << 28;

    /** The longest scratch buffer a thread keeps (512 KiB): longer ones are allocated per call. */
    private static final int SCRATCH_LIMIT = 1 << 16;

    /**
     * Each thread's buffer for the doubles of a vector pass. A training step's chunks would
     * otherwise allocate, zero and drop megabytes of them; every caller writes the first n
     * before it reads them, and none calls another while it holds the buffer.
     */
    private static final ThreadLocal<double[]> SCRATCH = ThreadLocal.withInitial(() -> new double[0]);

    private static double[] scratch(int n) {
        if (n > SCRATCH_LIMIT) {
            return new double[n];
        }
        double[] buffer = SCRATCH.get();
        if (buffer.length < n) {
            buffer = new double[SCRATCH_LIMIT];
            SCRATCH.set(buffer);
        }
        return buffer;
    }

    /**
     * Whether every double within {@code delta} of {@code v} rounds to the float {@code v} rounds
     * to, with the same sign; false for NaN. For v of a normal float's size this reads the bits:
     * a double rounds to float across a boundary only where its 29 dropped bits pass 2^28, so v is
     * safe when it lies more than delta from there (measured in v's ulps). Elsewhere it rounds
     * both ends of the interval (rounding is monotone, so they decide).
     */
    static boolean roundsAlike(double v, double delta) {
        long bits = Double.doubleToRawLongBits(v);
        int exponent = (int) (bits >>> 52) & 0x7ff;
        if (exponent > 1023 - 126 && exponent < 1023 + 127) {
            double ulp = Double.longBitsToDouble((long) (exponent - 52) << 52);
            return Math.abs((bits & DROPPED) - HALFWAY) * ulp > delta;
        }
        float low = (float) (v - delta);
        float high = (float) (v + delta);
        return low == high && Float.floatToRawIntBits(low) == Float.floatToRawIntBits(high);
    }

    /**
     * {@link #roundsAlike} for a bound relative to v, given as {@code ulps · 2^-53 · |v|}: at most
     * that many of v's own ulps (v's ulp is at least {@code 2^-53 |v|}), so for v of a normal
     * float's size one integer comparison decides.
     */
    static boolean roundsAlikeWithin(double v, long ulps) {
        long bits = Double.doubleToRawLongBits(v);
        int exponent = (int) (bits >>> 52) & 0x7ff;
        if (exponent > 1023 - 126 && exponent < 1023 + 127) {
            return Math.abs((bits & DROPPED) - HALFWAY) > ulps;
        }
        return roundsAlike(v, ulps * 0x1p-53 * Math.abs(v));
    }

    /**
     * {@code g[t] = (float) -log(-log(u[t]))} for t below {@code n}: standard Gumbel draws (g may
     * be u), from u in (0, 1) ({@link GumbelSoftmax} checks its noise as it draws).
     */
    static void gumbels(float[] u, float[] g, int n) {
        if (!Kernels.VECTOR) {
            for (int t = 0; t < n; t++) {
                g[t] = gumbel(u[t]);
            }
            return;
        }
        double[] v = scratch(n);
        for (int t = 0; t < n; t++) {
            v[t] = u[t];
        }
        VectorKernels.gumbels(v, n);
        // -log(u) is off by 2 ulp at most, so log of it by 2^-51 absolute plus its own 2 ulp.
        for (int t = 0; t < n; t++) {
            g[t] = roundsAlike(v[t], SLACK * (1 + Math.abs(v[t]))) ? (float) v[t] : gumbel(u[t]);
        }
    }

    static float gumbel(float u) {
        return (float) -Math.log(-Math.log(u));
    }

    /**
     * {@code c[i] = (float) ((log(x[i] + eps) + bias[i mod plane]) · scale)} where
     * {@code mask[i] != 0}, and {@code masked} elsewhere: {@link Tape#attentionLogits}' forward.
     */
    static void attentionLogits(float[] x, float[] bias, float[] mask, double eps, float scale, float masked,
            float[] c) {
        int plane = bias.length;
        double[] logs = null;
        if (Kernels.VECTOR) {
            logs = scratch(x.length);
            for (int i = 0; i < x.length; i++) {
                logs[i] = x[i] + eps;
            }
            VectorKernels.log(logs, x.length);
        }
        for (int o = 0; o < x.length; o += plane) { // plane by plane: the bias is one plane
            for (int ij = 0; ij < plane; ij++) {
                int i = o + ij;
                if (mask[i] == 0f) {
                    c[i] = masked;
                } else if (logs == null) {
                    c[i] = attentionLogit(x[i], bias[ij], eps, scale);
                } else {
                    // The logarithm is off by 2 ulp at most; the sum and the product add a rounding each.
                    double v = (logs[i] + bias[ij]) * scale;
                    double bound = SLACK * (Math.abs(logs[i]) + Math.abs(bias[ij]) + 1) * Math.abs(scale);
                    c[i] = roundsAlike(v, bound) ? (float) v : attentionLogit(x[i], bias[ij], eps, scale);
                }
            }
        }
    }

    /**
     * {@code y = softmax(x)} over every row of n in x, the floats {@link Kernels#softmaxRow} gives.
     * A row is recomputed by it unless every float of the vector path is provably the same: each
     * exponential is off by 2 ulp at most, so each sum by that relatively plus its n - 1
     * roundings, and each quotient by that plus the division's and the product's roundings.
     */
    static void softmaxRows(float[] x, float[] y, int n) {
        if (!Kernels.VECTOR) {
            for (int o = 0; o < x.length; o += n) {
                Kernels.softmaxRow(x, o, y, o, n);
            }
            return;
        }
        double[] e = shiftedExponentials(x, n, new float[x.length / n]);
        long quotientUlps = 4L * (n + 4); // (n + 4) 2^-51 relatively
        for (int o = 0; o < x.length; o += n) {
            if (!softmaxFromExponentials(e, o, n, quotientUlps, y)) {
                Kernels.softmaxRow(x, o, y, o, n);
            }
        }
    }

    /**
     * {@code exp(x - the max of its row)} for every row of n, in the scratch buffer, the
     * exponentials four lanes at a time; each row's max into {@code max}.
     */
    private static double[] shiftedExponentials(float[] x, int n, float[] max) {
        double[] e = scratch(x.length);
        for (int o = 0, r = 0; o < x.length; o += n, r++) {
            max[r] = Kernels.rowMax(x, o, n);
            for (int j = 0; j < n; j++) {
                e[o + j] = (double) x[o + j] - max[r];
            }
        }
        VectorKernels.exp(e, x.length);
        return e;
    }

    /**
     * One row of {@link #softmaxRows} from its vector exponentials; false where a float might
     * differ. {@code quotientUlps}: the quotients' bound, as {@link #roundsAlikeWithin} takes it.
     */
    static boolean softmaxFromExponentials(double[] e, int o, int n, long quotientUlps, float[] y) {
        double sum = 0.0;
        for (int j = 0; j < n; j++) {
            double v = e[o + j];
            if (!roundsAlikeWithin(v, 8)) { // 2^-50 relatively
                return false;
            }
            y[o + j] = (float) v;
            sum += v;
        }
        double inv = 1.0 / sum;
        for (int j = 0; j < n; j++) {
            double v = y[o + j] * inv;
            if (!roundsAlikeWithin(v, quotientUlps)) {
                return false;
            }
            y[o + j] = (float) v;
        }
        return true;
    }

    /**
     * {@code y = log_softmax(x)} over every row of n in x, the floats {@link Kernels#logSoftmaxRow}
     * gives. The vector exponentials make the row's sum off by (n + 1) 2^-52 relatively at most,
     * its logarithm by that absolutely plus 2 ulp, and each {@code x - lse} by that plus two
     * roundings; a row with a float within the bound of a rounding boundary is recomputed.
     */
    static void logSoftmaxRows(float[] x, float[] y, int n) {
        if (!Kernels.VECTOR) {
            for (int o = 0; o < x.length; o += n) {
                Kernels.logSoftmaxRow(x, o, y, o, n);
            }
            return;
        }
        float[] max = new float[x.length / n];
        double[] e = shiftedExponentials(x, n, max);
        for (int o = 0, r = 0; o < x.length; o += n, r++) {
            double sum = 0.0;
            for (int j = 0; j < n; j++) {
                sum += e[o + j];
            }
            double log = Math.log(sum);
            double lse = max[r] + log;
            double slack = (n + 8) * 0x1p-51 * (1 + Math.abs(log) + Math.abs(lse));
            if (!logSoftmaxFromSum(x, o, n, lse, slack, y)) {
                Kernels.logSoftmaxRow(x, o, y, o, n);
            }
        }
    }

    private static boolean logSoftmaxFromSum(float[] x, int o, int n, double lse, double slack, float[] y) {
        for (int j = 0; j < n; j++) {
            double v = x[o + j] - lse;
            if (!roundsAlike(v, slack + 0x1p-51 * Math.abs(v))) {
                return false;
            }
            y[o + j] = (float) v;
        }
        return true;
    }

    /**
     * {@code gx += g - exp(y) · sum(g)} row by row: the chain rule of a log-softmax y, with the
     * floats of the scalar code. A vector exponential is off by 2 ulp, so the product by that
     * and a rounding, the difference by one more; an element near a rounding boundary is
     * recomputed with {@code Math.exp}.
     */
    static void logSoftmaxGradient(float[] y, float[] g, float[] gx, int n) {
        double[] p = null;
        if (Kernels.VECTOR) {
            p = scratch(y.length);
            for (int i = 0; i < y.length; i++) {
                p[i] = y[i];
            }
            VectorKernels.exp(p, y.length);
        }
        for (int o = 0; o < y.length; o += n) {
            double sum = 0.0;
            for (int j = 0; j < n; j++) {
                sum += g[o + j];
            }
            for (int j = 0; j < n; j++) {
                int i = o + j;
                double product = p == null ? Double.NaN : p[i] * sum;
                double v = g[i] - product; // NaN without the vector path: roundsAlike refuses it
                gx[i] += roundsAlike(v, 0x1p-49 * (Math.abs(product) + Math.abs(v))) ? (float) v
                        : (float) (g[i] - Math.exp(y[i]) * sum);
            }
        }
    }

    private static float attentionLogit(float x, double bias, double eps, float scale) {
        return (float) ((Math.log(x + eps) + bias) * scale);
    }
}
