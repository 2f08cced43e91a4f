package dev.tprog.rasp;

import dev.tprog.rasp.Value.Atom;
import java.util.List;

/**
 * The element-wise s-op operations (a transformer's MLPs) over primitive arrays, with Python's
 * meaning per element. Common cases (numbers, bools, string comparison) have array loops; the
 * rest goes through {@link Py} one atom at a time.
 */
final class Elementwise {
    private Elementwise() {}

    static Column map(UnaryOp op, Column x) {
        int n = x.length();
        if (op == UnaryOp.NOT || op == UnaryOp.INDICATOR) {
            boolean[] truth = new boolean[n];
            for (int i = 0; i < n; i++) {
                truth[i] = x.truthy(i) ^ (op == UnaryOp.NOT);
            }
            return op == UnaryOp.NOT ? new Column.Bools(truth) : new Column.Bools(truth).asNums();
        }
        Column.Nums nums = asNums(x);
        if (nums == null) {
            return slowMap(op, x);
        }
        double[] out = new double[n];
        boolean[] isInt = op == UnaryOp.ROUND ? new boolean[n] : nums.isInt().clone();
        for (int i = 0; i < n; i++) {
            double v = nums.values()[i];
            if (op == UnaryOp.ROUND) {
                out[i] = Py.roundHalfEven(v);
                isInt[i] = true;
            } else {
                out[i] = op == UnaryOp.NEG ? -v : v;
            }
        }
        return new Column.Nums(out, isInt);
    }

    private static Column slowMap(UnaryOp op, Column x) {
        ColumnBuilder out = new ColumnBuilder(x.length());
        for (int i = 0; i < x.length(); i++) {
            out.atom(i, Py.unary(op, x.atom(i)));
        }
        return out.build();
    }

    static Column zip(BinaryOp op, Column a, Column b) {
        if (op == BinaryOp.AND || op == BinaryOp.OR) {
            return logic(op, a, b);
        }
        Column.Nums x = asNums(a);
        Column.Nums y = asNums(b);
        if (x != null && y != null) {
            return op.isComparison() ? compareNums(op, x.values(), y.values()) : arithmetic(op, x, y);
        }
        if (a instanceof Column.Strs s && b instanceof Column.Strs t && op.isComparison()) {
            return compareStrings(op, s.values(), t.values());
        }
        if (op == BinaryOp.EQ) {
            return new Column.Bools(new boolean[a.length()]); // a string never equals a number
        }
        return slowZip(op, a, b);
    }

    /** The reference's {@code and}/{@code or} on s-ops: truthiness in, bools out. */
    private static Column logic(BinaryOp op, Column a, Column b) {
        boolean[] out = new boolean[a.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = op == BinaryOp.AND ? a.truthy(i) && b.truthy(i) : a.truthy(i) || b.truthy(i);
        }
        return new Column.Bools(out);
    }

    private static Column compareNums(BinaryOp op, double[] x, double[] y) {
        boolean[] out = new boolean[x.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = compare(op, x[i], y[i]);
        }
        return new Column.Bools(out);
    }

    private static boolean compare(BinaryOp op, double x, double y) {
        switch (op) {
            case EQ:
                return x == y;
            case LT:
                return x < y;
            case GT:
                return x > y;
            case LE:
                return x <= y;
            case GE:
                return x >= y;
            default:
                throw new AssertionError(op);
        }
    }

    private static Column compareStrings(BinaryOp op, String[] x, String[] y) {
        boolean[] out = new boolean[x.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = op == BinaryOp.EQ ? x[i].equals(y[i]) : compare(op, x[i].compareTo(y[i]), 0);
        }
        return new Column.Bools(out);
    }

    private static Column arithmetic(BinaryOp op, Column.Nums a, Column.Nums b) {
        int n = a.length();
        double[] out = new double[n];
        boolean[] isInt = new boolean[n];
        for (int i = 0; i < n; i++) {
            double x = a.values()[i];
            double y = b.values()[i];
            if (a.isInt()[i] && b.isInt()[i]) {
                Value r = Py.intArithmetic(op, (long) x, (long) y);
                isInt[i] = r instanceof Value.Int;
                out[i] = isInt[i] ? ColumnBuilder.exact(((Value.Int) r).value()) : ((Value.Float) r).value();
            } else {
                out[i] = Py.floatArithmetic(op, x, y).value();
            }
        }
        return new Column.Nums(out, isInt);
    }

    private static Column slowZip(BinaryOp op, Column a, Column b) {
        ColumnBuilder out = new ColumnBuilder(a.length());
        for (int i = 0; i < a.length(); i++) {
            out.atom(i, Py.binary(op, a.atom(i), b.atom(i)));
        }
        return out.build();
    }

    /** The column as numbers when Python would compute with it as numbers (bools are 0/1), else null. */
    private static Column.Nums asNums(Column c) {
        if (c instanceof Column.Nums nums) {
            return nums;
        }
        return c instanceof Column.Bools bools ? bools.asNums() : null;
    }

    static Column choose(Column cond, Column then, Column otherwise) {
        ColumnBuilder out = new ColumnBuilder(cond.length());
        for (int i = 0; i < cond.length(); i++) {
            out.copy(i, cond.truthy(i) ? then : otherwise, i);
        }
        return out.build();
    }

    static Column member(Column element, List<Atom> container) {
        boolean[] out = new boolean[element.length()];
        for (int i = 0; i < out.length; i++) {
            Atom v = element.atom(i);
            for (Atom c : container) {
                if (Py.equal(v, c)) {
                    out[i] = true;
                    break;
                }
            }
        }
        return new Column.Bools(out);
    }

    static Column lookup(Value table, Column index) {
        ColumnBuilder out = new ColumnBuilder(index.length());
        for (int i = 0; i < index.length(); i++) {
            out.atom(i, Lookups.at(table, index.atom(i)));
        }
        return out.build();
    }

    static Column constant(Atom value, int n) {
        ColumnBuilder out = new ColumnBuilder(n);
        for (int i = 0; i < n; i++) {
            out.atom(i, value);
        }
        return out.build();
    }

    static Column indices(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i;
        }
        return Column.Nums.ints(v);
    }

    static Column tokens(SOp.Conversion conversion, List<Atom> input) {
        ColumnBuilder out = new ColumnBuilder(input.size());
        for (int i = 0; i < input.size(); i++) {
            Atom v = input.get(i);
            switch (conversion) {
                case STR -> out.str(i, Py.str(v));
                case INT -> out.num(i, ColumnBuilder.exact(Py.toInt(v)), true);
                case FLOAT -> out.num(i, Py.toFloat(v), false);
                case BOOL -> out.bool(i, Py.truthy(v));
                case ASIS -> out.atom(i, v);
                default -> throw new AssertionError(conversion);
            }
        }
        return out.build();
    }
}
