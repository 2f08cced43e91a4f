package dev.tprog.rasp;

/** The value of a selector on one input: an n-by-n bit matrix, row = query, column = key, 64 keys per long. */
public final class BitMatrix {
    private final int n;
    private final int words;
    private final long[] bits;

    public BitMatrix(int n) {
        this.n = n;
        this.words = (n + 63) >>> 6;
        this.bits = new long[n * words];
    }

    public int size() {
        return n;
    }

    public boolean get(int query, int key) {
        return (bits[query * words + (key >>> 6)] & (1L << key)) != 0;
    }

    public void set(int query, int key) {
        bits[query * words + (key >>> 6)] |= 1L << key;
    }

    /** Row {@code query} as words of 64 keys; callers read it, never write. */
    long[] words() {
        return bits;
    }

    int wordsPerRow() {
        return words;
    }

    /** How many keys row {@code query} selects. */
    public int count(int query) {
        int count = 0;
        for (int w = query * words, end = w + words; w < end; w++) {
            count += Long.bitCount(bits[w]);
        }
        return count;
    }

    /** The first key row {@code query} selects at or after {@code from}, or -1. */
    public int next(int query, int from) {
        if (from >= n) {
            return -1;
        }
        int base = query * words;
        int w = from >>> 6;
        long word = bits[base + w] & (-1L << from);
        while (true) {
            if (word != 0) {
                int key = (w << 6) + Long.numberOfTrailingZeros(word);
                return key < n ? key : -1;
            }
            if (++w == words) {
                return -1;
            }
            word = bits[base + w];
        }
    }

    public BitMatrix and(BitMatrix other) {
        BitMatrix out = new BitMatrix(n);
        for (int i = 0; i < bits.length; i++) {
            out.bits[i] = bits[i] & other.bits[i];
        }
        return out;
    }

    public BitMatrix or(BitMatrix other) {
        BitMatrix out = new BitMatrix(n);
        for (int i = 0; i < bits.length; i++) {
            out.bits[i] = bits[i] | other.bits[i];
        }
        return out;
    }

    public BitMatrix not() {
        BitMatrix out = new BitMatrix(n);
        for (int i = 0; i < bits.length; i++) {
            out.bits[i] = ~bits[i];
        }
        out.clearPastEnd();
        return out;
    }

    /** Sets every key of every row. */
    void fill() {
        java.util.Arrays.fill(bits, -1L);
        clearPastEnd();
    }

    /** Keeps the unused high bits of each row's last word zero, so counts stay right. */
    private void clearPastEnd() {
        int used = n & 63;
        if (used == 0) {
            return;
        }
        long mask = (1L << used) - 1;
        for (int row = 0; row < n; row++) {
            bits[row * words + words - 1] &= mask;
        }
    }
}
