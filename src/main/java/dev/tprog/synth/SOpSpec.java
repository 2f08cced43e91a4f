package dev.tprog.synth;

import java.util.Arrays;

/**
 * A goal for an s-op: at each visible position the values it may take (a set; null where any
 * value will do), and optionally that its values be distinct within each example. The target
 * is the special case of one value per labelled position; inverse semantics give sets, such
 * as "any position at which the output holds this token" for the keys of a gather.
 */
final class SOpSpec implements Goal {
    private static final double TOLERANCE = 1e-9;

    private final Layout layout;
    private final Type type;
    private final double[][] allowed;
    private final int[] constrained;
    private final boolean distinct;
    private final int depth;

    /**
     * @param allowed by position: the values allowed there, or null for any value (the arrays
     *     are kept, not copied)
     */
    SOpSpec(Layout layout, Type type, double[][] allowed, boolean distinct, int depth) {
        if (type != Type.CAT && type != Type.NUM) {
            throw new IllegalArgumentException("an s-op goal is categorical or numerical, not " + type);
        }
        this.layout = layout;
        this.type = type;
        this.allowed = allowed;
        this.distinct = distinct;
        this.depth = depth;
        this.constrained = java.util.stream.IntStream.range(0, allowed.length).filter(p -> allowed[p] != null).toArray();
    }

    Type type() {
        return type;
    }

    @Override
    public int depth() {
        return depth;
    }

    /** Whether the values must differ within each example. */
    boolean distinct() {
        return distinct;
    }

    Layout layout() {
        return layout;
    }

    /** The values allowed at position {@code p}, or null for any value. */
    double[] allowed(int p) {
        return allowed[p];
    }

    /** Whether some position allows no value at all (then no term meets the spec). */
    boolean impossible() {
        for (int p : constrained) {
            if (allowed[p].length == 0) {
                return true;
            }
        }
        return false;
    }

    boolean allows(int p, double value) {
        double[] set = allowed[p];
        if (set == null) {
            return true;
        }
        for (double a : set) {
            if (Math.abs(a - value) < TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    /** Whether values of this spec's type meet it. */
    boolean accepts(double[] values) {
        for (int p : constrained) {
            if (!allows(p, values[p])) {
                return false;
            }
        }
        return !distinct || distinctPerExample(layout, values);
    }

    /** Whether no two positions of the same example hold the same value. */
    static boolean distinctPerExample(Layout layout, double[] values) {
        for (int e = 0; e < layout.examples(); e++) {
            int s = layout.start(e);
            double[] sorted = Arrays.copyOfRange(values, s, s + layout.length(e));
            Arrays.sort(sorted);
            for (int i = 1; i < sorted.length; i++) {
                if (sorted[i] - sorted[i - 1] < TOLERANCE) {
                    return false;
                }
            }
        }
        return true;
    }
}
