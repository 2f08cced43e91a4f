package dev.tprog.synth;

import java.util.Arrays;

/**
 * A term's value on every visible example at once: for an s-op one number per position of the
 * concatenated inputs (strings as their code, booleans as 0/1), for a selector one bit row per
 * query position (bit j: key j of the same input). Two terms with equal values are
 * observationally equivalent, so equality and hashing are over the whole vector.
 */
final class Values {
    private final double[] sop;
    private final long[] rows;
    private final int hash;

    private Values(double[] sop, long[] rows) {
        this.sop = sop;
        this.rows = rows;
        this.hash = sop != null ? Arrays.hashCode(sop) : Arrays.hashCode(rows);
    }

    /** An s-op's values; -0.0 becomes 0.0 so that equal numbers hash alike. */
    static Values sop(double[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] += 0.0;
        }
        return new Values(values, null);
    }

    static Values selector(long[] rows) {
        return new Values(null, rows);
    }

    double[] sop() {
        return sop;
    }

    long[] rows() {
        return rows;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Values v && hash == v.hash && Arrays.equals(sop, v.sop) && Arrays.equals(rows, v.rows);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
