package dev.tprog.synth;

import dev.tprog.task.Example;
import dev.tprog.task.Task;
import dev.tprog.task.TaskParams;
import dev.tprog.task.Tasks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * Small tasks for the synthesis benchmark, beside the task layer's: inputs {@code <s> w} over
 * digit tokens, BOS unlabelled, each content position labelled by a function of {@code w}.
 */
public record SimpleTask(String name, String summary, Function<List<String>, List<String>> labels) implements Task {
    public static final List<SimpleTask> ALL = List.of(
            new SimpleTask("length", "<s> w: every position labelled with the length of w", SimpleTask::length),
            new SimpleTask("count", "<s> w: every position labelled with how many 1s w holds", SimpleTask::countOnes),
            new SimpleTask("shift", "<s> w: position i labelled with the token before it", SimpleTask::shift),
            new SimpleTask("running_max", "<s> w: position i labelled with the largest digit of w up to i",
                    SimpleTask::runningMax));

    /** A task of the task layer or one of these, by name. */
    public static Task byName(String name) {
        Optional<SimpleTask> simple = ALL.stream().filter(t -> t.name.equals(name)).findFirst();
        if (simple.isPresent()) {
            return simple.get();
        }
        try {
            return Tasks.byName(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replace(")", ", " + String.join(", ",
                    ALL.stream().map(SimpleTask::name).toList()) + ")"), e);
        }
    }

    @Override
    public boolean causal() {
        return false;
    }

    @Override
    public TaskParams defaults() {
        return new TaskParams(8, 1, 8);
    }

    @Override
    public void check(TaskParams params) {
        if (params.vocabSize() < 3 || params.vocabSize() > 12) {
            throw new IllegalArgumentException("--vocab-size must be 3 to 12 for " + name + ", got " + params.vocabSize());
        }
        if (params.minLength() < 1 || params.maxLength() < params.minLength()) {
            throw new IllegalArgumentException("--min-length must be at least 1 and at most --max-length for " + name);
        }
    }

    /** {@code <s>} and {@code vocabSize - 1} digits; w has minLength..maxLength - 1 tokens, as hist draws it. */
    @Override
    public List<Example> generate(TaskParams params, int count, long seed) {
        check(params);
        Random random = new Random(seed);
        List<Example> examples = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int n = params.minLength() + random.nextInt(Math.max(1, params.maxLength() - params.minLength()));
            List<String> w = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                w.add(Integer.toString(random.nextInt(params.vocabSize() - 1)));
            }
            List<String> input = new ArrayList<>(List.of("<s>"));
            input.addAll(w);
            List<String> output = new ArrayList<>();
            output.add(null);
            output.addAll(labels.apply(w));
            examples.add(new Example(input, output));
        }
        return examples;
    }

    private static List<String> length(List<String> w) {
        return w.stream().map(t -> Integer.toString(w.size())).toList();
    }

    private static List<String> countOnes(List<String> w) {
        String ones = Long.toString(w.stream().filter("1"::equals).count());
        return w.stream().map(t -> ones).toList();
    }

    /** The first content position reads BOS. */
    private static List<String> shift(List<String> w) {
        List<String> out = new ArrayList<>(List.of("<s>"));
        out.addAll(w.subList(0, w.size() - 1));
        return out;
    }

    private static List<String> runningMax(List<String> w) {
        List<String> out = new ArrayList<>();
        String max = w.get(0);
        for (String t : w) {
            max = t.compareTo(max) > 0 ? t : max;
            out.add(max);
        }
        return out;
    }
}
