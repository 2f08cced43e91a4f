package dev.tprog.nn;

import java.util.List;

/**
 * Adam as {@code torch.optim.Adam} with its defaults (betas 0.9 and 0.999, eps 1e-8, no weight
 * decay), bias-corrected in torch's arithmetic order:
 * {@code m = b1·m + (1-b1)·g; v = b2·v + (1-b2)·g²;
 * p -= (lr / (1 - b1^t)) · m / (sqrt(v) / sqrt(1 - b2^t) + eps)}.
 * Moments are float; the bias corrections are computed in double.
 */
public final class Adam {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPS = 1e-8;

    /** A checkpoint of the optimiser: the step count and both moments, one array per parameter. */
    public record State(long step, float[][] m, float[][] v) {}

    private final List<Tensor> parameters;
    private final float lr;
    private final float[][] m;
    private final float[][] v;
    private long step;

    public Adam(List<Tensor> parameters, float lr) {
        this.parameters = List.copyOf(parameters);
        this.lr = lr;
        this.m = new float[this.parameters.size()][];
        this.v = new float[this.parameters.size()][];
        for (int p = 0; p < m.length; p++) {
            Tensor t = this.parameters.get(p);
            if (!t.requiresGrad()) {
                throw new IllegalArgumentException("Adam needs trainable parameters, got a constant " + t);
            }
            m[p] = new float[t.size()];
            v[p] = new float[t.size()];
        }
    }

    /** One update of every parameter's data from its gradient. */
    public void step() {
        step++;
        double bc1 = 1 - Math.pow(BETA1, step);
        double bc2Sqrt = Math.sqrt(1 - Math.pow(BETA2, step));
        float b1 = (float) BETA1;
        float b2 = (float) BETA2;
        float oneMinusB1 = (float) (1 - BETA1);
        float oneMinusB2 = (float) (1 - BETA2);
        float stepSize = (float) (lr / bc1);
        for (int p = 0; p < m.length; p++) {
            Tensor t = parameters.get(p);
            float[] x = t.data();
            float[] g = t.grad();
            float[] mp = m[p];
            float[] vp = v[p];
            for (int i = 0; i < x.length; i++) {
                mp[i] = b1 * mp[i] + oneMinusB1 * g[i];
                vp[i] = b2 * vp[i] + oneMinusB2 * (g[i] * g[i]);
                float denom = (float) (Math.sqrt(vp[i]) / bc2Sqrt + EPS);
                x[i] -= stepSize * mp[i] / denom;
            }
        }
    }

    /** Sets every parameter gradient to zero. */
    public void zeroGrad() {
        for (Tensor t : parameters) {
            java.util.Arrays.fill(t.grad(), 0f);
        }
    }

    /**
     * Scales all gradients by {@code maxNorm / (norm + 1e-6)} when that is below 1, where norm is
     * the global L2 norm over every parameter gradient (torch's {@code clip_grad_norm_}).
     *
     * @return the norm before clipping
     */
    public float clipGradNorm(float maxNorm) {
        double sumSquares = 0.0;
        for (Tensor t : parameters) {
            for (float g : t.grad()) {
                sumSquares += (double) g * g;
            }
        }
        float norm = (float) Math.sqrt(sumSquares);
        float coef = (float) (maxNorm / (norm + 1e-6));
        if (coef < 1f) {
            for (Tensor t : parameters) {
                float[] g = t.grad();
                for (int i = 0; i < g.length; i++) {
                    g[i] *= coef;
                }
            }
        }
        return norm;
    }

    /** A deep copy of the step count and both moments. */
    public State state() {
        return new State(step, deepCopy(m), deepCopy(v));
    }

    /** Restores a {@link #state()} taken from an optimiser over parameters of the same sizes. */
    public void restore(State s) {
        if (s.m().length != m.length || s.v().length != v.length) {
            throw new IllegalArgumentException(
                    "state has " + s.m().length + " parameters, this optimiser " + m.length);
        }
        for (int p = 0; p < m.length; p++) {
            if (s.m()[p].length != m[p].length || s.v()[p].length != v[p].length) {
                throw new IllegalArgumentException("state size differs at parameter " + p);
            }
        }
        for (int p = 0; p < m.length; p++) {
            System.arraycopy(s.m()[p], 0, m[p], 0, m[p].length);
            System.arraycopy(s.v()[p], 0, v[p], 0, v[p].length);
        }
        step = s.step();
    }

    private static float[][] deepCopy(float[][] a) {
        float[][] c = new float[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
