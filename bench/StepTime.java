import dev.tprog.model.Batch;
import dev.tprog.model.BatchGradient;
import dev.tprog.model.ModelConfig;
import dev.tprog.model.ProgramModel;
import dev.tprog.nn.Sampler;
import dev.tprog.nn.Tensor;
import dev.tprog.nn.Workers;
import dev.tprog.task.Dataset;
import dev.tprog.task.DatasetGenerator;
import dev.tprog.task.Example;
import dev.tprog.task.Generation;
import dev.tprog.task.Split;
import dev.tprog.task.TaskParams;
import dev.tprog.train.Checkpoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The time of one training step (forward and backward of a 512-sequence batch, no Adam), the
 * measure to watch when changing the engine: a whole training run mixes in data, evaluation and
 * the JIT's start. Run by bench/step-time.sh; prints the fastest and the median step.
 *
 * <pre>java --add-modules jdk.incubator.vector -cp target/tprog-all.jar bench/StepTime.java CONFIG THREADS WARMUP STEPS [TEMPERATURE [CHECKPOINT]]</pre>
 *
 * CONFIG: sort (the reference README's: 2 layers, 4 categorical heads, 1 categorical MLP) or
 * reverse (rasp.sh's: 3 layers, 4+4 heads, 2+2 MLPs); k = 8, a batch of that task's training
 * split (vocabulary 8, lengths 1 to 8, 10 000 or 20 000 examples, seed 0), as those runs train on.
 * TEMPERATURE: the sampling temperature (1 unless given). CHECKPOINT: a {@code checkpoint.bin}
 * of a {@code tprog train} run of that configuration, whose parameters the model starts from
 * (then it has as many classes as that run's training labels, not 8): a trained model at a low
 * temperature times a step as late in training.
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
        Dataset dataset = DatasetGenerator.generate(new Generation(args[0], new TaskParams(8, 1, length),
                args[0].equals("sort") ? 10000 : 20000, 0, true));
        Batch batch = taskBatch(dataset, length);
        float temperature = args.length > 4 ? Float.parseFloat(args[4]) : 1f;
        ProgramModel model;
        if (args.length > 5) {
            long labels = dataset.get(Split.TRAIN).stream().flatMap(e -> java.util.stream.IntStream
                    .range(0, e.length()).mapToObj(e::label)).filter(java.util.Objects::nonNull).distinct().count();
            model = new ProgramModel(config, 10, length, (int) labels, 7);
            List<Integer> sizes = model.parameters().stream().map(Tensor::size).toList();
            model.restore(Checkpoint.read(Path.of(args[5]), sizes).parameters());
        } else {
            model = new ProgramModel(config, 10, length, 8, 7);
        }
        double[] millis = new double[steps];
        try (Workers workers = new Workers(threads)) {
            for (int step = 0; step < warmup + steps; step++) {
                long start = System.nanoTime();
                BatchGradient.lossAndGradient(model, batch, 1, temperature, Sampler.SOFT, step, workers);
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

    /**
     * The first 512 training examples of the configuration's task, generated as {@code tprog train}
     * generates them: their lengths (mostly the longest, few padding rows) set a step's work.
     * Tokens and labels get ids in order of first appearance, 0 left for padding.
     */
    private static Batch taskBatch(Dataset dataset, int length) {
        Map<String, Integer> tokenIds = new HashMap<>();
        Map<String, Integer> classIds = new HashMap<>();
        List<int[]> tokens = new ArrayList<>();
        List<int[]> targets = new ArrayList<>();
        for (Example example : dataset.get(Split.TRAIN).subList(0, 512)) {
            int[] input = new int[example.length()];
            int[] target = new int[example.length()];
            for (int i = 0; i < input.length; i++) {
                input[i] = tokenIds.computeIfAbsent(example.input().get(i), token -> tokenIds.size() + 1);
                String label = example.label(i);
                target[i] = label == null ? -1 : classIds.computeIfAbsent(label, l -> classIds.size());
            }
            tokens.add(input);
            targets.add(target);
        }
        return new Batch(tokens, targets, length, 8, false);
    }
}
