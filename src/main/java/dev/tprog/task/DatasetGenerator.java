package dev.tprog.task;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reference's {@code get_dataset} for the generated tasks: draw, optionally deduplicate
 * with its retry loop, then split 81/9/10.
 */
public final class DatasetGenerator {
    /** The reference asks for 2x, 3x, 4x, then 5x the size until enough inputs are distinct. */
    private static final int[] RETRY_FACTORS = {2, 3, 4, 5};

    private DatasetGenerator() {}

    /**
     * @throws IllegalArgumentException for parameters the task cannot use, a size below 3 or
     *     a seed outside numpy's range, before anything is generated
     */
    public static Dataset generate(Generation generation) {
        Task task = Tasks.byName(generation.task());
        check(generation);
        task.check(generation.params());
        List<Example> examples = generation.unique()
                ? distinctExamples(task, generation)
                : task.generate(generation.params(), generation.requestedSize(), generation.seed());
        Dataset dataset = Dataset.split(task.name(), task.causal(), Optional.of(generation), examples, generation.seed());
        if (dataset.get(Split.TRAIN).isEmpty()) {
            throw new IllegalArgumentException("only " + examples.size()
                    + " distinct examples could be generated, too few to leave a training split");
        }
        return dataset;
    }

    private static void check(Generation generation) {
        if (generation.requestedSize() < 3) {
            throw new IllegalArgumentException("size must be at least 3 (one example each for train, val and test), got "
                    + generation.requestedSize());
        }
        if (generation.seed() < 0 || generation.seed() > 0xffffffffL) {
            throw new IllegalArgumentException("seed must be between 0 and 4294967295, got " + generation.seed());
        }
        long draws = (long) generation.requestedSize() * RETRY_FACTORS[RETRY_FACTORS.length - 1];
        if (draws > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("size " + generation.requestedSize() + " is too large");
        }
    }

    /**
     * Each retry regenerates {@code factor * size} examples from the same seed and keeps first
     * occurrences; the first retry with enough distinct inputs is cut to size. If even the last
     * falls short, all its distinct examples are kept, fewer than requested.
     */
    private static List<Example> distinctExamples(Task task, Generation generation) {
        int size = generation.requestedSize();
        List<Example> distinct = List.of();
        for (int factor : RETRY_FACTORS) {
            distinct = firstOccurrences(task.generate(generation.params(), factor * size, generation.seed()));
            if (distinct.size() >= size) {
                return distinct.subList(0, size);
            }
        }
        return distinct;
    }

    private static List<Example> firstOccurrences(List<Example> examples) {
        Set<String> seen = new HashSet<>();
        List<Example> distinct = new ArrayList<>();
        for (Example example : examples) {
            if (seen.add(example.uniquenessKey())) {
                distinct.add(example);
            }
        }
        return distinct;
    }
}
