package dev.tprog.rasp;

import dev.tprog.program.ClosestMatch;
import java.util.Arrays;

/** Computes select matrices over primitive arrays: strings become ranks, bools become 0/1. */
final class Selection {
    private Selection() {}

    static BitMatrix select(Column keys, Column queries, Comparison comparison) {
        return matches(keys, queries, comparison);
    }

    private static BitMatrix matches(Column keys, Column queries, Comparison comparison) {
        int n = keys.length();
        BitMatrix out = new BitMatrix(n);
        if (comparison == Comparison.TRUE) {
            out.fill();
            return out;
        }
        double[][] comparable = comparable(keys, queries);
        if (comparable == null) {
            return mismatched(keys, queries, comparison, out);
        }
        fillRows(out, comparable[0], comparable[1], comparison);
        return out;
    }

    /** Keys and queries as numbers that order as Python orders the values, or null when they do not compare. */
    private static double[][] comparable(Column keys, Column queries) {
        if (keys instanceof Column.Strs k && queries instanceof Column.Strs q) {
            return ranks(k.values(), q.values());
        }
        double[] k = numbers(keys);
        double[] q = numbers(queries);
        return k == null || q == null ? null : new double[][] {k, q};
    }

    private static double[] numbers(Column column) {
        if (column instanceof Column.Nums c) {
            return c.values();
        }
        if (column instanceof Column.Bools c) {
            return c.asNums().values();
        }
        return null;
    }

    /** Replaces strings by their rank among the distinct strings of both columns. */
    private static double[][] ranks(String[] keys, String[] queries) {
        String[] all = new String[keys.length + queries.length];
        System.arraycopy(keys, 0, all, 0, keys.length);
        System.arraycopy(queries, 0, all, keys.length, queries.length);
        Arrays.sort(all);
        int distinct = 0;
        for (String s : all) {
            if (distinct == 0 || !all[distinct - 1].equals(s)) {
                all[distinct++] = s;
            }
        }
        return new double[][] {rank(all, distinct, keys), rank(all, distinct, queries)};
    }

    private static double[] rank(String[] sortedDistinct, int distinct, String[] values) {
        double[] rank = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            rank[i] = Arrays.binarySearch(sortedDistinct, 0, distinct, values[i]);
        }
        return rank;
    }

    private static void fillRows(BitMatrix out, double[] keys, double[] queries, Comparison comparison) {
        int n = keys.length;
        long[] words = out.words();
        int perRow = out.wordsPerRow();
        for (int i = 0; i < n; i++) {
            double q = queries[i];
            int base = i * perRow;
            for (int j = 0; j < n; j++) {
                if (comparison.holds(keys[j], q)) {
                    words[base + (j >>> 6)] |= 1L << j;
                }
            }
        }
    }

    /** Strings against numbers: never equal, always different, and not ordered (Python's TypeError). */
    private static BitMatrix mismatched(Column keys, Column queries, Comparison comparison, BitMatrix out) {
        if (comparison == Comparison.NE) {
            out.fill();
        } else if (comparison != Comparison.EQ) {
            throw new RaspError("'" + comparison.symbol() + "' not supported between keys of type "
                    + keys.typeName() + " and queries of type " + queries.typeName());
        }
        return out;
    }

    /** Each row keeps only the match the hub's {@link ClosestMatch} rule picks. */
    static BitMatrix closest(BitMatrix matches) {
        int n = matches.size();
        BitMatrix out = new BitMatrix(n);
        boolean[] row = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                row[j] = matches.get(i, j);
            }
            out.set(i, ClosestMatch.select(i, row));
        }
        return out;
    }
}
