package dev.tprog.synth;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Bank terms of one type and cost grouped, at every position, by their value there, so that
 * an s-op goal is checked only against the terms whose value is allowed at its most
 * selective position rather than against every term.
 */
final class ValueIndex {
    private static final double TOLERANCE = 1e-9;

    private final List<Bank.Entry> entries;
    /** By position: the distinct values there, ascending. */
    private final double[][] values;
    /** By position: where each distinct value's entries start in {@link #order} (one more than values). */
    private final int[][] start;
    /** By position: entry numbers grouped by value, ascending values, bank order within a value. */
    private final int[][] order;

    ValueIndex(List<Bank.Entry> entries, int positions) {
        this.entries = entries;
        this.values = new double[positions][];
        this.start = new int[positions][];
        this.order = new int[positions][];
        int n = entries.size();
        double[][] columns = new double[positions][n];
        for (int i = 0; i < n; i++) {
            double[] sop = entries.get(i).values().sop();
            for (int p = 0; p < positions; p++) {
                columns[p][i] = sop[p];
            }
        }
        for (int p = 0; p < positions; p++) {
            double[] column = columns[p];
            double[] sorted = column.clone();
            Arrays.sort(sorted);
            int distinct = 0;
            for (int i = 0; i < n; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[distinct++] = sorted[i];
                }
            }
            values[p] = Arrays.copyOf(sorted, distinct);
            int[] group = new int[n];
            int[] starts = new int[distinct + 1];
            for (int i = 0; i < n; i++) {
                group[i] = Arrays.binarySearch(values[p], column[i]);
                starts[group[i] + 1]++;
            }
            for (int g = 0; g < distinct; g++) {
                starts[g + 1] += starts[g];
            }
            int[] fill = Arrays.copyOf(starts, distinct);
            order[p] = new int[n];
            for (int i = 0; i < n; i++) {
                order[p][fill[group[i]]++] = i;
            }
            start[p] = starts;
        }
    }

    /** The first entry, in bank order, that meets {@code spec}; null if none. Counts checks in {@code checks}. */
    Term first(SOpSpec spec, LongAdder checks) {
        int best = -1;
        int bestCount = Integer.MAX_VALUE;
        for (int p = 0; p < values.length && bestCount > 1; p++) {
            double[] allowed = spec.allowed(p);
            if (allowed == null) {
                continue;
            }
            int count = 0;
            for (double a : allowed) {
                count += start[p][upper(p, a)] - start[p][lower(p, a)];
            }
            if (count < bestCount) {
                best = p;
                bestCount = count;
            }
        }
        if (best < 0) { // a goal that allows anything anywhere: the first term will do
            return entries.stream().filter(e -> !e.term().constant() && spec.accepts(e.values().sop())).findFirst()
                    .map(Bank.Entry::term).orElse(null);
        }
        int[] candidates = new int[bestCount];
        int n = 0;
        for (double a : spec.allowed(best)) {
            for (int i = start[best][lower(best, a)]; i < start[best][upper(best, a)]; i++) {
                candidates[n++] = order[best][i];
            }
        }
        Arrays.sort(candidates, 0, n);
        for (int i = 0; i < n; i++) {
            Bank.Entry entry = entries.get(candidates[i]);
            checks.increment();
            if (!entry.term().constant() && spec.accepts(entry.values().sop())) {
                return entry.term();
            }
        }
        return null;
    }

    /** The first distinct value at position p that is at least a - tolerance. */
    private int lower(int p, double a) {
        return search(values[p], a - TOLERANCE);
    }

    /** The first distinct value at position p that exceeds a + tolerance. */
    private int upper(int p, double a) {
        return search(values[p], Math.nextUp(a + TOLERANCE));
    }

    /** The first index whose value is at least {@code x}. */
    private static int search(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
