package dev.tprog.program;

/**
 * The selection rule of a categorical head after discretisation, exactly as the model computes
 * it. The model scores a matching key with {@code log 1 + b(j - i)} and a non-matching one
 * with {@code log 1e-20}, where the fixed bias {@code b} is 0 at distance 1 on both sides,
 * decays by {@code 1/(N-1)} per step to the left and {@code 1/(N-2)} to the right, and is -2
 * at the query itself; if nothing matches, position 0 (BOS) gets a match. Its argmax is:
 * <ol>
 *   <li>the nearest matching key other than the query itself,</li>
 *   <li>of two at the same distance, the left one,</li>
 *   <li>the query's own position only if it is the only match,</li>
 *   <li>position 0 when nothing matches.</li>
 * </ol>
 * (The reference decompiler's {@code select_closest} differs: it may prefer the query itself.)
 */
public final class ClosestMatch {
    private ClosestMatch() {}

    /**
     * The key position that query position {@code query} attends to.
     *
     * @param keys the number of visible keys: the sequence length, or {@code query + 1} when causal
     * @param keyValues the key variable's value slot at each position
     * @param target the key value the query's value matches, or {@link Predicate#NONE}
     */
    public static int select(int query, int keys, int[] keyValues, int target) {
        for (int distance = 1; distance < keys; distance++) {
            int left = query - distance;
            if (left >= 0 && keyValues[left] == target) {
                return left;
            }
            int right = query + distance;
            if (right < keys && keyValues[right] == target) {
                return right;
            }
        }
        return query < keys && keyValues[query] == target ? query : 0;
    }
}
