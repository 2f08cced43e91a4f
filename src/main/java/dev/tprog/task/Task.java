package dev.tprog.task;

import java.util.List;

/**
 * A task generator: a distribution over labelled sequences, reproducing the reference's
 * {@code make_*} function of the same name draw for draw.
 */
public interface Task {
    /** The name used on the command line and in dataset metadata, e.g. {@code sort}. */
    String name();

    /** One line for {@code tprog data tasks}: what the label of each position is. */
    String summary();

    /** Whether a position may only look at earlier positions (the reference forces this for dyck and induction). */
    boolean causal();

    /** The standard parameters of the paper's experiments for this task. */
    TaskParams defaults();

    /**
     * Rejects parameters the generator cannot use, with a message that names the parameter.
     *
     * @throws IllegalArgumentException when the parameters are impossible
     */
    void check(TaskParams params);

    /**
     * The first {@code count} examples of the stream seeded with {@code seed}, as the
     * reference's {@code make_<task>(vocab_size, count, min_length, max_length, seed)}.
     */
    List<Example> generate(TaskParams params, int count, long seed);
}
