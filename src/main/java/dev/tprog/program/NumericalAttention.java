package dev.tprog.program;

/**
 * A numerical head: the sum of a numerical value variable over every key position whose key
 * value the query value matches (with the value {@code ones}, a count). No BOS default.
 */
public record NumericalAttention(String name, String query, String key, String value, Predicate predicate)
        implements Attention {
    @Override
    public NumericalAttention withPredicate(Predicate predicate) {
        return new NumericalAttention(name, query, key, value, predicate);
    }
}
