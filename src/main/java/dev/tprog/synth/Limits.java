package dev.tprog.synth;

import java.time.Duration;

/**
 * When the search gives up: wall time, the largest program cost, the number of kept terms; and
 * the cost up to which the bottom-up enumeration builds its bank before the goal-directed
 * search takes over.
 */
public record Limits(Duration timeout, int maxCost, int maxTerms, int bankCost) {
    /** The default bank cost: costs 1..8 take a few seconds on the tasks' standard sizes. */
    public static final int BANK_COST = 8;

    public Limits {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("--timeout must be positive, got " + timeout.toMillis() / 1000.0 + " s");
        }
        if (maxCost < 1) {
            throw new IllegalArgumentException("--max-cost must be at least 1, got " + maxCost);
        }
        if (maxTerms < 1) {
            throw new IllegalArgumentException("--max-terms must be at least 1, got " + maxTerms);
        }
        if (bankCost < 1) {
            throw new IllegalArgumentException("--bank-cost must be at least 1, got " + bankCost);
        }
    }

    public Limits(Duration timeout, int maxCost, int maxTerms) {
        this(timeout, maxCost, maxTerms, BANK_COST);
    }

    public static Limits defaults() {
        return new Limits(Duration.ofSeconds(60), 30, 2_000_000);
    }
}
