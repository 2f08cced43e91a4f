package dev.tprog.model;

import dev.tprog.nn.Tape;
import dev.tprog.nn.Tensor;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A batch of encoded sequences padded to the model's length N: token ids (0 = {@code <pad>}),
 * target class per position (-1 = not scored), and the constant tensors every forward pass
 * needs — the token one-hot logits, the position one-hots, ones, and the attention mask.
 */
public final class Batch {
    final int size;
    final int length;
    final int[] tokens;
    final int[] targets;
    /** The reference's frozen one-hot embedding logits, 20 at the token's value and -10 elsewhere: [B, N, k]. */
    final Tensor tokenLogits;
    /** Position p as value p: [B, N, k]. */
    final Tensor positions;
    /** 1 at every position (the {@code --count_only} numerical input): [B, N, 1]. */
    final Tensor ones;
    /** 1 where query i may see key j: both real tokens, and j <= i when causal: [B, N, N]. */
    final Tensor mask;
    /**
     * The positions {@code b * N + i} that hold a token, in order: a position-wise computation
     * done on these rows only gives the same values there, and the padding's rows feed no loss
     * (its keys are masked, its labels unscored), so their gradients are exact zeros either way.
     */
    final int[] liveRows;
    /** Sequence b's live rows are {@code liveRows[liveStarts[b] .. liveStarts[b+1])}: [B + 1]. */
    final int[] liveStarts;
    /** The mask's rows of the live query positions: [1, T, N] for T live rows. */
    final Tensor liveMask;
    /** The sequence passes of the training step this batch is part of: the loss averages over them. */
    private final int stepSize;
    private final LossAggregation lossAggregation;

    /** A batch whose loss is the reference's default, {@code per_token}. */
    public Batch(List<int[]> tokenRows, List<int[]> targetRows, int length, int k, boolean causal) {
        this(tokenRows, targetRows, length, k, causal, LossAggregation.PER_TOKEN);
    }

    public Batch(List<int[]> tokenRows, List<int[]> targetRows, int length, int k, boolean causal,
            LossAggregation lossAggregation) {
        this.size = tokenRows.size();
        this.length = length;
        this.tokens = new int[size * length];
        this.targets = new int[size * length];
        java.util.Arrays.fill(targets, -1);
        float[] logits = new float[size * length * k];
        float[] onehotPositions = new float[size * length * k];
        float[] mask = new float[size * length * length];
        float[] ones = new float[size * length];
        java.util.Arrays.fill(ones, 1f);
        for (int b = 0; b < size; b++) {
            int[] row = tokenRows.get(b);
            for (int i = 0; i < length; i++) {
                int t = b * length + i;
                tokens[t] = i < row.length ? row[i] : 0;
                targets[t] = i < row.length ? targetRows.get(b)[i] : -1;
                for (int v = 0; v < k; v++) {
                    logits[t * k + v] = v == tokens[t] ? 20f : -10f;
                }
                onehotPositions[t * k + i] = 1f;
            }
            for (int i = 0; i < length; i++) {
                for (int j = 0; j < length; j++) {
                    boolean visible = tokens[b * length + i] != 0 && tokens[b * length + j] != 0 && (!causal || j <= i);
                    mask[(b * length + i) * length + j] = visible ? 1f : 0f;
                }
            }
        }
        this.tokenLogits = Tensor.of(logits, size, length, k);
        this.positions = Tensor.of(onehotPositions, size, length, k);
        this.ones = Tensor.of(ones, size, length, 1);
        this.mask = Tensor.of(mask, size, length, length);
        this.liveRows = liveRows(tokens);
        this.liveStarts = liveStarts(liveRows, size, length);
        this.liveMask = Tensor.of(gather(this.mask.data(), liveRows, length), 1, liveRows.length, length);
        this.stepSize = size;
        this.lossAggregation = lossAggregation;
    }

    private Batch(Batch whole, int from, int to, int samples) {
        this.size = to - from;
        this.length = whole.length;
        this.tokens = java.util.Arrays.copyOfRange(whole.tokens, from * length, to * length);
        this.targets = java.util.Arrays.copyOfRange(whole.targets, from * length, to * length);
        this.tokenLogits = rows(whole.tokenLogits, from, to);
        this.positions = rows(whole.positions, from, to);
        this.ones = rows(whole.ones, from, to);
        this.mask = rows(whole.mask, from, to);
        this.liveRows = liveRows(tokens);
        this.liveStarts = liveStarts(liveRows, size, length);
        this.liveMask = Tensor.of(gather(this.mask.data(), liveRows, length), 1, liveRows.length, length);
        this.stepSize = whole.stepSize * samples;
        this.lossAggregation = whole.lossAggregation;
    }

    /**
     * Sequences {@code [from, to)} as a batch of their own whose loss still averages over this
     * batch, when the step passes every sequence {@code samples} times (with different noise).
     */
    Batch slice(int from, int to, int samples) {
        return new Batch(this, from, to, samples);
    }

    /**
     * A position-wise {@code computation} of {@code rows} ([B * N, n]) done on the rows that hold
     * a token only, its result 0 at the padding's rows (see {@link #liveRows}).
     */
    Tensor onLiveRows(Tape tape, Tensor rows, UnaryOperator<Tensor> computation) {
        return fromLiveRows(tape, computation.apply(liveRowsOf(tape, rows)));
    }

    /** The live rows [T, n] of {@code rows} [B * N, n]. */
    Tensor liveRowsOf(Tape tape, Tensor rows) {
        return liveRows.length == rows.dim(0) ? rows : tape.gatherRows(rows, liveRows);
    }

    /** Live rows [T, n] put back in place: [B * N, n], 0 at the padding's rows. */
    Tensor fromLiveRows(Tape tape, Tensor live) {
        return liveRows.length == size * length ? live : tape.scatterRows(live, liveRows, size * length);
    }

    /** The rows of an [N, N] position table ({@code plane}) at the live rows' positions: [T, N]. */
    Tensor livePositionRows(Tensor plane) {
        int[] positions = new int[liveRows.length];
        for (int t = 0; t < positions.length; t++) {
            positions[t] = liveRows[t] % length;
        }
        return Tensor.of(gather(plane.data(), positions, length), liveRows.length, length);
    }

    private static float[] gather(float[] table, int[] rows, int width) {
        float[] out = new float[rows.length * width];
        for (int t = 0; t < rows.length; t++) {
            System.arraycopy(table, rows[t] * width, out, t * width, width);
        }
        return out;
    }

    private static int[] liveStarts(int[] liveRows, int size, int length) {
        int[] starts = new int[size + 1];
        for (int row : liveRows) {
            starts[row / length + 1]++;
        }
        for (int b = 0; b < size; b++) {
            starts[b + 1] += starts[b];
        }
        return starts;
    }

    private static int[] liveRows(int[] tokens) {
        return java.util.stream.IntStream.range(0, tokens.length).filter(t -> tokens[t] != 0).toArray();
    }

    private static Tensor rows(Tensor whole, int from, int to) {
        int[] shape = whole.shape();
        int perSequence = whole.size() / shape[0];
        shape[0] = to - from;
        return Tensor.of(java.util.Arrays.copyOfRange(whole.data(), from * perSequence, to * perSequence), shape);
    }

    public int size() {
        return size;
    }

    /**
     * The weight of each position in the loss: per sequence, 1 over its number of scored positions
     * ({@code per_token}) or over N ({@code per_seq}) at each scored one; then the mean over the
     * step's sequence passes.
     */
    float[] lossWeights() {
        float[] weights = new float[targets.length];
        for (int b = 0; b < size; b++) {
            int scored = 0;
            for (int i = 0; i < length; i++) {
                scored += targets[b * length + i] >= 0 ? 1 : 0;
            }
            int divisor = lossAggregation == LossAggregation.PER_TOKEN ? scored : length;
            for (int i = 0; i < length && scored > 0; i++) {
                weights[b * length + i] = targets[b * length + i] >= 0 ? 1f / divisor / stepSize : 0f;
            }
        }
        return weights;
    }

    /**
     * Each sequence's mean of {@code logits} ([B * N, C]) over all N positions, the padding's
     * zeroed: [B, C]. The reference pools position 0's features so, dividing by N rather than by
     * the length; as the classifier is linear, pooling its logits is the same.
     */
    Tensor pool(Tape tape, Tensor logits) {
        float[] weights = new float[size * length];
        for (int t = 0; t < weights.length; t++) {
            weights[t] = tokens[t] != 0 ? 1f / length : 0f;
        }
        int classes = logits.dim(1);
        Tensor pooled = tape.bmm(Tensor.of(weights, size, 1, length), tape.reshape(logits, size, length, classes));
        return tape.reshape(pooled, size, classes);
    }

    /** Each sequence's target at position 0, [B]: the label a pooled classifier predicts. */
    int[] firstTargets() {
        int[] first = new int[size];
        for (int b = 0; b < size; b++) {
            first[b] = targets[b * length];
        }
        return first;
    }

    /**
     * Each sequence's weight in the loss of a pooled classifier: that of its position 0, [B]. So
     * {@code per_seq} divides it by N, as the reference's mean over all B·N positions does when
     * position 0 is the only one scored.
     */
    float[] firstLossWeights() {
        float[] weights = lossWeights();
        float[] first = new float[size];
        for (int b = 0; b < size; b++) {
            first[b] = weights[b * length];
        }
        return first;
    }
}
