package dev.tprog.program;

import java.util.Arrays;

/**
 * A categorical input variable computed from the token alone: a discretised learned embedding
 * block. {@code valueOf[t]} is the slot of the value that token id {@code t} maps to.
 */
public record TokenEmbedding(String name, ValueSet values, int[] valueOf) {
    public TokenEmbedding {
        valueOf = valueOf.clone();
    }

    @Override
    public int[] valueOf() {
        return valueOf.clone();
    }

    public int valueOf(int token) {
        return valueOf[token];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TokenEmbedding embedding && embedding.name.equals(name)
                && embedding.values.equals(values) && Arrays.equals(embedding.valueOf, valueOf);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(valueOf);
    }

    @Override
    public String toString() {
        return "TokenEmbedding[" + name + "]";
    }
}
