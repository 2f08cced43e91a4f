package dev.tprog.synth;

import java.time.Duration;

/** When the search gives up: wall time, the largest program cost, the number of kept terms. */
public record Limits(Duration timeout, int maxCost, int maxTerms) {
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
    }

    public static Limits defaults() {
        return new Limits(Duration.ofSeconds(60), 20, 2_000_000);
    }
}
