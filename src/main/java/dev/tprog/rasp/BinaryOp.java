package dev.tprog.rasp;

/** Element-wise binary operators, with Python's meaning on each pair of values. */
public enum BinaryOp {
    POW("^"), MUL("*"), DIV("/"), MOD("%"), ADD("+"), SUB("-"),
    EQ("=="), LE("<="), GE(">="), GT(">"), LT("<"), AND("and"), OR("or");

    private final String symbol;

    BinaryOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean isComparison() {
        return this == EQ || this == LE || this == GE || this == GT || this == LT;
    }

    static BinaryOp of(String symbol) {
        for (BinaryOp op : values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        throw new AssertionError(symbol);
    }
}
