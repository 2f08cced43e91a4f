package dev.tprog.nn;

import java.util.Arrays;

/**
 * The forward pass of a Gumbel-softmax sample: {@code softmax((x + g) / tau)} row by row, with a
 * standard Gumbel draw {@code g = -log(-log u)} for every logit not at the mask's value (a
 * masked logit keeps probability 0 with any noise, so it draws none).
 *
 * <p>Late in training most rows come out exactly one-hot: one z lies more than 104.5 above every
 * other, so every other exponential rounds to float 0 and the sum to 1. Whether a row will,
 * whatever the exact noise, is known before a draw's two logarithms: {@code g(u)} is monotone
 * ({@code Math.log} is semi-monotonic, and so is rounding), so the bucket of u in a table bounds
 * g, and rounded addition and division by {@code tau > 0} are monotone too, so they carry the
 * bounds to z. Such a row is written one-hot: the floats the full computation gives, without
 * its logarithms and exponentials. Every other row is computed in full.
 */
final class GumbelSoftmax {
    private GumbelSoftmax() {}

    private static final int BUCKETS = 4096;
    /** {@code LOW[i] <= g(u) <= HIGH[i]} for u in {@code [i, i + 1] / BUCKETS}: g(0) = -inf, g(1) = +inf. */
    private static final float[] LOW = new float[BUCKETS];
    private static final float[] HIGH = new float[BUCKETS];

    static {
        for (int i = 0; i < BUCKETS; i++) {
            LOW[i] = Transcendentals.gumbel(i / (float) BUCKETS);
            HIGH[i] = Transcendentals.gumbel((i + 1) / (float) BUCKETS);
        }
    }

    /**
     * Where {@code z - max} lies below this, exp rounds to float 0, with room for its 1 ulp:
     * {@code e^-104.5 < 2^-150}, half the least float. (The row's sum then takes such terms
     * before the max's 1 is added, too small to move it, or after, when they vanish.)
     */
    private static final double VANISHES = -104.5;

    /**
     * Open rows in a row after which a call stops looking for sure ones: sure rows come in runs
     * (a temperature low enough for one is low enough for most), and early in training, when
     * there are none, looking at every row would cost about a percent of a step.
     */
    private static final int GIVE_UP = 4;

    /**
     * Draws the noise of {@code x}'s rows of n, in row-major order, and writes each row's sample
     * into {@code soft}; with {@code argmax} non-null, also the first largest z of each row.
     */
    static void sample(float[] x, float tau, NoiseSource noise, float masked, int n, float[] soft, int[] argmax) {
        float[] u = new float[x.length]; // each draw at its logit's index; a masked logit keeps 0
        for (int i = 0; i < x.length; i++) {
            if (x[i] != masked) {
                u[i] = noise.uniform();
                if (!(u[i] > 0f && u[i] < 1f)) {
                    throw new IllegalArgumentException("noise must lie in (0,1), got " + u[i]);
                }
            }
        }
        int[] winners = sureWinners(x, u, tau, masked, n);
        if (winners == null) {
            sampleInFull(x, tau, masked, n, u, soft, argmax);
        } else {
            sampleOpenRows(x, tau, masked, n, u, winners, soft, argmax);
        }
    }

    /**
     * Each row's sure winner, -1 for an open row, from the draws u at the unmasked logits' indices;
     * null when no row is sure.
     */
    static int[] sureWinners(float[] x, float[] u, float tau, float masked, int n) {
        int rows = x.length / n;
        int[] winners = null;
        for (int r = 0, run = 0; r < rows && run < GIVE_UP; r++) {
            int winner = sureWinner(x, r * n, n, u, tau, masked);
            if (winner >= 0) {
                if (winners == null) {
                    winners = new int[rows];
                    Arrays.fill(winners, -1);
                }
                winners[r] = winner;
            }
            run = winner < 0 ? run + 1 : 0;
        }
        return winners;
    }

    /**
     * The index of the row at o whose sample is 1 whatever its exact noise, or -1. The candidate
     * is the largest logit a. With {@code w = x + g} and {@code z = w / tau} rounded, a's lowest
     * w (through the table) must exceed every other w by more than {@link #VANISHES} in z: it
     * does when it does in w by {@code 104.5 tau} plus the division's relative rounding (2^-24
     * of each |w|) and the double difference's, allowed for as 2^-23 of both. Another logit's w
     * is bounded through its bucket's upper edge (infinite in the top bucket, which holds 1 draw
     * in 4096: such a row stays open); it is enough that the largest of these bounds vanishes, as z and exp are
     * monotone. The winner's z must be finite (bounded by finite values on both sides), and a
     * NaN never passes.
     */
    private static int sureWinner(float[] x, int o, int n, float[] u, float tau, float masked) {
        int best = -1;
        for (int i = o; i < o + n; i++) {
            if (x[i] != masked && (best < 0 || x[i] > x[best])) {
                best = i;
            }
        }
        if (best < 0) {
            return -1;
        }
        float lowest = x[best] + LOW[bucket(u[best])];
        float highest = x[best] + HIGH[bucket(u[best])];
        if (!(Math.abs(lowest / tau) < Float.POSITIVE_INFINITY && Math.abs(highest / tau) < Float.POSITIVE_INFINITY)) {
            return -1;
        }
        float others = Float.NEGATIVE_INFINITY; // the largest w another logit can take
        for (int i = o; i < o + n; i++) {
            float w = x[i] == masked ? masked : x[i] + HIGH[bucket(u[i])];
            others = i == best ? others : Math.max(others, w); // a NaN stays
        }
        // -inf: no other logit, or only those whose z is -inf and exponential 0
        return others == Float.NEGATIVE_INFINITY || vanishes(others, lowest, VANISHES * tau) ? best - o : -1;
    }

    /** Whether w's z lies more than {@link #VANISHES} below the winner's, as {@link #sureWinner} allows. */
    private static boolean vanishes(float w, float lowest, double gap) {
        return (double) w - lowest + 0x1p-23 * (Math.abs(w) + Math.abs(lowest)) < gap;
    }

    private static int bucket(float u) {
        return (int) (u * BUCKETS); // exact scaling; u < 1 keeps it below BUCKETS
    }

    /** Writes the sure rows one-hot, and samples the open ones, gathered, in full. */
    private static void sampleOpenRows(float[] x, float tau, float masked, int n, float[] u, int[] winners,
            float[] soft, int[] argmax) {
        int open = 0;
        for (int winner : winners) {
            open += winner < 0 ? 1 : 0;
        }
        float[] openX = new float[open * n];
        float[] openU = new float[open * n];
        for (int r = 0, i = 0; r < winners.length; r++) {
            if (winners[r] < 0) {
                System.arraycopy(x, r * n, openX, i * n, n);
                System.arraycopy(u, r * n, openU, i * n, n);
                i++;
            } else {
                soft[r * n + winners[r]] = 1f;
            }
        }
        float[] openSoft = new float[open * n];
        int[] openArgmax = argmax == null ? null : new int[open];
        sampleInFull(openX, tau, masked, n, openU, openSoft, openArgmax);
        for (int r = 0, i = 0; r < winners.length; r++) {
            if (winners[r] < 0) {
                System.arraycopy(openSoft, i * n, soft, r * n, n);
                if (argmax != null) {
                    argmax[r] = openArgmax[i];
                }
                i++;
            } else if (argmax != null) {
                argmax[r] = winners[r];
            }
        }
    }

    /** Every row's sample the plain way: the draws' Gumbel values, z, and softmax. */
    private static void sampleInFull(float[] x, float tau, float masked, int n, float[] u, float[] soft,
            int[] argmax) {
        float[] g = new float[x.length]; // the unmasked logits' draws, gathered for one pass of logarithms
        int draws = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] != masked) {
                g[draws++] = u[i];
            }
        }
        Transcendentals.gumbels(g, g, draws);
        float[] z = new float[x.length];
        for (int i = 0, t = 0; i < x.length; i++) {
            z[i] = x[i] == masked ? x[i] / tau : (x[i] + g[t++]) / tau;
        }
        Transcendentals.softmaxRows(z, soft, n);
        for (int r = 0; argmax != null && r < argmax.length; r++) {
            argmax[r] = Kernels.argmaxRow(z, r * n, n);
        }
    }
}
