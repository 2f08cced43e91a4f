package dev.tprog.rasp;

/**
 * The rule of tprog's {@code select_closest(keys, queries, op)}: each query position keeps at
 * most one of its matching keys, the one a discretised attention head would attend to.
 * <ol>
 *   <li>the nearest matching key other than the query itself (distance |i - j|),</li>
 *   <li>of two at the same distance, the left one (smaller j),</li>
 *   <li>the query's own position only if it is the only match,</li>
 *   <li>position 0 (BOS) when nothing matches.</li>
 * </ol>
 * Kept free of RASP types so that the Program IR can reuse or cross-check it.
 */
public final class ClosestMatch {
    private ClosestMatch() {}

    /** The key position query {@code query} selects, given which keys match it. */
    public static int select(int query, boolean[] matches) {
        int n = matches.length;
        for (int distance = 1; distance < n; distance++) {
            int left = query - distance;
            if (left >= 0 && matches[left]) {
                return left;
            }
            int right = query + distance;
            if (right < n && matches[right]) {
                return right;
            }
        }
        return query < n && matches[query] ? query : 0;
    }

    /** The selected key of every query row of {@code matches} (row = query, column = key). */
    public static int[] selectAll(boolean[][] matches) {
        int[] selected = new int[matches.length];
        for (int query = 0; query < matches.length; query++) {
            selected[query] = select(query, matches[query]);
        }
        return selected;
    }
}
