package dev.tprog.synth;

import java.util.Arrays;

/**
 * A goal for a selector, row by row (a row is a query position, its bits the keys of the same
 * example): of the keys in the row's <em>window</em>, the selector may select only keys in
 * <em>within</em>, and the number it selects there must be one of the row's allowed
 * <em>counts</em>. Rows without a condition are left out. Three goals are of this form:
 * <ul>
 *   <li>{@code selector_width(sel)} must equal a number: window all keys, counts that number;
 *   <li>{@code aggregate(sel, v)} must pass one value through: window all keys, within the keys
 *       whose {@code v} is right, count exactly one;
 *   <li>what is left for {@code x} once {@code a} is fixed in {@code a or x} (window shrinks to
 *       the keys {@code a} leaves out, counts shift down by what {@code a} selects) or in
 *       {@code a and x} (window shrinks to the keys {@code a} selects).
 * </ul>
 * So and/or combinations are solved an argument at a time, each step exact.
 */
final class SelectorSpec implements Goal {
    private final Layout layout;
    /** Active rows: their positions, ascending, so grouped by example. */
    private final int[] at;
    /** Index into {@link #at} of the first active row of each example; one entry more than examples. */
    private final int[] firstOfExample;
    /** The example of each active row. */
    private final int[] example;
    private final long[] window;
    private final long[] within;
    /** Allowed counts, two words per row: bit c of word 2k allows count c, bit 0 of word 2k+1 allows 64. */
    private final long[] counts;
    /** The whole selector's widths must differ within each example (it is the key of an equality select). */
    private final boolean distinctWidths;
    private final int depth;

    private SelectorSpec(Layout layout, int[] at, long[] window, long[] within, long[] counts, boolean distinctWidths,
            int depth) {
        this.layout = layout;
        this.at = at;
        this.window = window;
        this.within = within;
        this.counts = counts;
        this.distinctWidths = distinctWidths;
        this.depth = depth;
        this.firstOfExample = new int[layout.examples() + 1];
        this.example = new int[at.length];
        int k = 0;
        for (int e = 0; e < layout.examples(); e++) {
            firstOfExample[e] = k;
            int end = layout.start(e) + layout.length(e);
            while (k < at.length && at[k] < end) {
                example[k++] = e;
            }
        }
        firstOfExample[layout.examples()] = at.length;
    }

    /** {@code selector_width(sel)} meets {@code widths}: each constrained row selects an allowed number of keys. Null if none can. */
    static SelectorSpec widths(SOpSpec widths) {
        Rows rows = new Rows(widths.layout(), widths.layout().positions());
        for (int e = 0; e < widths.layout().examples(); e++) {
            int s = widths.layout().start(e);
            int n = widths.layout().length(e);
            for (int p = s; p < s + n; p++) {
                double[] values = widths.allowed(p);
                if (values == null) {
                    continue;
                }
                long lo = 0;
                long hi = 0;
                for (double v : values) {
                    if (v >= 0 && v <= n && v == Math.rint(v)) {
                        if (v < 64) {
                            lo |= 1L << (int) v;
                        } else {
                            hi |= 1L;
                        }
                    }
                }
                if (!rows.add(p, full(n), full(n), lo, hi)) {
                    return null;
                }
            }
        }
        return rows.build(widths.distinct(), widths.depth() + 1);
    }

    /**
     * {@code aggregate(sel, values)} meets {@code target}: each constrained row selects exactly one
     * key, one whose value is allowed there. A categorical aggregate fails on any row that does
     * not select exactly one key, so there every row is constrained: a row the target leaves free
     * selects any one key. Null if some row has no right key.
     */
    static SelectorSpec gather(SOpSpec target, double[] values) {
        Layout layout = target.layout();
        boolean categorical = target.type() == Type.CAT;
        Rows rows = new Rows(layout, layout.positions());
        for (int e = 0; e < layout.examples(); e++) {
            int s = layout.start(e);
            int n = layout.length(e);
            for (int p = s; p < s + n; p++) {
                long right;
                if (target.allowed(p) == null) {
                    if (!categorical) {
                        continue;
                    }
                    right = full(n);
                } else {
                    right = 0;
                    for (int j = 0; j < n; j++) {
                        if (target.allows(p, values[s + j])) {
                            right |= 1L << j;
                        }
                    }
                }
                if (!rows.add(p, full(n), right, 1L << 1, 0)) {
                    return null;
                }
            }
        }
        return rows.build(false, target.depth() + 1);
    }

    /**
     * This spec with every row that may select any one key narrowed to selecting itself: a sound
     * restriction (what meets it meets this spec) for goals that would otherwise be too loose.
     */
    SelectorSpec readingItselfWhereFree() {
        long[] narrowed = within.clone();
        for (int k = 0; k < at.length; k++) {
            if (within[k] == full(layout.length(example[k])) && counts[2 * k] == 1L << 1 && counts[2 * k + 1] == 0) {
                narrowed[k] = 1L << (at[k] - layout.start(example[k]));
            }
        }
        return new SelectorSpec(layout, at, window, narrowed, counts, distinctWidths, depth);
    }

    /** What {@code x} must meet for {@code a or x} to meet this spec; null when no {@code x} can. */
    SelectorSpec or(long[] a) {
        for (int k = 0; k < at.length; k++) {
            long x = a[at[k]] & window[k];
            if ((x & ~within[k]) != 0 || !reachable(window[k] & ~x, within[k], shiftedLo(k, Long.bitCount(x)),
                    shiftedHi(k, Long.bitCount(x)))) {
                return null; // checked before anything is allocated: most candidates fail here
            }
        }
        Rows rows = new Rows(layout, at.length);
        for (int k = 0; k < at.length; k++) {
            long x = a[at[k]] & window[k];
            int shift = Long.bitCount(x);
            rows.add(at[k], window[k] & ~x, within[k], shiftedLo(k, shift), shiftedHi(k, shift));
        }
        return rows.build(false, depth);
    }

    /** What {@code x} must meet for {@code a and x} to meet this spec; null when no {@code x} can. */
    SelectorSpec and(long[] a) {
        for (int k = 0; k < at.length; k++) {
            if (!reachable(window[k] & a[at[k]], within[k], counts[2 * k], counts[2 * k + 1])) {
                return null;
            }
        }
        Rows rows = new Rows(layout, at.length);
        for (int k = 0; k < at.length; k++) {
            rows.add(at[k], window[k] & a[at[k]], within[k], counts[2 * k], counts[2 * k + 1]);
        }
        return rows.build(false, depth);
    }

    /** Row k's counts less {@code shift}: the counts still allowed once {@code shift} keys are selected. */
    private long shiftedLo(int k, int shift) {
        long lo = counts[2 * k];
        long hi = counts[2 * k + 1];
        return shift == 0 ? lo : shift == 64 ? hi : (lo >>> shift) | (hi << (64 - shift));
    }

    private long shiftedHi(int k, int shift) {
        long hi = counts[2 * k + 1];
        return shift == 0 ? hi : shift == 64 ? 0 : hi >>> shift;
    }

    /** Whether some allowed count can be selected from {@code window & within}. */
    private static boolean reachable(long window, long within, long lo, long hi) {
        int reachable = Long.bitCount(window & within);
        long reachableLo = reachable >= 63 ? -1L : (2L << reachable) - 1;
        return (lo & reachableLo) != 0 || reachable == 64 && (hi & 1) != 0;
    }

    /** Whether a selector's rows meet every active row (not {@link #distinctWidths}: see {@link #acceptsWhole}). */
    boolean accepts(long[] rows) {
        for (int k = 0; k < at.length; k++) {
            if (!rowAccepts(k, rows[at[k]])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the rows of example {@code e} meet this spec's rows of that example. */
    boolean acceptsExample(int e, long[] rows) {
        for (int k = firstOfExample[e]; k < firstOfExample[e + 1]; k++) {
            if (!rowAccepts(k, rows[at[k]])) {
                return false;
            }
        }
        return true;
    }

    /** Whether a whole selector meets the spec, the distinct widths included. */
    boolean acceptsWhole(long[] rows) {
        if (!accepts(rows)) {
            return false;
        }
        if (!distinctWidths) {
            return true;
        }
        double[] widths = new double[rows.length];
        for (int p = 0; p < rows.length; p++) {
            widths[p] = Long.bitCount(rows[p]);
        }
        return SOpSpec.distinctPerExample(layout, widths);
    }

    private boolean rowAccepts(int k, long row) {
        long x = row & window[k];
        if ((x & ~within[k]) != 0) {
            return false;
        }
        int c = Long.bitCount(x);
        return c < 64 ? (counts[2 * k] >>> c & 1) != 0 : (counts[2 * k + 1] & 1) != 0;
    }

    /**
     * A 64-bit hash of the rows' conditions (not of {@link #distinctWidths}): equal specs have
     * equal fingerprints; different ones almost never do, and users re-check what they find.
     */
    long fingerprint() {
        long h = at.length;
        for (int k = 0; k < at.length; k++) {
            h = mix(h, at[k]);
            h = mix(h, window[k]);
            h = mix(h, within[k]);
            h = mix(h, counts[2 * k]);
            h = mix(h, counts[2 * k + 1]);
        }
        return h;
    }

    static long mix(long h, long x) {
        long z = (h ^ x) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 32)) * 0xD6E8FEB86659FD93L;
        return z ^ (z >>> 29);
    }

    /** Whether the whole selector's widths must differ within each example (see {@link #acceptsWhole}). */
    boolean distinctWidths() {
        return distinctWidths;
    }

    @Override
    public int depth() {
        return depth;
    }

    Layout layout() {
        return layout;
    }

    /** Whether every position is an active row that must select exactly one key, any key of the row being in its window. */
    boolean exactlyOneEverywhere() {
        return at.length == layout.positions() && exactlyOne();
    }

    /** Whether every active row must select exactly one key, any key of the row being in its window. */
    boolean exactlyOne() {
        for (int k = 0; k < at.length; k++) {
            if (counts[2 * k] != 1L << 1 || counts[2 * k + 1] != 0 || window[k] != full(layout.length(example[k]))) {
                return false;
            }
        }
        return true;
    }

    /** The active rows. */
    int rows() {
        return at.length;
    }

    /** The position of active row {@code k}. */
    int position(int k) {
        return at[k];
    }

    /** The keys active row {@code k} may select. */
    long within(int k) {
        return within[k];
    }

    /** The example of active row {@code k}. */
    int exampleOf(int k) {
        return example[k];
    }

    /**
     * Whether each example's rows can be matched to distinct keys, each row to a key it may
     * select (Kuhn's augmenting paths). An equality select whose queries are distinct selects
     * distinct keys on distinct rows, so without such a matching it cannot meet an
     * exactly-one spec on every row.
     */
    boolean perfectMatching() {
        for (int e = 0; e < layout.examples(); e++) {
            int first = firstOfExample[e];
            int n = layout.length(e);
            int[] rowOfKey = new int[n];
            Arrays.fill(rowOfKey, -1);
            for (int k = first; k < firstOfExample[e + 1]; k++) {
                if (!augment(k - first, first, rowOfKey, new boolean[n])) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean augment(int row, int first, int[] rowOfKey, boolean[] visited) {
        for (long keys = within[first + row]; keys != 0; keys &= keys - 1) {
            int key = Long.numberOfTrailingZeros(keys);
            if (!visited[key]) {
                visited[key] = true;
                if (rowOfKey[key] < 0 || augment(rowOfKey[key], first, rowOfKey, visited)) {
                    rowOfKey[key] = row;
                    return true;
                }
            }
        }
        return false;
    }

    /** The mask of a row's keys in an input of {@code n} tokens. */
    static long full(int n) {
        return n == 64 ? -1L : (1L << n) - 1;
    }

    /** Collects active rows, dropping those any selector meets and refusing those none can. */
    private static final class Rows {
        private final Layout layout;
        private final int[] at;
        private final long[] window;
        private final long[] within;
        private final long[] counts;
        private int size;

        /** @param capacity the most rows that will be added */
        Rows(Layout layout, int capacity) {
            this.layout = layout;
            int n = capacity;
            at = new int[n];
            window = new long[n];
            within = new long[n];
            counts = new long[2 * n];
        }

        /** False when no selector can meet the row. */
        boolean add(int position, long window, long within, long lo, long hi) {
            if (!reachable(window, within, lo, hi)) {
                return false;
            }
            int size = Long.bitCount(window);
            long everyLo = size >= 63 ? -1L : (2L << size) - 1;
            boolean everyCount = (lo & everyLo) == everyLo && (size < 64 || (hi & 1) != 0);
            if ((window & ~within) == 0 && everyCount) {
                return true;
            }
            at[this.size] = position;
            this.window[this.size] = window;
            this.within[this.size] = within & window;
            counts[2 * this.size] = lo;
            counts[2 * this.size + 1] = hi;
            this.size++;
            return true;
        }

        SelectorSpec build(boolean distinctWidths, int depth) {
            return new SelectorSpec(layout, Arrays.copyOf(at, size), Arrays.copyOf(window, size),
                    Arrays.copyOf(within, size), Arrays.copyOf(counts, 2 * size), distinctWidths, depth);
        }
    }
}
