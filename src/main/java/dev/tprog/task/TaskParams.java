package dev.tprog.task;

/**
 * The knobs every generator shares, named as in the reference's {@code run.py}:
 * {@code vocab_size}, {@code min_length}, {@code max_length}. What they mean for the
 * lengths of the generated strings differs per task (see each task's summary).
 */
public record TaskParams(int vocabSize, int minLength, int maxLength) {}
