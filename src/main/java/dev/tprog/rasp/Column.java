package dev.tprog.rasp;

import dev.tprog.rasp.Value.Atom;

/**
 * The value of an s-op on one input: one primitive array of one type, as the reference requires
 * ("all values in one sequence share a type"). Numbers are doubles with a per-position mark of
 * which ones are Python ints, so that {@code [1, 0.5]} prints as the reference prints it.
 */
public sealed interface Column permits Column.Nums, Column.Strs, Column.Bools {
    int length();

    /** The value at {@code i} as an atom (for printing and the rare slow paths). */
    Atom atom(int i);

    /** The reference's type name: int, float, string or bool. */
    String typeName();

    boolean truthy(int i);

    /** Numbers; {@code isInt[i]} says whether position i holds a Python int. */
    record Nums(double[] values, boolean[] isInt) implements Column {
        public static Nums ints(double[] values) {
            boolean[] isInt = new boolean[values.length];
            java.util.Arrays.fill(isInt, true);
            return new Nums(values, isInt);
        }

        @Override
        public int length() {
            return values.length;
        }

        @Override
        public Atom atom(int i) {
            return isInt[i] ? new Value.Int((long) values[i]) : new Value.Float(values[i]);
        }

        @Override
        public String typeName() {
            for (boolean b : isInt) {
                if (!b) {
                    return "float";
                }
            }
            return "int";
        }

        @Override
        public boolean truthy(int i) {
            return values[i] != 0;
        }
    }

    record Strs(String[] values) implements Column {
        @Override
        public int length() {
            return values.length;
        }

        @Override
        public Atom atom(int i) {
            return new Value.Str(values[i]);
        }

        @Override
        public String typeName() {
            return "string";
        }

        @Override
        public boolean truthy(int i) {
            return !values[i].isEmpty();
        }
    }

    record Bools(boolean[] values) implements Column {
        @Override
        public int length() {
            return values.length;
        }

        @Override
        public Atom atom(int i) {
            return Value.Bool.of(values[i]);
        }

        @Override
        public String typeName() {
            return "bool";
        }

        @Override
        public boolean truthy(int i) {
            return values[i];
        }

        /** The bools as the ints 0 and 1, which is what Python computes with. */
        public Nums asNums() {
            double[] v = new double[values.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = values[i] ? 1 : 0;
            }
            return Nums.ints(v);
        }
    }
}
