package dev.tprog.nn;

/**
 * A deterministic {@link NoiseSource}: SplitMix64 (Steele, Lea and Flood 2014; the generator
 * behind {@link java.util.SplittableRandom}, whose {@code new SplittableRandom(seed).nextLong()}
 * gives the same stream), written out here so the sequence cannot change with the JDK. Each draw
 * takes the top 23 bits {@code k} of the next 64-bit output and returns {@code (2k + 1) / 2^24},
 * which is exact in float and lies in {@code [2^-24, 1 - 2^-24]}: never 0, never 1.
 */
public final class SeededNoise implements NoiseSource {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private long state;

    public SeededNoise(long seed) {
        this.state = seed;
    }

    /**
     * Stream {@code index} of a family derived from one seed: each chunk of a training step draws
     * from its own, so its noise does not depend on which thread runs it or when.
     */
    public static SeededNoise stream(long seed, long index) {
        return new SeededNoise(mix(seed + mix(index * GOLDEN_GAMMA)));
    }

    /** The next raw 64-bit SplitMix64 output. */
    long nextLong() {
        return mix(state += GOLDEN_GAMMA);
    }

    /** SplitMix64's output function (a bijection of 64-bit values). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    @Override
    public float uniform() {
        long k = nextLong() >>> 41; // 23 bits
        return (2 * k + 1) * 0x1p-24f;
    }
}
