package dev.tprog.rasp;

/** A place in a source text: line from 1, column from 0 (as ANTLR counts). */
public record Pos(int line, int column) {
    /** For values that come from no source text (built-ins, test fixtures). */
    public static final Pos NONE = new Pos(0, 0);

    @Override
    public String toString() {
        return line + ":" + (column + 1);
    }
}
