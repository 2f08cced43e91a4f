package dev.tprog.task;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** {@code <s> w </s>} labelled with {@code reverse(w)}. */
final class ReverseTask extends DigitStringTask {
    ReverseTask() {
        super(true);
    }

    @Override
    public String name() {
        return "reverse";
    }

    @Override
    public String summary() {
        return "<s> w </s>: position i is labelled with the i-th token of w reversed";
    }

    @Override
    public boolean causal() {
        return false;
    }

    @Override
    List<String> labels(List<String> content) {
        List<String> reversed = new ArrayList<>(content);
        Collections.reverse(reversed);
        return reversed;
    }
}
