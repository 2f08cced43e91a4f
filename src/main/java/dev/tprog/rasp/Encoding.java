package dev.tprog.rasp;

/**
 * How a compiled transformer would hold an s-op in its residual stream (Tracr's annotations):
 * one dimension per value (categorical) or one dimension holding the number (numerical).
 */
public enum Encoding {
    CATEGORICAL, NUMERICAL;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
