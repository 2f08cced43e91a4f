package dev.tprog.program;

/**
 * A categorical head: each query position attends to exactly one key position, the closest
 * one whose key value its query value matches (see {@link ClosestMatch}), and copies the
 * value variable from there. The output has the value variable's value set.
 */
public record CategoricalAttention(String name, String query, String key, String value, Predicate predicate)
        implements Attention {
    @Override
    public CategoricalAttention withPredicate(Predicate predicate) {
        return new CategoricalAttention(name, query, key, value, predicate);
    }
}
