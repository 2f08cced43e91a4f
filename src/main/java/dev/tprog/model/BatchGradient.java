package dev.tprog.model;

import dev.tprog.nn.Sampler;
import dev.tprog.nn.SeededNoise;
import dev.tprog.nn.Tape;
import dev.tprog.nn.Tensor;
import dev.tprog.nn.Workers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * One training step's loss and gradient, for either kind of {@link TrainableModel}. The step
 * samples its choices once (a standard transformer has none); then the batch is cut into chunks
 * of {@link #CHUNK} sequences, a partition fixed by the batch alone, which the workers
 * differentiate independently, each with its own noise stream; their gradients are added
 * together in chunk order. So the result depends on the batch and the seed, never on the number
 * of threads — and small chunks keep every tensor of a pass in the processor's cache. With
 * several Gumbel samples per step (the reference's {@code --gumbel_samples}: that many forward
 * passes of the batch, the loss their mean) each sample draws its own choices and passes every
 * chunk with its own noise stream, and the loss averages over all passes.
 */
public final class BatchGradient {
    /** Sequences per chunk. Part of what a seed reproduces: changing it changes the float sums. */
    static final int CHUNK = 32;

    private BatchGradient() {}

    /** One chunk's loss and the gradients of its view of the parameters. */
    private record ChunkResult(double loss, ParameterView parameters) {}

    /**
     * Adds the gradient of the batch's loss into every parameter's gradient and returns the loss.
     *
     * @param samples passes of every sequence, each with its own noise (1 for a standard transformer)
     * @param noiseSeed the step's noise: stream 1 + s · chunks + c samples pass s of chunk c; the
     *     choices of sample 0 come from stream 0 and those of sample s > 0 from stream
     *     samples · chunks + s, so one sample draws exactly what it always drew
     */
    public static double lossAndGradient(TrainableModel model, Batch batch, int samples, float temperature,
            Sampler sampler, long noiseSeed, Workers workers) {
        int chunkCount = (batch.size + CHUNK - 1) / CHUNK;
        List<StepParameters> steps = new ArrayList<>();
        for (int sample = 0; sample < samples; sample++) {
            long stream = sample == 0 ? 0 : (long) samples * chunkCount + sample;
            steps.add(model.sampleParameters(new Tape(), temperature, sampler, SeededNoise.stream(noiseSeed, stream)));
        }
        List<Callable<ChunkResult>> chunks = new ArrayList<>();
        for (int pass = 0; pass < samples * chunkCount; pass++) {
            int start = pass % chunkCount * CHUNK;
            Batch chunk = batch.slice(start, Math.min(batch.size, start + CHUNK), samples);
            SeededNoise noise = SeededNoise.stream(noiseSeed, pass + 1L);
            StepParameters step = steps.get(pass / chunkCount);
            chunks.add(() -> {
                Tape tape = new Tape();
                ParameterView leaves = step.leaves();
                Tensor loss = model.loss(chunk, new Sampling(tape, temperature, sampler, noise, leaves));
                tape.backward(loss);
                return new ChunkResult(loss.item(), leaves);
            });
        }
        double loss = 0;
        List<ChunkResult> results = workers.map(chunks);
        for (int pass = 0; pass < results.size(); pass++) {
            loss += results.get(pass).loss();
            steps.get(pass / chunkCount).addGradients(results.get(pass).parameters());
        }
        steps.forEach(StepParameters::backward);
        return loss;
    }
}
