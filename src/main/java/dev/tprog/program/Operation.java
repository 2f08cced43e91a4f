package dev.tprog.program;

import java.util.List;

/**
 * One component of a layer. Each reads variables defined before it and defines exactly one
 * new variable, named {@link #name()}; nothing is ever overwritten.
 */
public sealed interface Operation
        permits Attention, CategoricalMlp, NumericalMlp {

    /** The name of the variable this operation defines. */
    String name();

    /** The names of the variables it reads, in argument order. */
    List<String> reads();
}
