package dev.tprog.task;

import java.util.ArrayList;
import java.util.List;

/** A task whose examples are drawn one after another, independently, from one random stream. */
abstract class SampledTask implements Task {

    /** Draws one example, consuming the stream exactly as the reference does. */
    abstract Example sample(NumpyRandom random, TaskParams params);

    @Override
    public List<Example> generate(TaskParams params, int count, long seed) {
        check(params);
        NumpyRandom random = new NumpyRandom(seed);
        List<Example> examples = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            examples.add(sample(random, params));
        }
        return examples;
    }

    /** The digit tokens "0", "1", ..., {@code n - 1}. */
    static String[] digits(int n) {
        String[] digits = new String[n];
        for (int i = 0; i < n; i++) {
            digits[i] = Integer.toString(i);
        }
        return digits;
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** {@code [first] + rest}. */
    static List<String> prepend(String first, List<String> rest) {
        List<String> out = new ArrayList<>(rest.size() + 1);
        out.add(first);
        out.addAll(rest);
        return out;
    }
}
