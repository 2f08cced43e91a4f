package dev.tprog.task;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code <s> w}: the distinct tokens of {@code w}, most frequent first (ties: first
 * occurrence first), one per position; positions past the last distinct token are
 * labelled {@code <s>}, and those labels are scored, as in the reference.
 */
final class MostFreqTask extends DigitStringTask {
    MostFreqTask() {
        super(false);
    }

    @Override
    public String name() {
        return "most_freq";
    }

    @Override
    public String summary() {
        return "<s> w: position i is labelled with the i-th distinct token by descending count (ties: first seen), then <s>";
    }

    @Override
    public boolean causal() {
        return false;
    }

    @Override
    List<String> labels(List<String> content) {
        Map<String, Integer> counts = counts(content);
        List<String> order = new ArrayList<>(counts.keySet()); // first-seen order
        order.sort(Comparator.comparing((String token) -> -counts.get(token)).thenComparing(content::indexOf));
        while (order.size() < content.size()) {
            order.add(Tokens.BOS);
        }
        return order;
    }
}
