package dev.tprog.rasp;

/**
 * The predicate of {@code select(keys, queries, op)}: position j is selected for query i when
 * {@code keys[j] op queries[i]}. {@code TRUE} (a tprog extension, as in Tracr) always holds.
 */
public enum Comparison {
    EQ("=="), LT("<"), GT(">"), GE(">="), LE("<="), NE("!="), TRUE("TRUE");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The comparison written {@code symbol}, or null when there is none. */
    static Comparison of(String symbol) {
        for (Comparison c : values()) {
            if (c.symbol.equals(symbol)) {
                return c;
            }
        }
        return null;
    }
}
