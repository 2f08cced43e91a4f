package dev.tprog.task;

/**
 * The random stream of numpy's legacy {@code np.random.RandomState}: MT19937 seeded with
 * {@code init_genrand}, bounded integers by masked rejection sampling, and Fisher-Yates
 * shuffles as numpy writes them.
 *
 * <p>The reference generators draw from exactly this stream ({@code np.random.seed(seed)},
 * {@code randint}, {@code choice}, and sklearn's {@code train_test_split}, which calls
 * {@code RandomState(seed).permutation}). Reproducing it lets tprog generate the very
 * datasets the reference trains on, example for example, on every machine.
 */
public final class NumpyRandom {
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] mt = new int[N];
    private int index;

    /** Same as {@code np.random.seed(seed)}; numpy accepts seeds in [0, 2^32). */
    public NumpyRandom(long seed) {
        if (seed < 0 || seed > 0xffffffffL) {
            throw new IllegalArgumentException("seed must be between 0 and 2^32 - 1, got " + seed);
        }
        mt[0] = (int) seed;
        for (int i = 1; i < N; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    /** The next 32 random bits, as MT19937's {@code genrand_int32}, unsigned in a long. */
    public long nextUint32() {
        if (index >= N) {
            regenerate();
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xffffffffL;
    }

    private void regenerate() {
        for (int k = 0; k < N; k++) {
            int y = (mt[k] & UPPER_MASK) | (mt[(k + 1) % N] & LOWER_MASK);
            mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        }
        index = 0;
    }

    /**
     * {@code np.random.randint(low, high)}: uniform in [low, high). An empty range of one
     * value consumes no random bits, exactly as numpy.
     */
    public int randint(int low, int high) {
        if (high <= low) {
            throw new IllegalArgumentException("randint: low >= high (" + low + " >= " + high + ")");
        }
        return low + (int) boundedMasked(high - 1L - low);
    }

    /** {@code np.random.randint(low, high, size=n)}: n independent draws. */
    public int[] randint(int low, int high, int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = randint(low, high);
        }
        return out;
    }

    /** {@code np.random.choice(values)} with replacement and uniform weights. */
    public String choice(String[] values) {
        return values[randint(0, values.length)];
    }

    /** {@code np.random.choice(values, size=n)} with replacement and uniform weights. */
    public String[] choice(String[] values, int n) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = choice(values);
        }
        return out;
    }

    /** {@code RandomState.permutation(n)}: a shuffled {@code arange(n)}. */
    public int[] permutation(int n) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        for (int i = n - 1; i >= 1; i--) {
            int j = (int) boundedMasked(i);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        return values;
    }

    /** A value uniform in [0, max], drawn as numpy does: mask to the next power of two, reject. */
    private long boundedMasked(long max) {
        if (max == 0) {
            return 0;
        }
        long mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        long value;
        do {
            value = nextUint32() & mask;
        } while (value > max);
        return value;
    }
}
