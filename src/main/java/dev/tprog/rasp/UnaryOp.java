package dev.tprog.rasp;

/** Element-wise unary operators; on atoms they act once. */
public enum UnaryOp {
    NOT("not"), NEG("-"), POS("+"), ROUND("round"), INDICATOR("indicator");

    private final String symbol;

    UnaryOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    static UnaryOp of(String symbol) {
        for (UnaryOp op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        throw new AssertionError(symbol);
    }
}
