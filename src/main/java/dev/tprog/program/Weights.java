package dev.tprog.program;

import java.util.Arrays;

/**
 * An immutable row of float32 classifier weights, one per class. Negative zero is stored as
 * zero: the sign of a zero weight can change the sign of a zero logit but never which logit
 * is largest, and a file need not keep it.
 */
public final class Weights {
    private final float[] values;

    public Weights(float... values) {
        this.values = values.clone();
        for (int i = 0; i < this.values.length; i++) {
            if (this.values[i] == 0) {
                this.values[i] = 0;
            }
        }
    }

    public float get(int outputClass) {
        return values[outputClass];
    }

    public int size() {
        return values.length;
    }

    public float[] toArray() {
        return values.clone();
    }

    public boolean isZero() {
        for (float value : values) {
            if (value != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Weights weights && Arrays.equals(weights.values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
