package dev.tprog.model;

import dev.tprog.nn.NoiseSource;
import dev.tprog.nn.Sampler;
import dev.tprog.nn.Tape;
import dev.tprog.nn.Tensor;
import java.util.List;

/**
 * What the trainer trains: a Transformer Program or the standard transformer baseline. Both give
 * {@link BatchGradient} a step's view of their parameters and a chunk's loss, so one training
 * loop, one chunking and one checkpoint format serve both. An abstract class rather than an
 * interface so that those two hooks, which take this package's internal types, stay internal.
 */
public abstract sealed class TrainableModel permits ProgramModel, StandardTransformer {

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
