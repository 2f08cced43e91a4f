package dev.tprog.synth;

/** The comparisons of {@code select} and of element-wise comparisons, as RASP spells them. */
public enum Comparison {
    EQ("=="), NE("!="), LT("<"), GT(">"), LE("<="), GE(">="), TRUE("TRUE");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether {@code key op query} holds; strings compare by their rank in the string table. */
    boolean holds(double key, double query) {
        switch (this) {
            case EQ:
                return key == query;
            case NE:
                return key != query;
            case LT:
                return key < query;
            case GT:
                return key > query;
            case LE:
                return key <= query;
            case GE:
                return key >= query;
            case TRUE:
                return true;
            default:
                throw new AssertionError(this);
        }
    }
}
