package dev.tprog.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random batches for the model tests: sequences of 1 to {@link #LENGTH} tokens drawn from 1 to 4
 * (0 is padding), each position labelled with one of {@link #CLASSES} classes except the first
 * (the BOS), with k = {@link #LENGTH}.
 */
final class RandomBatches {
    static final int LENGTH = 6;
    static final int CLASSES = 3;
    /** Token ids, padding included. */
    static final int VOCABULARY = 5;

    private RandomBatches() {}

    static Batch of(int sequences, Random random, boolean causal) {
        return batch(sequences, random, causal, false);
    }

    /** Classification data instead: each sequence labelled at position 0 alone (what {@code --pool-outputs} learns). */
    static Batch classification(int sequences, Random random) {
        return batch(sequences, random, false, true);
    }

    private static Batch batch(int sequences, Random random, boolean causal, boolean labelFirst) {
        List<int[]> tokens = new ArrayList<>();
        List<int[]> targets = new ArrayList<>();
        for (int b = 0; b < sequences; b++) {
            int n = 1 + random.nextInt(LENGTH);
            int[] row = new int[n];
            int[] target = new int[n];
            for (int i = 0; i < n; i++) {
                row[i] = 1 + random.nextInt(VOCABULARY - 1);
                target[i] = (i == 0) == labelFirst ? random.nextInt(CLASSES) : -1;
            }
            tokens.add(row);
            targets.add(target);
        }
        return new Batch(tokens, targets, LENGTH, LENGTH, causal);
    }
}
