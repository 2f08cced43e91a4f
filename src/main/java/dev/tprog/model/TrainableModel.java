package dev.tprog.model;

import dev.tprog.nn.NoiseSource;
import dev.tprog.nn.Sampler;
import dev.tprog.nn.Tape;
import dev.tprog.nn.Tensor;
import dev.tprog.program.Classifier;
import java.util.Arrays;
import java.util.List;

/**
 * What the trainer trains: a Transformer Program or the standard transformer baseline. Both give
 * {@link BatchGradient} a step's view of their parameters and a chunk's loss, so one training
 * loop, one chunking and one checkpoint format serve both. An abstract class rather than an
 * interface so that those two hooks, which take this package's internal types, stay internal.
 */
public abstract sealed class TrainableModel permits ProgramModel, StandardTransformer {
    /** The reference's {@code --pool_outputs}: one class per sequence, at position 0, from all its positions. */
    private final boolean pooled;

    TrainableModel(boolean pooled) {
        this.pooled = pooled;
    }

    /** The trainable tensors, in a fixed order: what Adam updates and a checkpoint saves. */
    public abstract List<Tensor> parameters();

    /** The predicted class at every position of the batch, [B * N]. */
    public abstract int[] predict(Batch batch);

    /**
     * The parameters as one training step uses them, built on {@code tape}: a Transformer
     * Program samples its reads' and predicates' logits here; a standard transformer has nothing
     * to sample.
     */
    abstract StepParameters sampleParameters(Tape tape, float temperature, Sampler sampler, NoiseSource noise);

    /**
     * The training loss of one batch (or chunk of one): per-token cross-entropy, averaged per
     * sequence, then over the step's batch.
     */
    abstract Tensor loss(Batch batch, Sampling sampling);

    /**
     * The loss of every position's logits, [B * N, C]: the cross-entropy of each scored position
     * or, pooled, of each sequence's label at position 0 against its pooled logits ({@link Batch#pool}).
     */
    final Tensor loss(Tape tape, Tensor logits, Batch batch) {
        return pooled ? tape.crossEntropy(batch.pool(tape, logits), batch.firstTargets(), batch.firstLossWeights())
                : tape.crossEntropy(logits, batch.targets, batch.lossWeights());
    }

    /**
     * The predicted class at every position, [B * N], from every position's logits, [B * N][C]:
     * the first largest logit; pooled, position 0's class from the mean of its sequence's logits
     * over its tokens — added in position order, then divided by their number, as a pooled
     * Program computes it — and -1 (no prediction) at every other position.
     */
    final int[] predictions(double[][] logits, Batch batch) {
        int[] predictions = new int[logits.length];
        if (!pooled) {
            for (int t = 0; t < logits.length; t++) {
                predictions[t] = Classifier.argmax(logits[t]);
            }
            return predictions;
        }
        Arrays.fill(predictions, -1);
        for (int b = 0; b < batch.size; b++) {
            int first = b * batch.length;
            int tokens = 0;
            while (tokens < batch.length && batch.tokens[first + tokens] != 0) {
                tokens++; // padding comes last
            }
            predictions[first] = Classifier.argmax(Classifier.pooled(logits, first, first + tokens));
        }
        return predictions;
    }

    /** {@link #predictions(double[][], Batch)} of float logits, [B * N * C] row by row. */
    final int[] predictions(float[] logits, Batch batch) {
        int classes = logits.length / (batch.size * batch.length);
        double[][] rows = new double[batch.size * batch.length][classes];
        for (int t = 0; t < rows.length; t++) {
            for (int c = 0; c < classes; c++) {
                rows[t][c] = logits[t * classes + c];
            }
        }
        return predictions(rows, batch);
    }

    /** Copies of every parameter's values, in the order of {@link #parameters()}. */
    public final List<float[]> parameterValues() {
        return parameters().stream().map(p -> p.data().clone()).toList();
    }

    /** Sets every parameter from {@code values} (same order and sizes as {@link #parameterValues()}). */
    public final void restore(List<float[]> values) {
        List<Tensor> parameters = parameters();
        for (int p = 0; p < parameters.size(); p++) {
            System.arraycopy(values.get(p), 0, parameters.get(p).data(), 0, parameters.get(p).size());
        }
    }

    /** The number of values of each parameter, which a checkpoint must match. */
    public final List<Integer> parameterSizes() {
        return parameters().stream().map(Tensor::size).toList();
    }
}
