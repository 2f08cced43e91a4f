package dev.tprog.rasp;

/**
 * Collects the values of a new s-op position by position, then checks what the reference's
 * Sequence checks: one type throughout (ints and floats mix as floats, bools count as ints
 * among numbers), or a type error listing the values.
 */
final class ColumnBuilder {
    private final int n;
    private double[] nums;
    private boolean[] isInt;
    private String[] strs;
    private boolean[] bools;
    private boolean sawNum;
    private boolean sawStr;
    private boolean sawBool;

    ColumnBuilder(int n) {
        this.n = n;
    }

    void num(int i, double value, boolean integral) {
        if (nums == null) {
            nums = new double[n];
            isInt = new boolean[n];
        }
        nums[i] = value;
        isInt[i] = integral;
        sawNum = true;
    }

    void str(int i, String value) {
        if (strs == null) {
            strs = new String[n];
        }
        strs[i] = value;
        sawStr = true;
    }

    void bool(int i, boolean value) {
        if (bools == null) {
            bools = new boolean[n];
        }
        bools[i] = value;
        sawBool = true;
        // Kept as a number too, in case numbers join later (Python: True == 1).
        boolean sawNumBefore = sawNum;
        num(i, value ? 1 : 0, true);
        sawNum = sawNumBefore;
    }

    void atom(int i, Value value) {
        if (value instanceof Value.Int v) {
            num(i, exact(v.value()), true);
        } else if (value instanceof Value.Float v) {
            num(i, v.value(), false);
        } else if (value instanceof Value.Str v) {
            str(i, v.value());
        } else if (value instanceof Value.Bool v) {
            bool(i, v.value());
        } else {
            throw new RaspError("attempted to create sequence with illegal val types (vals must be bool, float, "
                    + "int or string): got " + Format.describe(value));
        }
    }

    /** Copies position {@code from} of {@code column} to position {@code i}. */
    void copy(int i, Column column, int from) {
        if (column instanceof Column.Nums c) {
            num(i, c.values()[from], c.isInt()[from]);
        } else if (column instanceof Column.Strs c) {
            str(i, c.values()[from]);
        } else if (column instanceof Column.Bools c) {
            bool(i, c.values()[from]);
        } else {
            throw new AssertionError(column);
        }
    }

    Column build() {
        if (sawStr && (sawNum || sawBool)) {
            throw new RaspError("attempted to create sequence with vals of different types: " + preview());
        }
        if (sawStr) {
            return new Column.Strs(strs);
        }
        if (sawNum) {
            return new Column.Nums(nums, isInt);
        }
        if (sawBool) {
            return new Column.Bools(bools);
        }
        throw new AssertionError("empty column");
    }

    private String preview() {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : ", ");
            out.append(strs != null && strs[i] != null ? Format.pyRepr(new Value.Str(strs[i]))
                    : bools != null && !sawNum ? (bools[i] ? "True" : "False")
                    : Format.number(nums[i], isInt[i]));
        }
        return out.append("]").toString();
    }

    /** Checks that an int survives the trip through a double. */
    static double exact(long value) {
        double d = value;
        if (Math.abs(d) > Py.MAX_EXACT_INT) {
            throw new RaspError("int " + value + " is too large for an s-op (tprog keeps s-op numbers exact up to 2^53)");
        }
        return d;
    }
}
