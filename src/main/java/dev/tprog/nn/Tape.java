package dev.tprog.nn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Records operations in the order they run and differentiates them in reverse.
 *
 * <p>Each public method is one operation: it checks shapes, computes its result, and — when the
 * result requires a gradient — records a closure with its local chain rule, which adds
 * ({@code +=}) into the gradients of those inputs that require one. Recording order is a
 * topological order of the graph, so {@link #backward} is a plain loop over the record from the
 * end: no graph walk, no recursion. A result requires a gradient iff some input does (the one
 * exception is the {@link Sampler#ARGMAX} sampler, whose result is a constant). Use one tape per
 * forward pass; op results from one tape must not feed another.
 *
 * <p>Numerics: data and gradients are float. Long sums — matrix inner products, sums over rows
 * of a bias gradient, softmax denominators, log-sum-exp, the cross-entropy total, the BOS
 * default's row sums, layer norm's statistics — are accumulated in double and rounded once. Softmax and log-softmax
 * subtract the row maximum. All loops run in a fixed order, so results are deterministic.
 */
public final class Tape {
    /** Masked attention logits; the reference's {@code masked_fill(-1e30)}. */
    static final float MASKED = -1e30f;
    /** The reference's smoothing in {@code log(S + 1e-20)}. */
    static final double LOG_EPS = 1e-20;
    /** The reference's smoothing in {@code any = s / (s + 1e-10)}. */
    static final float BOS_EPS = 1e-10f;

    private final List<Runnable> backwards = new ArrayList<>();
    /** The masks {@link #requireMask} has checked, by identity (a tensor's equality). */
    private final Set<Tensor> checkedMasks = new HashSet<>();
    private boolean differentiated;

    public Tape() {}

    /** Seeds {@code d loss / d loss = 1} and runs every recorded chain rule in reverse order (once per tape). */
    public void backward(Tensor scalarLoss) {
        if (scalarLoss.size() != 1) {
            throw new IllegalArgumentException("backward needs a one-element loss, got " + scalarLoss);
        }
        backwardFrom(scalarLoss, new float[] {1f});
    }

    /** Backward from any result, seeded with {@code seed} as its gradient (the gradient check uses it). */
    void backwardFrom(Tensor out, float[] seed) {
        if (!out.requiresGrad()) {
            throw new IllegalArgumentException("backward from a tensor that requires no gradient: " + out);
        }
        checkTape(out);
        if (differentiated) {
            throw new IllegalStateException("backward already ran on this tape; use a fresh tape per step");
        }
        float[] g = out.grad();
        for (int i = 0; i < g.length; i++) {
            g[i] += seed[i];
        }
        backwardFromGradients();
    }

    /**
     * Runs every recorded chain rule in reverse order, taking the gradients its callers have
     * already added into this tape's results (once per tape). A step that samples its choices on
     * one tape and differentiates each chunk of its batch on another ends here: the chunks' gradients
     * of the samples are added in, then this carries them back to the logits.
     */
    public void backwardFromGradients() {
        if (differentiated) {
            throw new IllegalStateException("backward already ran on this tape; use a fresh tape per step");
        }
        differentiated = true;
        for (int n = backwards.size() - 1; n >= 0; n--) {
            backwards.get(n).run();
        }
    }

    // ---------------------------------------------------------------- products

    /** {@code [m,k] x [k,n] -> [m,n]}. */
    public Tensor matmul(Tensor a, Tensor b) {
        requireRank(a, 2, "matmul a");
        requireRank(b, 2, "matmul b");
        int m = a.dim(0);
        int k = a.dim(1);
        int n = b.dim(1);
        if (b.dim(0) != k) {
            throw shapeError("matmul", a, b);
        }
        float[] c = new float[m * n];
        Kernels.matmulAdd(a.data(), 0, b.data(), 0, c, 0, m, k, n);
        Tensor out = result(c, new int[] {m, n}, a, b);
        record(out, () -> {
            float[] g = out.grad();
            if (a.requiresGrad()) { // dA[m,k] += dC[m,n] · B[k,n]ᵀ
                Kernels.matmulTransBAdd(g, 0, b.data(), 0, a.grad(), 0, m, n, k);
            }
            if (b.requiresGrad()) { // dB[k,n] += A[m,k]ᵀ · dC[m,n]
                Kernels.matmulTransAAdd(a.data(), 0, g, 0, b.grad(), 0, m, k, n);
            }
        });
        return out;
    }

    /** {@code [B,m,k] x [B,k,n] -> [B,m,n]}. */
    public Tensor bmm(Tensor a, Tensor b) {
        requireRank(a, 3, "bmm a");
        requireRank(b, 3, "bmm b");
        if (b.dim(0) != a.dim(0) || b.dim(1) != a.dim(2)) {
            throw shapeError("bmm", a, b);
        }
        int[] starts = equalStarts(a.dim(0), a.dim(1));
        return reshape(raggedBmm(reshape(a, a.dim(0) * a.dim(1), a.dim(2)), b, starts), a.dim(0), a.dim(1), b.dim(2));
    }

    /** {@code [B,m,k] x [B,n,k] -> [B,m,n]}, {@code out[b,i,j] = a[b,i,:] · b[b,j,:]}. */
    public Tensor bmmTransposed(Tensor a, Tensor b) {
        requireRank(a, 3, "bmmTransposed a");
        requireRank(b, 3, "bmmTransposed b");
        if (b.dim(0) != a.dim(0) || b.dim(2) != a.dim(2)) {
            throw shapeError("bmmTransposed", a, b);
        }
        int[] starts = equalStarts(a.dim(0), a.dim(1));
        return reshape(raggedBmmTransposed(reshape(a, a.dim(0) * a.dim(1), a.dim(2)), b, starts),
                a.dim(0), a.dim(1), b.dim(1));
    }

    /** Row offsets of B groups of m rows each. */
    private static int[] equalStarts(int batch, int m) {
        int[] starts = new int[batch + 1];
        for (int z = 0; z <= batch; z++) {
            starts[z] = z * m;
        }
        return starts;
    }

    /**
     * {@link #bmm} over groups of different sizes: rows {@code [starts[z], starts[z+1])} of
     * {@code a} ({@code [T,k]}) times {@code b[z]} ({@code [B,k,n]}), giving {@code [T,n]} (the
     * attention of sequences with different numbers of query positions). Each output is the
     * same sum as in bmm, and a group's gradient of {@code b[z]} sums over its own rows in order.
     */
    public Tensor raggedBmm(Tensor a, Tensor b, int[] starts) {
        requireRank(a, 2, "raggedBmm a");
        requireRank(b, 3, "raggedBmm b");
        int k = a.dim(1);
        int n = b.dim(2);
        requireGroups(starts, a, b, "raggedBmm");
        if (b.dim(1) != k) {
            throw shapeError("raggedBmm", a, b);
        }
        float[] c = new float[a.dim(0) * n];
        for (int z = 0; z + 1 < starts.length; z++) {
            Kernels.matmulAdd(a.data(), starts[z] * k, b.data(), z * k * n, c, starts[z] * n, starts[z + 1] - starts[z], k, n);
        }
        int[] groups = starts.clone();
        Tensor out = result(c, new int[] {a.dim(0), n}, a, b);
        record(out, () -> {
            float[] g = out.grad();
            for (int z = 0; z + 1 < groups.length; z++) {
                int m = groups[z + 1] - groups[z];
                if (a.requiresGrad()) { // dA[m,k] += dC[m,n] · B[k,n]ᵀ
                    Kernels.matmulTransBAdd(g, groups[z] * n, b.data(), z * k * n, a.grad(), groups[z] * k, m, n, k);
                }
                if (b.requiresGrad()) { // dB[k,n] += A[m,k]ᵀ · dC[m,n]
                    Kernels.matmulTransAAdd(a.data(), groups[z] * k, g, groups[z] * n, b.grad(), z * k * n, m, k, n);
                }
            }
        });
        return out;
    }

    /** {@link #bmmTransposed} over groups of different sizes, as {@link #raggedBmm}: {@code [T,k] x [B,n,k] -> [T,n]}. */
    public Tensor raggedBmmTransposed(Tensor a, Tensor b, int[] starts) {
        requireRank(a, 2, "raggedBmmTransposed a");
        requireRank(b, 3, "raggedBmmTransposed b");
        int k = a.dim(1);
        int n = b.dim(1);
        requireGroups(starts, a, b, "raggedBmmTransposed");
        if (b.dim(2) != k) {
            throw shapeError("raggedBmmTransposed", a, b);
        }
        float[] c = new float[a.dim(0) * n];
        for (int z = 0; z + 1 < starts.length; z++) {
            Kernels.matmulTransBAdd(a.data(), starts[z] * k, b.data(), z * n * k, c, starts[z] * n, starts[z + 1] - starts[z], k, n);
        }
        int[] groups = starts.clone();
        Tensor out = result(c, new int[] {a.dim(0), n}, a, b);
        record(out, () -> {
            float[] g = out.grad();
            for (int z = 0; z + 1 < groups.length; z++) {
                int m = groups[z + 1] - groups[z];
                if (a.requiresGrad()) { // dA[m,k] += dC[m,n] · B[n,k]
                    Kernels.matmulAdd(g, groups[z] * n, b.data(), z * n * k, a.grad(), groups[z] * k, m, n, k);
                }
                if (b.requiresGrad()) { // dB[n,k] += dC[m,n]ᵀ · A[m,k]
                    Kernels.matmulTransAAdd(g, groups[z] * n, a.data(), groups[z] * k, b.grad(), z * n * k, m, n, k);
                }
            }
        });
        return out;
    }

    /** {@code starts}: one group per batch element of b, from row 0 to a's last row, never decreasing. */
    private static void requireGroups(int[] starts, Tensor a, Tensor b, String op) {
        boolean valid = starts.length == b.dim(0) + 1 && starts[0] == 0 && starts[b.dim(0)] == a.dim(0);
        for (int z = 0; valid && z < b.dim(0); z++) {
            valid = starts[z] <= starts[z + 1];
        }
        if (!valid) {
            throw new IllegalArgumentException(op + ": groups " + java.util.Arrays.toString(starts) + " do not cut the "
                    + a.dim(0) + " rows of " + a + " into " + b.dim(0));
        }
    }

    // ---------------------------------------------------------------- elementwise

    /** {@code a + b}, same shape. */
    public Tensor add(Tensor a, Tensor b) {
        requireSameShape("add", a, b);
        float[] x = a.data();
        float[] y = b.data();
        float[] c = new float[x.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = x[i] + y[i];
        }
        Tensor out = result(c, a.shape(), a, b);
        record(out, () -> {
            float[] g = out.grad();
            if (a.requiresGrad()) {
                addInto(a.grad(), g);
            }
            if (b.requiresGrad()) {
                addInto(b.grad(), g);
            }
        });
        return out;
    }

    /**
     * {@code x · w + b}, {@code [m,k] x [k,n] + [n] -> [m,n]}: a layer of an MLP. The output
     * starts as the bias and the product is added to it, which gives the bits of a product
     * followed by a bias add without the intermediate array.
     */
    public Tensor linear(Tensor x, Tensor w, Tensor b) {
        requireRank(x, 2, "linear x");
        requireRank(w, 2, "linear w");
        requireRank(b, 1, "linear b");
        int m = x.dim(0);
        int k = x.dim(1);
        int n = w.dim(1);
        if (w.dim(0) != k || b.dim(0) != n) {
            throw new IllegalArgumentException("linear: shapes " + x + ", " + w + " and " + b + " do not fit");
        }
        float[] c = new float[m * n];
        for (int o = 0; o < c.length; o += n) {
            System.arraycopy(b.data(), 0, c, o, n);
        }
        Kernels.matmulAdd(x.data(), 0, w.data(), 0, c, 0, m, k, n);
        Tensor out = result(c, new int[] {m, n}, x, w, b);
        record(out, () -> {
            float[] g = out.grad();
            if (x.requiresGrad()) { // dx[m,k] += g[m,n] · w[k,n]ᵀ
                Kernels.matmulTransBAdd(g, 0, w.data(), 0, x.grad(), 0, m, n, k);
            }
            if (w.requiresGrad()) { // dw[k,n] += xᵀ · g
                Kernels.matmulTransAAdd(x.data(), 0, g, 0, w.grad(), 0, m, k, n);
            }
            if (b.requiresGrad()) { // d b[j] = sum over rows of g[row, j]
                double[] acc = new double[n];
                for (int o = 0; o < g.length; o += n) {
                    for (int j = 0; j < n; j++) {
                        acc[j] += g[o + j];
                    }
                }
                float[] gb = b.grad();
                for (int j = 0; j < n; j++) {
                    gb[j] += (float) acc[j];
                }
            }
        });
        return out;
    }

    /** {@code a ⊙ b}, same shape. */
    public Tensor mul(Tensor a, Tensor b) {
        requireSameShape("mul", a, b);
        float[] x = a.data();
        float[] y = b.data();
        float[] c = new float[x.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = x[i] * y[i];
        }
        Tensor out = result(c, a.shape(), a, b);
        record(out, () -> {
            float[] g = out.grad();
            if (a.requiresGrad()) {
                float[] ga = a.grad();
                for (int i = 0; i < g.length; i++) {
                    ga[i] += g[i] * y[i];
                }
            }
            if (b.requiresGrad()) {
                float[] gb = b.grad();
                for (int i = 0; i < g.length; i++) {
                    gb[i] += g[i] * x[i];
                }
            }
        });
        return out;
    }

    /** {@code s · a}. */
    public Tensor scale(Tensor a, float s) {
        float[] x = a.data();
        float[] c = new float[x.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = x[i] * s;
        }
        Tensor out = result(c, a.shape(), a);
        record(out, () -> {
            float[] g = out.grad();
            float[] ga = a.grad();
            for (int i = 0; i < g.length; i++) {
                ga[i] += g[i] * s;
            }
        });
        return out;
    }

    /** {@code max(a, 0)}; the gradient at 0 is 0. */
    public Tensor relu(Tensor a) {
        float[] x = a.data();
        float[] c = new float[x.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = Math.max(x[i], 0f); // branch-free: about half the signs are negative, unpredictably
        }
        Tensor out = result(c, a.shape(), a);
        record(out, () -> Kernels.reluGradient(x, out.grad(), a.grad()));
        return out;
    }

    /**
     * Layer normalisation over the last axis, as {@code torch.nn.LayerNorm}: {@code (x - mean) /
     * sqrt(var + eps) · weight + bias}, with the biased variance; mean and variance in double.
     * Weight and bias {@code [n]} for rows of width n.
     */
    public Tensor layerNorm(Tensor x, Tensor weight, Tensor bias, float eps) {
        int n = requireLastAxis(x, "layerNorm");
        requireRank(weight, 1, "layerNorm weight");
        requireRank(bias, 1, "layerNorm bias");
        if (weight.dim(0) != n || bias.dim(0) != n) {
            throw new IllegalArgumentException("layerNorm: " + weight + " and " + bias + " do not fit rows of " + x);
        }
        float[] in = x.data();
        float[] w = weight.data();
        float[] b = bias.data();
        float[] normalised = new float[in.length]; // (x - mean) / sigma, kept for the backward pass
        float[] inverse = new float[in.length / n]; // 1 / sigma per row
        float[] y = new float[in.length];
        for (int r = 0, o = 0; o < in.length; r++, o += n) {
            double mean = 0.0;
            for (int j = 0; j < n; j++) {
                mean += in[o + j];
            }
            mean /= n;
            double variance = 0.0;
            for (int j = 0; j < n; j++) {
                double d = in[o + j] - mean;
                variance += d * d;
            }
            double inv = 1.0 / Math.sqrt(variance / n + eps);
            inverse[r] = (float) inv;
            for (int j = 0; j < n; j++) {
                normalised[o + j] = (float) ((in[o + j] - mean) * inv);
                y[o + j] = normalised[o + j] * w[j] + b[j];
            }
        }
        Tensor out = result(y, x.shape(), x, weight, bias);
        record(out, () -> {
            float[] g = out.grad();
            if (x.requiresGrad()) { // dx = (gw - mean(gw) - xhat · mean(gw ⊙ xhat)) / sigma, gw = g ⊙ weight
                float[] gx = x.grad();
                for (int r = 0, o = 0; o < g.length; r++, o += n) {
                    double sum = 0.0;
                    double dot = 0.0;
                    for (int j = 0; j < n; j++) {
                        double gw = (double) g[o + j] * w[j];
                        sum += gw;
                        dot += gw * normalised[o + j];
                    }
                    double meanG = sum / n;
                    double meanDot = dot / n;
                    for (int j = 0; j < n; j++) {
                        gx[o + j] += (float) (inverse[r] * ((double) g[o + j] * w[j] - meanG - normalised[o + j] * meanDot));
                    }
                }
            }
            if (weight.requiresGrad() || bias.requiresGrad()) { // sums over rows of g ⊙ xhat and of g
                double[] gw = new double[n];
                double[] gb = new double[n];
                for (int o = 0; o < g.length; o += n) {
                    for (int j = 0; j < n; j++) {
                        gw[j] += (double) g[o + j] * normalised[o + j];
                        gb[j] += g[o + j];
                    }
                }
                for (int j = 0; j < n; j++) {
                    if (weight.requiresGrad()) {
                        weight.grad()[j] += (float) gw[j];
                    }
                    if (bias.requiresGrad()) {
                        bias.grad()[j] += (float) gb[j];
                    }
                }
            }
        });
        return out;
    }

    // ---------------------------------------------------------------- softmax family

    /** Log-softmax over the last axis. */
    public Tensor logSoftmax(Tensor a) {
        int n = requireLastAxis(a, "logSoftmax");
        float[] y = new float[a.size()];
        Transcendentals.logSoftmaxRows(a.data(), y, n);
        Tensor out = result(y, a.shape(), a);
        record(out, () -> Transcendentals.logSoftmaxGradient(y, out.grad(), a.grad(), n)); // g - softmax · sum(g)
        return out;
    }

    /** Softmax over the last axis. */
    public Tensor softmax(Tensor a) {
        int n = requireLastAxis(a, "softmax");
        float[] y = new float[a.size()];
        Transcendentals.softmaxRows(a.data(), y, n);
        Tensor out = result(y, a.shape(), a);
        record(out, () -> softmaxBackward(y, out.grad(), a.grad(), n, 1f));
        return out;
    }

    /**
     * A categorical sample over the last axis (the reference's {@code sample_fn}); see
     * {@link Sampler} for the four kinds. SOFT and HARD draw one uniform per element, in
     * row-major order, and use {@code g = -log(-log(u))}; elements at the attention mask's value
     * ({@link #attentionLogits}) draw none.
     */
    public Tensor gumbelSoftmax(Tensor logits, float tau, Sampler sampler, NoiseSource noise) {
        int n = requireLastAxis(logits, "gumbelSoftmax");
        float[] x = logits.data();
        int size = x.length;
        if (sampler == Sampler.ARGMAX) { // a constant: no gradient flows back
            float[] hard = new float[size];
            for (int o = 0; o < size; o += n) {
                hard[o + Kernels.argmaxRow(x, o, n)] = 1f;
            }
            return new Tensor(hard, logits.shape(), false, this);
        }
        if (!(tau > 0f)) {
            throw new IllegalArgumentException("gumbelSoftmax needs tau > 0, got " + tau);
        }
        float[] soft = new float[size];
        int[] argmax = sampler == Sampler.HARD ? new int[size / n] : null;
        if (sampler == Sampler.SOFTMAX) {
            float[] z = new float[size];
            for (int i = 0; i < size; i++) {
                z[i] = x[i] / tau;
            }
            Transcendentals.softmaxRows(z, soft, n);
        } else if (noise == null) {
            throw new IllegalArgumentException("gumbelSoftmax " + sampler + " needs a noise source");
        } else {
            GumbelSoftmax.sample(x, tau, noise, MASKED, n, soft, argmax);
        }
        float[] value = soft;
        if (argmax != null) { // straight-through: one-hot forward, soft gradient
            value = new float[size];
            for (int r = 0; r < argmax.length; r++) {
                value[r * n + argmax[r]] = 1f;
            }
        }
        Tensor out = result(value, logits.shape(), logits);
        record(out, () -> softmaxBackward(soft, out.grad(), logits.grad(), n, 1f / tau));
        return out;
    }

    /** {@code gx += scale · y ⊙ (g - sum(g ⊙ y))} row by row: the softmax chain rule. */
    private static void softmaxBackward(float[] y, float[] g, float[] gx, int n, float scale) {
        for (int o = 0; o < y.length; o += n) {
            double dot = 0.0;
            for (int j = 0; j < n; j++) {
                dot += (double) g[o + j] * y[o + j];
            }
            for (int j = 0; j < n; j++) {
                gx[o + j] += (float) (scale * y[o + j] * (g[o + j] - dot));
            }
        }
    }

    // ---------------------------------------------------------------- layout

    /** Concatenation along the last axis; all other axes must agree. */
    public Tensor concatLast(List<Tensor> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("concatLast needs at least one part");
        }
        Tensor first = parts.get(0);
        int rank = first.rank();
        if (rank < 1) {
            throw new IllegalArgumentException("concatLast needs rank >= 1, got " + first);
        }
        int rows = 1;
        for (int d = 0; d < rank - 1; d++) {
            rows *= first.dim(d);
        }
        int[] widths = new int[parts.size()];
        int total = 0;
        for (int p = 0; p < parts.size(); p++) {
            Tensor t = parts.get(p);
            if (t.rank() != rank) {
                throw shapeError("concatLast", first, t);
            }
            for (int d = 0; d < rank - 1; d++) {
                if (t.dim(d) != first.dim(d)) {
                    throw shapeError("concatLast", first, t);
                }
            }
            widths[p] = t.last();
            total += widths[p];
        }
        float[] c = new float[rows * total];
        int offset = 0;
        for (int p = 0; p < parts.size(); p++) {
            float[] src = parts.get(p).data();
            int w = widths[p];
            for (int r = 0; r < rows; r++) {
                System.arraycopy(src, r * w, c, r * total + offset, w);
            }
            offset += w;
        }
        int[] shape = first.shape();
        shape[rank - 1] = total;
        List<Tensor> inputs = List.copyOf(parts);
        Tensor out = result(c, shape, inputs.toArray(new Tensor[0]));
        final int nRows = rows;
        final int nTotal = total;
        record(out, () -> {
            float[] g = out.grad();
            int off = 0;
            for (int p = 0; p < inputs.size(); p++) {
                Tensor t = inputs.get(p);
                int w = widths[p];
                if (t.requiresGrad()) {
                    float[] gt = t.grad();
                    for (int r = 0; r < nRows; r++) {
                        for (int j = 0; j < w; j++) {
                            gt[r * w + j] += g[r * nTotal + off + j];
                        }
                    }
                }
                off += w;
            }
        });
        return out;
    }

    /**
     * The same values in a new shape with the same element count: a view that shares {@code a}'s
     * values and gradient, so nothing is copied and nothing is recorded (a gradient added to the
     * view is added to {@code a}'s).
     */
    public Tensor reshape(Tensor a, int... shape) {
        checkTape(a);
        return a.reshaped(shape);
    }

    /**
     * Row {@code ids[t]} of {@code table} for each t: {@code [V, n]} and T ids give {@code [T, n]}
     * (a learned embedding's logits of each position's token). The gradient of a row used
     * several times is the sum of its uses', added in the order of {@code ids}.
     */
    public Tensor gatherRows(Tensor table, int[] ids) {
        requireRank(table, 2, "gatherRows table");
        int rows = table.dim(0);
        int n = table.dim(1);
        float[] w = table.data();
        float[] out = new float[ids.length * n];
        for (int t = 0; t < ids.length; t++) {
            if (ids[t] < 0 || ids[t] >= rows) {
                throw new IllegalArgumentException("gatherRows: id " + ids[t] + " is not a row of " + table);
            }
            System.arraycopy(w, ids[t] * n, out, t * n, n);
        }
        int[] rowsUsed = ids.clone();
        Tensor result = result(out, new int[] {ids.length, n}, table);
        record(result, () -> {
            float[] g = result.grad();
            float[] gw = table.grad();
            for (int t = 0; t < rowsUsed.length; t++) {
                for (int j = 0; j < n; j++) {
                    gw[rowsUsed[t] * n + j] += g[t * n + j];
                }
            }
        });
        return result;
    }

    /**
     * The inverse of {@link #gatherRows} for distinct ids: {@code [T, n]} rows placed at rows
     * {@code ids[t]} of a {@code [rows, n]} tensor whose other rows are 0 (what a computation
     * done on some rows only gives back to the whole).
     */
    public Tensor scatterRows(Tensor values, int[] ids, int rows) {
        requireRank(values, 2, "scatterRows values");
        if (values.dim(0) != ids.length) {
            throw new IllegalArgumentException("scatterRows: " + ids.length + " ids for " + values);
        }
        int n = values.dim(1);
        float[] v = values.data();
        float[] out = new float[rows * n];
        boolean[] used = new boolean[rows];
        for (int t = 0; t < ids.length; t++) {
            if (ids[t] < 0 || ids[t] >= rows || used[ids[t]]) {
                throw new IllegalArgumentException("scatterRows: id " + ids[t] + " is not a free row of " + rows);
            }
            used[ids[t]] = true;
            System.arraycopy(v, t * n, out, ids[t] * n, n);
        }
        int[] rowsUsed = ids.clone();
        Tensor result = result(out, new int[] {rows, n}, values);
        record(result, () -> {
            float[] g = result.grad();
            float[] gv = values.grad();
            for (int t = 0; t < rowsUsed.length; t++) {
                for (int j = 0; j < n; j++) {
                    gv[t * n + j] += g[rowsUsed[t] * n + j];
                }
            }
        });
        return result;
    }

    /**
     * {@code sum_a weights[a] · variables[a]}: weights {@code [m]}, m variables of one shape S,
     * result of shape S (the reference's read of one variable out of m).
     *
     * <p>A variable whose weight is exactly 0 is skipped, in the sum and in its own gradient (the
     * weight's gradient is still taken): late in training a sampled read is mostly exactly
     * one-hot. That keeps every bit for finite values: the term is a zero, and a sum that starts
     * at +0 and only accumulates is never -0, so adding a zero of either sign leaves it as it is.
     */
    public Tensor mix(Tensor weights, List<Tensor> variables) {
        requireRank(weights, 1, "mix weights");
        int m = weights.dim(0);
        if (variables.size() != m || m == 0) {
            throw new IllegalArgumentException(
                    "mix needs one weight per variable, got " + weights + " and " + variables.size() + " variables");
        }
        List<Tensor> vars = List.copyOf(variables);
        Tensor first = vars.get(0);
        for (Tensor v : vars) {
            requireSameShape("mix", first, v);
        }
        float[] w = weights.data();
        float[] c = new float[first.size()];
        for (int a = 0; a < m; a++) {
            float wa = w[a];
            if (wa == 0f) { // adds nothing, not even a zero's sign (above)
                continue;
            }
            float[] v = vars.get(a).data();
            for (int i = 0; i < c.length; i++) {
                c[i] += wa * v[i];
            }
        }
        Tensor[] inputs = new Tensor[m + 1];
        inputs[0] = weights;
        for (int a = 0; a < m; a++) {
            inputs[a + 1] = vars.get(a);
        }
        Tensor out = result(c, first.shape(), inputs);
        record(out, () -> {
            float[] g = out.grad();
            for (int a = 0; a < m; a++) {
                Tensor va = vars.get(a);
                float[] v = va.data();
                if (weights.requiresGrad()) { // d w[a] = sum(g ⊙ v_a)
                    weights.grad()[a] += (float) Kernels.dot(g, v);
                }
                float wa = w[a];
                if (va.requiresGrad() && wa != 0f) { // d v_a = w[a] · g
                    float[] gv = va.grad();
                    for (int i = 0; i < g.length; i++) {
                        gv[i] += wa * g[i];
                    }
                }
            }
        });
        return out;
    }

    // ---------------------------------------------------------------- attention

    /**
     * The reference's "attend to BOS when nothing matches": scores {@code [B,N,N]} (query i, key
     * j) in [0,1] and a constant 0/1 mask of the same shape. With {@code s = sum_j mask · scores}
     * and {@code any = s / (s + 1e-10)} (in float, as the reference), the result is the scores
     * plus {@code relu(1 - any)} at key column 0. The gradient flows through s as well.
     */
    public Tensor bosDefault(Tensor scores, Tensor mask) {
        return bosDefault(scores, mask, BOS_EPS);
    }

    /** {@link #bosDefault(Tensor, Tensor)} with the smoothing constant as a parameter (tests use a large one). */
    Tensor bosDefault(Tensor scores, Tensor mask, float eps) {
        requireRank(scores, 3, "bosDefault scores");
        requireSameShape("bosDefault", scores, mask);
        requireMask(mask, "bosDefault");
        int n = scores.last();
        float[] x = scores.data();
        float[] mk = mask.data();
        float[] c = x.clone();
        int rows = x.length / Math.max(n, 1);
        float[] slope = new float[rows]; // d relu(1 - any) / d s, per (b, i)
        for (int r = 0; r < rows; r++) {
            int o = r * n;
            double s = 0.0;
            for (int j = 0; j < n; j++) {
                s += (double) mk[o + j] * x[o + j];
            }
            float sf = (float) s;
            float any = sf / (sf + eps);
            float missing = 1f - any;
            if (missing > 0f) {
                c[o] += missing;
                double d = (double) sf + eps;
                slope[r] = (float) (-eps / (d * d));
            }
        }
        Tensor out = result(c, scores.shape(), scores, mask);
        record(out, () -> {
            float[] g = out.grad();
            float[] gx = scores.grad();
            for (int r = 0; r < rows; r++) {
                int o = r * n;
                float back = g[o] * slope[r]; // through s: d s / d x[j] = mask[j]
                for (int j = 0; j < n; j++) {
                    gx[o + j] += g[o + j] + back * mk[o + j];
                }
            }
        });
        return out;
    }

    /**
     * Fused attention logits: {@code (log(scores + 1e-20) + bias[i,j]) · scale} where
     * {@code mask[b,i,j] == 1}, and {@code -1e30} (no gradient) where it is 0. Scores and mask
     * {@code [B,N,N]}; bias {@code [N,N]} and mask are constants.
     */
    public Tensor attentionLogits(Tensor scores, Tensor bias, Tensor mask, float scale) {
        requireRank(scores, 3, "attentionLogits scores");
        requireSameShape("attentionLogits", scores, mask);
        requireMask(mask, "attentionLogits");
        requireRank(bias, 2, "attentionLogits bias");
        int nq = scores.dim(1);
        int nk = scores.dim(2);
        if (bias.dim(0) != nq || bias.dim(1) != nk) {
            throw shapeError("attentionLogits", scores, bias);
        }
        if (bias.requiresGrad()) {
            throw new IllegalArgumentException("attentionLogits takes a constant bias, got " + bias);
        }
        float[] x = scores.data();
        float[] bs = bias.data();
        float[] mk = mask.data();
        float[] c = new float[x.length];
        Transcendentals.attentionLogits(x, bs, mk, LOG_EPS, scale, MASKED, c);
        Tensor out = result(c, scores.shape(), scores);
        record(out, () -> {
            float[] g = out.grad();
            float[] gx = scores.grad();
            for (int i = 0; i < g.length; i++) {
                if (mk[i] != 0f) {
                    gx[i] += (float) (g[i] * (double) scale / (x[i] + LOG_EPS));
                }
            }
        });
        return out;
    }

    /**
     * The logits of masked softmax attention: {@code scale · scores} where {@code mask == 1}, and
     * {@code -1e30} (no gradient) where it is 0, so a softmax gives those keys probability 0.
     * Scores and a constant mask of the same shape.
     */
    public Tensor maskedScale(Tensor scores, Tensor mask, float scale) {
        requireSameShape("maskedScale", scores, mask);
        requireMask(mask, "maskedScale");
        float[] x = scores.data();
        float[] mk = mask.data();
        float[] c = new float[x.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = mk[i] != 0f ? x[i] * scale : MASKED;
        }
        Tensor out = result(c, scores.shape(), scores);
        record(out, () -> {
            float[] g = out.grad();
            float[] gx = scores.grad();
            for (int i = 0; i < g.length; i++) {
                if (mk[i] != 0f) {
                    gx[i] += g[i] * scale;
                }
            }
        });
        return out;
    }

    // ---------------------------------------------------------------- loss

    /**
     * {@code sum_t weights[t] · -logSoftmax(logits[t])[targets[t]]} over logits {@code [T,C]},
     * skipping {@code targets[t] == -1}; result {@code [1]}.
     */
    public Tensor crossEntropy(Tensor logits, int[] targets, float[] weights) {
        requireRank(logits, 2, "crossEntropy logits");
        int rows = logits.dim(0);
        int n = logits.dim(1);
        if (targets.length != rows || weights.length != rows) {
            throw new IllegalArgumentException("crossEntropy needs " + rows + " targets and weights, got "
                    + targets.length + " and " + weights.length);
        }
        float[] x = logits.data();
        double[] lse = new double[rows];
        double loss = 0.0;
        for (int t = 0; t < rows; t++) {
            int y = targets[t];
            if (y == -1) {
                continue;
            }
            if (y < 0 || y >= n) {
                throw new IllegalArgumentException("target " + y + " at row " + t + " is outside [0," + n + ")");
            }
            lse[t] = Kernels.logSumExp(x, t * n, n);
            loss -= weights[t] * (x[t * n + y] - lse[t]);
        }
        int[] targetsCopy = targets.clone();
        float[] weightsCopy = weights.clone();
        Tensor out = result(new float[] {(float) loss}, new int[] {1}, logits);
        record(out, () -> { // d logits[t] = g · w[t] · (softmax(logits[t]) - onehot(y))
            float g = out.grad()[0];
            float[] gx = logits.grad();
            for (int t = 0; t < rows; t++) {
                int y = targetsCopy[t];
                if (y == -1) {
                    continue;
                }
                double coef = (double) g * weightsCopy[t];
                int o = t * n;
                for (int j = 0; j < n; j++) {
                    gx[o + j] += (float) (coef * Math.exp((double) x[o + j] - lse[t]));
                }
                gx[o + y] -= (float) coef;
            }
        });
        return out;
    }

    // ---------------------------------------------------------------- helpers

    private Tensor result(float[] data, int[] shape, Tensor... inputs) {
        boolean requiresGrad = false;
        for (Tensor t : inputs) {
            checkTape(t);
            requiresGrad |= t.requiresGrad();
        }
        return new Tensor(data, shape, requiresGrad, this);
    }

    private void record(Tensor out, Runnable backward) {
        if (out.requiresGrad()) {
            if (differentiated) {
                throw new IllegalStateException("this tape has already been differentiated");
            }
            backwards.add(backward);
        }
    }

    private void checkTape(Tensor t) {
        if (t.requiresGrad() && t.tape != null && t.tape != this) {
            throw new IllegalArgumentException("tensor " + t + " was made on another tape");
        }
    }

    private static void addInto(float[] target, float[] g) {
        for (int i = 0; i < g.length; i++) {
            target[i] += g[i];
        }
    }

    private static void requireRank(Tensor t, int rank, String what) {
        if (t.rank() != rank) {
            throw new IllegalArgumentException(what + " must have rank " + rank + ", got " + t);
        }
    }

    private static int requireLastAxis(Tensor t, String what) {
        if (t.rank() < 1 || t.last() == 0) {
            throw new IllegalArgumentException(what + " needs a non-empty last axis, got " + t);
        }
        return t.last();
    }

    private static void requireSameShape(String op, Tensor a, Tensor b) {
        if (!Arrays.equals(a.shape(), b.shape())) {
            throw shapeError(op, a, b);
        }
    }

    /**
     * Checks a mask once per tape: every head of a pass takes the same one, and scanning it for
     * each was a percent of a step.
     */
    private void requireMask(Tensor mask, String op) {
        if (mask.requiresGrad()) {
            throw new IllegalArgumentException(op + " takes a constant mask, got " + mask);
        }
        if (checkedMasks.contains(mask)) {
            return;
        }
        for (float v : mask.data()) {
            if (v != 0f && v != 1f) {
                throw new IllegalArgumentException(op + " mask values must be 0 or 1, got " + v);
            }
        }
        checkedMasks.add(mask);
    }

    private static IllegalArgumentException shapeError(String op, Tensor a, Tensor b) {
        return new IllegalArgumentException(
                op + ": incompatible shapes " + Arrays.toString(a.shape()) + " and " + Arrays.toString(b.shape()));
    }
}
