package dev.tprog.synth;

import java.time.Duration;

/**
 * What a search did: candidate terms evaluated, terms kept (one per distinct value vector), the
 * cost level it reached, its wall time and the threads it used.
 */
public record Statistics(long enumerated, long kept, int cost, Duration elapsed, int threads) {
    public String describe() {
        return String.format("%,d terms enumerated, %,d kept, cost levels 1..%d, %.2f s on %d threads", enumerated, kept,
                cost, elapsed.toNanos() / 1e9, threads);
    }
}
