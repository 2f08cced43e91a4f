package dev.tprog.nn;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The matrix products of {@link Kernels} with the Vector API: each lane is one output column,
 * and each lane does exactly the fused multiply-adds the scalar loop does, in the same order,
 * so both give the same bits. Loaded only when the JVM runs with
 * {@code --add-modules jdk.incubator.vector} (the {@code tprog} launcher adds it for training).
 */
final class VectorKernels {
    /** 8 lanes: this model's rows are often exactly 8 wide (k, N), which 16-lane vectors would leave to the tail. */
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_256;

    /** 4 lanes of double for the logarithms of {@link Transcendentals}. */
    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_256;

    private VectorKernels() {}

    /**
     * {@code c[m,n] += a[m,k] · b[k,n]}: for each block of 8 columns, one register per row
     * accumulates over p in order, then is added to c. Four rows run together so that four
     * independent chains of multiply-adds keep the FMA units busy (one chain waits on its own
     * latency); each output's sequence of operations is unchanged.
     */
    static void matmulAdd(float[] a, int ao, float[] b, int bo, float[] c, int co, int m, int k, int n) {
        int i = 0;
        for (; i + 4 <= m; i += 4) {
            matmulFourRows(a, ao + i * k, b, bo, c, co + i * n, k, n);
        }
        for (; i < m; i++) {
            matmulRow(a, ao + i * k, b, bo, c, co + i * n, k, n);
        }
    }

    private static void matmulFourRows(float[] a, int ar, float[] b, int bo, float[] c, int cr, int k, int n) {
        int vectorEnd = SPECIES.loopBound(n);
        int j = 0;
        for (; j < vectorEnd; j += SPECIES.length()) {
            FloatVector acc0 = FloatVector.zero(SPECIES);
            FloatVector acc1 = acc0;
            FloatVector acc2 = acc0;
            FloatVector acc3 = acc0;
            for (int p = 0; p < k; p++) {
                FloatVector bv = FloatVector.fromArray(SPECIES, b, bo + p * n + j);
                acc0 = bv.fma(FloatVector.broadcast(SPECIES, a[ar + p]), acc0);
                acc1 = bv.fma(FloatVector.broadcast(SPECIES, a[ar + k + p]), acc1);
                acc2 = bv.fma(FloatVector.broadcast(SPECIES, a[ar + 2 * k + p]), acc2);
                acc3 = bv.fma(FloatVector.broadcast(SPECIES, a[ar + 3 * k + p]), acc3);
            }
            addInto(acc0, c, cr + j);
            addInto(acc1, c, cr + n + j);
            addInto(acc2, c, cr + 2 * n + j);
            addInto(acc3, c, cr + 3 * n + j);
        }
        for (; j < n; j++) {
            float acc0 = 0f;
            float acc1 = 0f;
            float acc2 = 0f;
            float acc3 = 0f;
            for (int p = 0; p < k; p++) {
                float bpj = b[bo + p * n + j];
                acc0 = Math.fma(a[ar + p], bpj, acc0);
                acc1 = Math.fma(a[ar + k + p], bpj, acc1);
                acc2 = Math.fma(a[ar + 2 * k + p], bpj, acc2);
                acc3 = Math.fma(a[ar + 3 * k + p], bpj, acc3);
            }
            c[cr + j] += acc0;
            c[cr + n + j] += acc1;
            c[cr + 2 * n + j] += acc2;
            c[cr + 3 * n + j] += acc3;
        }
    }

    private static void matmulRow(float[] a, int ar, float[] b, int bo, float[] c, int cr, int k, int n) {
        int vectorEnd = SPECIES.loopBound(n);
        int j = 0;
        for (; j < vectorEnd; j += SPECIES.length()) {
            FloatVector acc = FloatVector.zero(SPECIES);
            for (int p = 0; p < k; p++) {
                acc = FloatVector.fromArray(SPECIES, b, bo + p * n + j).fma(FloatVector.broadcast(SPECIES, a[ar + p]), acc);
            }
            addInto(acc, c, cr + j);
        }
        for (; j < n; j++) {
            float acc = 0f;
            for (int p = 0; p < k; p++) {
                acc = Math.fma(a[ar + p], b[bo + p * n + j], acc);
            }
            c[cr + j] += acc;
        }
    }

    /**
     * {@code c[k,n] += a[m,k]ᵀ · b[m,n]}: for each output row p and block of 8 columns, one
     * register accumulates over the m rows in order, then is added to c. Four output rows run
     * together (four independent chains, one load of b for all four).
     */
    static void matmulTransAAdd(float[] a, int ao, float[] b, int bo, float[] c, int co, int m, int k, int n) {
        int p = 0;
        for (; p + 4 <= k; p += 4) {
            transAFourRows(a, ao + p, b, bo, c, co + p * n, m, k, n);
        }
        for (; p < k; p++) {
            transARow(a, ao + p, b, bo, c, co + p * n, m, k, n);
        }
    }

    /** Output rows p..p+3 of {@link #matmulTransAAdd}; {@code ap} is the offset of a[0, p]. */
    private static void transAFourRows(float[] a, int ap, float[] b, int bo, float[] c, int cr, int m, int k, int n) {
        int vectorEnd = SPECIES.loopBound(n);
        int j = 0;
        for (; j < vectorEnd; j += SPECIES.length()) {
            FloatVector acc0 = FloatVector.zero(SPECIES);
            FloatVector acc1 = acc0;
            FloatVector acc2 = acc0;
            FloatVector acc3 = acc0;
            for (int i = 0; i < m; i++) {
                FloatVector bv = FloatVector.fromArray(SPECIES, b, bo + i * n + j);
                int ar = ap + i * k;
                acc0 = bv.fma(FloatVector.broadcast(SPECIES, a[ar]), acc0);
                acc1 = bv.fma(FloatVector.broadcast(SPECIES, a[ar + 1]), acc1);
                acc2 = bv.fma(FloatVector.broadcast(SPECIES, a[ar + 2]), acc2);
                acc3 = bv.fma(FloatVector.broadcast(SPECIES, a[ar + 3]), acc3);
            }
            addInto(acc0, c, cr + j);
            addInto(acc1, c, cr + n + j);
            addInto(acc2, c, cr + 2 * n + j);
            addInto(acc3, c, cr + 3 * n + j);
        }
        for (; j < n; j++) {
            float acc0 = 0f;
            float acc1 = 0f;
            float acc2 = 0f;
            float acc3 = 0f;
            for (int i = 0; i < m; i++) {
                float bij = b[bo + i * n + j];
                int ar = ap + i * k;
                acc0 = Math.fma(a[ar], bij, acc0);
                acc1 = Math.fma(a[ar + 1], bij, acc1);
                acc2 = Math.fma(a[ar + 2], bij, acc2);
                acc3 = Math.fma(a[ar + 3], bij, acc3);
            }
            c[cr + j] += acc0;
            c[cr + n + j] += acc1;
            c[cr + 2 * n + j] += acc2;
            c[cr + 3 * n + j] += acc3;
        }
    }

    private static void transARow(float[] a, int ap, float[] b, int bo, float[] c, int cr, int m, int k, int n) {
        int vectorEnd = SPECIES.loopBound(n);
        int j = 0;
        for (; j < vectorEnd; j += SPECIES.length()) {
            FloatVector acc = FloatVector.zero(SPECIES);
            for (int i = 0; i < m; i++) {
                acc = FloatVector.fromArray(SPECIES, b, bo + i * n + j).fma(FloatVector.broadcast(SPECIES, a[ap + i * k]), acc);
            }
            addInto(acc, c, cr + j);
        }
        for (; j < n; j++) {
            float acc = 0f;
            for (int i = 0; i < m; i++) {
                acc = Math.fma(a[ap + i * k], b[bo + i * n + j], acc);
            }
            c[cr + j] += acc;
        }
    }

    /** {@link Kernels#dot}: lanes 0-7 of the partial sums in one register, lanes 8-15 in another. */
    static double dot(float[] x, float[] y) {
        int width = SPECIES.length();
        FloatVector low = FloatVector.zero(SPECIES);
        FloatVector high = low;
        int i = 0;
        for (; i + 2 * width <= x.length; i += 2 * width) {
            low = FloatVector.fromArray(SPECIES, x, i).fma(FloatVector.fromArray(SPECIES, y, i), low);
            high = FloatVector.fromArray(SPECIES, x, i + width).fma(FloatVector.fromArray(SPECIES, y, i + width), high);
        }
        float[] partial = new float[Kernels.DOT_LANES];
        low.intoArray(partial, 0);
        high.intoArray(partial, width);
        for (int lane = 0; i < x.length; i++, lane++) {
            partial[lane] = Math.fma(x[i], y[i], partial[lane]);
        }
        return Kernels.sumInOrder(partial);
    }

    private static void addInto(FloatVector acc, float[] c, int offset) {
        FloatVector.fromArray(SPECIES, c, offset).add(acc).intoArray(c, offset);
    }

    /**
     * {@link Kernels#reluGradient} eight lanes at a time: the sign of x picks g or 0 with a mask,
     * which a branch per element (half of them mispredicted) made 30 times slower.
     */
    static void reluGradient(float[] x, float[] g, float[] gx) {
        FloatVector zero = FloatVector.zero(SPECIES);
        int i = 0;
        for (; i < SPECIES.loopBound(x.length); i += SPECIES.length()) {
            FloatVector positive = FloatVector.fromArray(SPECIES, g, i);
            FloatVector chosen = zero.blend(positive, FloatVector.fromArray(SPECIES, x, i).compare(VectorOperators.GT, 0f));
            FloatVector.fromArray(SPECIES, gx, i).add(chosen).intoArray(gx, i);
        }
        Kernels.scalarReluGradient(x, g, gx, i);
    }

    /** {@code x[i] = log(x[i])} for i below n; the tail with {@code Math.log}. */
    static void log(double[] x, int n) {
        int i = 0;
        for (; i < DOUBLES.loopBound(n); i += DOUBLES.length()) {
            DoubleVector.fromArray(DOUBLES, x, i).lanewise(VectorOperators.LOG).intoArray(x, i);
        }
        for (; i < n; i++) {
            x[i] = Math.log(x[i]);
        }
    }

    /** {@code x[i] = exp(x[i])} for i below n; the tail with {@code Math.exp}. */
    static void exp(double[] x, int n) {
        int i = 0;
        for (; i < DOUBLES.loopBound(n); i += DOUBLES.length()) {
            DoubleVector.fromArray(DOUBLES, x, i).lanewise(VectorOperators.EXP).intoArray(x, i);
        }
        for (; i < n; i++) {
            x[i] = Math.exp(x[i]);
        }
    }

    /** {@code u[i] = -log(-log(u[i]))} for i below n: Gumbel draws from uniforms; the tail with {@code Math.log}. */
    static void gumbels(double[] u, int n) {
        int i = 0;
        for (; i < DOUBLES.loopBound(n); i += DOUBLES.length()) {
            DoubleVector.fromArray(DOUBLES, u, i).lanewise(VectorOperators.LOG).neg()
                    .lanewise(VectorOperators.LOG).neg().intoArray(u, i);
        }
        for (; i < n; i++) {
            u[i] = -Math.log(-Math.log(u[i]));
        }
    }
}
