package dev.tprog.synth;

import java.time.Duration;

/**
 * What a search did: candidate terms evaluated by the enumeration, terms kept (the bank's, one
 * per distinct value vector, and the goal-directed search's atoms), candidates the
 * goal-directed search checked against its goals, the cost level it reached, its wall time and
 * the threads it used.
 */
public record Statistics(long enumerated, long kept, long checked, int cost, Duration elapsed, int threads) {
    public String describe() {
        return String.format("%,d terms enumerated, %,d kept, %,d goal-directed checks, cost levels 1..%d, %.2f s on %d threads",
                enumerated, kept, checked, cost, elapsed.toNanos() / 1e9, threads);
    }
}
