package dev.tprog.program;

import java.util.List;

/**
 * How fast the {@link Executor} runs a program: whole passes over a list of inputs (tokens in,
 * labels out, as a caller sees it), first for a warm-up so the JIT has compiled the hot paths,
 * then timed until at least the requested time has passed. One thread.
 */
public final class Throughput {
    /** Keeps the predictions observable so the JIT cannot drop the work. */
    private static volatile long sink;

    private Throughput() {}

    /** One measurement: {@code sequences} predicted in {@code seconds}, in {@code passes} passes. */
    public record Measurement(int inputs, int passes, long sequences, double seconds, double warmupSeconds) {
        public double sequencesPerSecond() {
            return sequences / seconds;
        }
    }

    /**
     * Times {@code executor.predict} over {@code inputs}.
     *
     * @param warmupSeconds how long to run untimed first
     * @param seconds the least time to measure (at least one pass is always timed)
     */
    public static Measurement measure(Executor executor, List<List<String>> inputs, double warmupSeconds, double seconds) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no inputs to time");
        }
        long warmupStart = System.nanoTime();
        do {
            pass(executor, inputs);
        } while (System.nanoTime() - warmupStart < warmupSeconds * 1e9);
        double warmedUp = (System.nanoTime() - warmupStart) / 1e9;
        int passes = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            pass(executor, inputs);
            passes++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < seconds * 1e9);
        return new Measurement(inputs.size(), passes, (long) passes * inputs.size(), elapsed / 1e9, warmedUp);
    }

    private static void pass(Executor executor, List<List<String>> inputs) {
        long hash = 0;
        for (List<String> input : inputs) {
            hash = hash * 31 + executor.predict(input).hashCode();
        }
        sink += hash;
    }
}
