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

    /**
     * Whether {@code key op query} holds for two numbers (strings are compared by their rank in
     * a shared string table, booleans as 0 and 1). The synthesizer uses the same rule.
     */
    public boolean holds(double key, double query) {
        switch (this) {
            case EQ:
                return key == query;
            case LT:
                return key < query;
            case GT:
                return key > query;
            case LE:
                return key <= query;
            case GE:
                return key >= query;
            case NE:
                return key != query;
            case TRUE:
                return true;
            default:
                throw new AssertionError(this);
        }
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
