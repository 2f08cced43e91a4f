package dev.tprog.program;

import java.util.List;

/**
 * What both kinds of head share: a query and a key variable, a predicate matching query
 * values to key values, and the value variable they read at the matching positions.
 */
public sealed interface Attention extends Operation permits CategoricalAttention, NumericalAttention {
    String query();

    String key();

    String value();

    Predicate predicate();

    /** The same head with another predicate. */
    Attention withPredicate(Predicate predicate);

    @Override
    default List<String> reads() {
        return List.of(query(), key(), value());
    }
}
