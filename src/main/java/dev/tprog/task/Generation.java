package dev.tprog.task;

/**
 * How a dataset was generated: enough to generate it again, byte for byte.
 *
 * @param task the generator's name
 * @param params vocabulary size and length range passed to the generator
 * @param requestedSize the number of examples asked for
 * @param seed the numpy seed of the generator and of both splits
 * @param unique whether repeated inputs were dropped (the reference's {@code --unique 1})
 */
public record Generation(String task, TaskParams params, int requestedSize, long seed, boolean unique) {}
