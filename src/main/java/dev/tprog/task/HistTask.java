package dev.tprog.task;

import java.util.List;
import java.util.Map;

/** {@code <s> w}: each token labelled with how often it occurs in {@code w}. */
final class HistTask extends DigitStringTask {
    HistTask() {
        super(false);
    }

    @Override
    public String name() {
        return "hist";
    }

    @Override
    public String summary() {
        return "<s> w: each token is labelled with the number of times it occurs in w";
    }

    @Override
    public boolean causal() {
        return false;
    }

    @Override
    List<String> labels(List<String> content) {
        Map<String, Integer> counts = counts(content);
        return mapEach(content, token -> Integer.toString(counts.get(token)));
    }
}
