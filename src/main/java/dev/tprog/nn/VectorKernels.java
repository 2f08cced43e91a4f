package dev.tprog.nn;

import jdk.incubator.vector.FloatVector;
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

    private VectorKernels() {}

    /**
     * {@code c[m,n] += a[m,k] · b[k,n]}: for each row and each block of 8 columns, one register
     * accumulates over p in order, then is added to c.
     */
    static void matmulAdd(float[] a, int ao, float[] b, int bo, float[] c, int co, int m, int k, int n) {
        int vectorEnd = SPECIES.loopBound(n);
        for (int i = 0; i < m; i++) {
            int ar = ao + i * k;
            int cr = co + i * n;
            int j = 0;
            for (; j < vectorEnd; j += SPECIES.length()) {
                FloatVector acc = FloatVector.zero(SPECIES);
                for (int p = 0; p < k; p++) {
                    acc = FloatVector.fromArray(SPECIES, b, bo + p * n + j).fma(FloatVector.broadcast(SPECIES, a[ar + p]), acc);
                }
                FloatVector.fromArray(SPECIES, c, cr + j).add(acc).intoArray(c, cr + j);
            }
            for (; j < n; j++) {
                float acc = 0f;
                for (int p = 0; p < k; p++) {
                    acc = Math.fma(a[ar + p], b[bo + p * n + j], acc);
                }
                c[cr + j] += acc;
            }
        }
    }

    /**
     * {@code c[k,n] += a[m,k]ᵀ · b[m,n]}: for each p and each block of 8 columns, one register
     * accumulates over the m rows in order, then is added to c.
     */
    static void matmulTransAAdd(float[] a, int ao, float[] b, int bo, float[] c, int co, int m, int k, int n) {
        int vectorEnd = SPECIES.loopBound(n);
        for (int p = 0; p < k; p++) {
            int cr = co + p * n;
            int j = 0;
            for (; j < vectorEnd; j += SPECIES.length()) {
                FloatVector acc = FloatVector.zero(SPECIES);
                for (int i = 0; i < m; i++) {
                    acc = FloatVector.fromArray(SPECIES, b, bo + i * n + j)
                            .fma(FloatVector.broadcast(SPECIES, a[ao + i * k + p]), acc);
                }
                FloatVector.fromArray(SPECIES, c, cr + j).add(acc).intoArray(c, cr + j);
            }
            for (; j < n; j++) {
                float acc = 0f;
                for (int i = 0; i < m; i++) {
                    acc = Math.fma(a[ao + i * k + p], b[bo + i * n + j], acc);
                }
                c[cr + j] += acc;
            }
        }
    }
}
