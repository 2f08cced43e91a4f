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
     * @param matches whether each visible key position matches: one entry per key the query
     *     sees (the whole sequence, or positions 0 .. query when causal)
     */
    public static int select(int query, boolean[] matches) {
        int keys = matches.length;
        for (int distance = 1; distance < keys; distance++) {
            int left = query - distance;
            if (left >= 0 && matches[left]) {
                return left;
            }
            int right = query + distance;
            if (right < keys && matches[right]) {
                return right;
            }
        }
        return query < keys && matches[query] ? query : 0;
    }
}
