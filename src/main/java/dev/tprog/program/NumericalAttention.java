package dev.tprog.program;

import java.util.List;

/**
 * A numerical head: the sum of a numerical value variable over every key position whose key
 * value the query value matches (with the value {@code ones}, a count). No BOS default.
 */
public record NumericalAttention(String name, String query, String key, String value, Predicate predicate)
        implements Operation {
    @Override
    public List<String> reads() {
        return List.of(query, key, value);
    }
}
