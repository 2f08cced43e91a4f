import dev.tprog.model.Batch;
import dev.tprog.model.BatchGradient;
import dev.tprog.model.ModelConfig;
import dev.tprog.model.ProgramModel;
import dev.tprog.nn.Sampler;
import dev.tprog.nn.Tensor;
import dev.tprog.nn.Workers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The time of one training step (forward and backward of a 512-sequence batch, no Adam), the
 * measure to watch when changing the engine: a whole training run mixes in data, evaluation and
 * the JIT's start. Run by bench/step-time.sh; prints the fastest and the median step.
 *
 * <pre>java --add-modules jdk.incubator.vector -cp target/tprog-all.jar bench/StepTime.java CONFIG THREADS WARMUP STEPS</pre>
 *
 * CONFIG: sort (the reference README's: 2 layers, 4 categorical heads, 1 categorical MLP) or
 * reverse (rasp.sh's: 3 layers, 4+4 heads, 2+2 MLPs); k = 8, sequences of 2 to 8 tokens
 * (BOS and 1 to 7 random ones), as in those tasks.
 */
public final class StepTime {
    public static void main(String[] args) {
        ModelConfig config = switch (args[0]) {
            case "sort" -> new ModelConfig(2, 4, 0, 1, 0, 2, 64, 8, false, Sampler.SOFT, null);
            case "reverse" -> new ModelConfig(3, 4, 4, 2, 2, 2, 64, 8, false, Sampler.SOFT, null);
            default -> throw new IllegalArgumentException("unknown configuration " + args[0] + " (sort, reverse)");
        };
        int threads = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int steps = Integer.parseInt(args[3]);
        int length = 8;
        int classes = 6;
        Batch batch = randomBatch(new Random(1), 512, length, classes);
        ProgramModel model = new ProgramModel(config, 8, length, classes, 7);
        double[] millis = new double[steps];
        try (Workers workers = new Workers(threads)) {
            for (int step = 0; step < warmup + steps; step++) {
                long start = System.nanoTime();
                BatchGradient.lossAndGradient(model, batch, 1, 1f, Sampler.SOFT, step, workers);
                long end = System.nanoTime();
                model.parameters().forEach(parameter -> Arrays.fill(parameter.grad(), 0f));
                if (step >= warmup) {
                    millis[step - warmup] = (end - start) / 1e6;
                }
            }
        }
        Arrays.sort(millis);
        System.out.printf("%s, %d thread(s): fastest %.2f ms, median %.2f ms per step (%d steps after %d warm-up)%n",
                args[0], threads, millis[0], millis[steps / 2], steps, warmup);
    }

    /** Token 1 is BOS, tokens 2-7 the others, 0 padding; a random class at every position but BOS. */
    private static Batch randomBatch(Random random, int size, int length, int classes) {
        List<int[]> tokens = new ArrayList<>();
        List<int[]> targets = new ArrayList<>();
        for (int b = 0; b < size; b++) {
            int n = 2 + random.nextInt(length - 1);
            int[] input = new int[n];
            int[] target = new int[n];
            input[0] = 1;
            target[0] = -1;
            for (int i = 1; i < n; i++) {
                input[i] = 2 + random.nextInt(6);
                target[i] = random.nextInt(classes);
            }
            tokens.add(input);
            targets.add(target);
        }
        return new Batch(tokens, targets, length, 8, false);
    }
}
