package dev.tprog.task;

import java.util.ArrayList;
import java.util.List;

/** {@code <s> w </s>} labelled with {@code sorted(w)} (string order, as Python sorts). */
final class SortTask extends DigitStringTask {
    SortTask() {
        super(true);
    }

    @Override
    public String name() {
        return "sort";
    }

    @Override
    public String summary() {
        return "<s> w </s>: position i is labelled with the i-th token of w sorted";
    }

    @Override
    public boolean causal() {
        return false;
    }

    @Override
    List<String> labels(List<String> content) {
        List<String> sorted = new ArrayList<>(content);
        sorted.sort(null);
        return sorted;
    }
}
