package dev.tprog.program;

/** A named quantity in the residual stream: one value per position. */
public sealed interface Variable permits Variable.Categorical, Variable.Numerical {
    String name();

    /** One of finitely many values per position (a one-hot block in the model). */
    record Categorical(String name, ValueSet values) implements Variable {}

    /** An integer per position (a scalar in the model: counts and sums of counts). */
    record Numerical(String name) implements Variable {}
}
