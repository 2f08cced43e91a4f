package dev.tprog.synth;

import dev.tprog.rasp.Comparison;

/**
 * What a production computes. Leaves read the input or are constants; the rest are RASP's
 * operators. A new primitive of an existing kind (another constant, another comparison) is a
 * new {@link Production} in the grammar's list, not new code.
 */
public sealed interface Operator {
    /** {@code tokens}, {@code indices} or {@code length}. */
    record Input(String name) implements Operator {}

    /** A number, or a string given by its code in the {@link Layout}'s string table. */
    record Constant(String rasp, double value) implements Operator {}

    /** {@code a + b}, {@code a - b}, {@code a * b}. */
    record Arithmetic(char symbol) implements Operator {}

    /** {@code a op b}, element-wise, giving a boolean s-op. */
    record Compare(Comparison comparison) implements Operator {}

    /** {@code indicator(b)}: truth as 1/0. */
    record Indicator() implements Operator {}

    /** {@code a if c else b}; arguments in that order. */
    record IfElse() implements Operator {}

    /** {@code select(keys, queries, op)}; with TRUE it takes no arguments (the full selector). */
    record Select(Comparison comparison) implements Operator {}

    /** {@code s1 and s2}, {@code s1 or s2} on selectors. */
    record Combine(boolean and) implements Operator {}

    /** {@code aggregate(sel, sop)} with the default 0. */
    record Aggregate() implements Operator {}

    /** {@code selector_width(sel)}. */
    record Width() implements Operator {}
}
