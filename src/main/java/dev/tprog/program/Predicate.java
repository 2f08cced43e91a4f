package dev.tprog.program;

import java.util.Arrays;

/**
 * An attention head's predicate: each query value matches exactly one key value, or none.
 * {@code keyOf[q]} is the key slot that query slot {@code q} matches, or {@link #NONE}.
 * Several query values may match the same key value (the model's row-wise argmax).
 */
public record Predicate(int[] keyOf) {
    public static final int NONE = -1;

    public Predicate {
        keyOf = keyOf.clone();
    }

    @Override
    public int[] keyOf() {
        return keyOf.clone();
    }

    public int keyOf(int querySlot) {
        return keyOf[querySlot];
    }

    public int size() {
        return keyOf.length;
    }

    public boolean matches(int querySlot, int keySlot) {
        return keyOf[querySlot] == keySlot;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Predicate predicate && Arrays.equals(predicate.keyOf, keyOf);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(keyOf);
    }

    @Override
    public String toString() {
        return "Predicate" + Arrays.toString(keyOf);
    }
}
