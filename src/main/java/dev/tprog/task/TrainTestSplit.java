package dev.tprog.task;

import java.util.ArrayList;
import java.util.List;

/**
 * sklearn's {@code train_test_split(items, test_size=fraction, random_state=seed)}: a
 * permutation from a fresh {@code RandomState(seed)}; the first {@code ceil(fraction * n)}
 * permuted items are the test part, the rest (in permuted order) the train part.
 */
public record TrainTestSplit<T>(List<T> train, List<T> test) {

    public static <T> TrainTestSplit<T> of(List<T> items, double testFraction, long seed) {
        int n = items.size();
        int testSize = (int) Math.ceil(testFraction * n);
        int[] permutation = new NumpyRandom(seed).permutation(n);
        List<T> test = new ArrayList<>(testSize);
        List<T> train = new ArrayList<>(n - testSize);
        for (int i = 0; i < n; i++) {
            (i < testSize ? test : train).add(items.get(permutation[i]));
        }
        return new TrainTestSplit<>(train, test);
    }
}
