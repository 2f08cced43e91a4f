package dev.tprog.task;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Token strings and their ids, built as the reference builds them from the training split:
 * {@code <pad>} is id 0, then every other string in sorted (code point) order; or, for an NLP
 * set, {@code <pad>}, {@code <unk>} and the most frequent input tokens. A string outside the
 * vocabulary has no id of its own; a vocabulary with {@code <unk>} reads it as {@code <unk>}.
 */
public final class Vocabulary {
    private final List<String> tokens;
    private final Map<String, Integer> ids = new HashMap<>();

    public Vocabulary(List<String> tokens) {
        this.tokens = List.copyOf(tokens);
        for (int id = 0; id < this.tokens.size(); id++) {
            if (ids.put(this.tokens.get(id), id) != null) {
                throw new IllegalArgumentException("vocabulary lists '" + this.tokens.get(id) + "' twice");
            }
        }
    }

    /** {@code <pad>} followed by the sorted distinct non-null strings of {@code seen}. */
    public static Vocabulary of(Collection<String> seen) {
        TreeSet<String> sorted = new TreeSet<>();
        for (String token : seen) {
            if (token != null && !token.equals(Tokens.PAD)) {
                sorted.add(token);
            }
        }
        List<String> tokens = new ArrayList<>(sorted.size() + 1);
        tokens.add(Tokens.PAD);
        tokens.addAll(sorted);
        return new Vocabulary(tokens);
    }

    /** The input vocabulary of a training split. */
    public static Vocabulary ofInputs(List<Example> train) {
        List<String> seen = new ArrayList<>();
        train.forEach(example -> seen.addAll(example.input()));
        return of(seen);
    }

    /**
     * The reference's vocabulary of an NLP set ({@code get_tokenizer} with {@code vocab_size} and
     * {@code unk}): {@code <pad>}, {@code <unk>}, then the {@code words} most frequent input tokens
     * of the training split, by descending count, a tie going to the token seen first.
     * {@code <s>} and {@code </s>} count as any token; {@code <unk>} in the data is not counted
     * among them, it is in the vocabulary anyway.
     */
    public static Vocabulary ofMostFrequentInputs(List<Example> train, int words) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        train.forEach(example -> example.input().forEach(token -> counts.merge(token, 1, Integer::sum)));
        List<String> special = List.of(Tokens.PAD, Tokens.UNK);
        List<String> tokens = new ArrayList<>(special);
        counts.keySet().removeAll(special);
        // Counter.most_common: a stable sort, by count, of the tokens in order of first occurrence
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(words)
                .forEach(count -> tokens.add(count.getKey()));
        return new Vocabulary(tokens);
    }

    /** The label vocabulary of a training split (ignored positions contribute nothing). */
    public static Vocabulary ofOutputs(List<Example> train) {
        List<String> seen = new ArrayList<>();
        train.forEach(example -> seen.addAll(example.output()));
        return of(seen);
    }

    public List<String> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    /**
     * The id {@code token} reads as: its own; else, in a vocabulary with {@code <unk>}, the id of
     * {@code <unk>} (the reference's {@code tokenize}); else -1.
     */
    public int idOrUnknown(String token) {
        return ids.getOrDefault(token, ids.getOrDefault(Tokens.UNK, -1));
    }

    public String token(int id) {
        return tokens.get(id);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Vocabulary vocabulary && vocabulary.tokens.equals(tokens);
    }

    @Override
    public int hashCode() {
        return tokens.hashCode();
    }

    @Override
    public String toString() {
        return tokens.toString();
    }
}
