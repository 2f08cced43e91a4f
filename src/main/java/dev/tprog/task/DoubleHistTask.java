package dev.tprog.task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code <s> w}: each token labelled with how many distinct tokens share its count. */
final class DoubleHistTask extends DigitStringTask {
    DoubleHistTask() {
        super(false);
    }

    @Override
    public String name() {
        return "double_hist";
    }

    @Override
    public String summary() {
        return "<s> w: each token is labelled with the number of distinct tokens whose count equals its count";
    }

    @Override
    public boolean causal() {
        return false;
    }

    @Override
    List<String> labels(List<String> content) {
        Map<String, Integer> counts = counts(content);
        Map<Integer, Integer> tokensWithCount = new HashMap<>();
        for (int count : counts.values()) {
            tokensWithCount.merge(count, 1, Integer::sum);
        }
        return mapEach(content, token -> Integer.toString(tokensWithCount.get(counts.get(token))));
    }
}
