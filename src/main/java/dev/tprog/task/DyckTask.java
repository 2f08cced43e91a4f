package dev.tprog.task;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Dyck-k recognition in the PTF labelling: {@code <s> w} with {@code |w| = max - 1}; each
 * prefix is labelled P (still possible to balance), T (balanced right here) or F (a close
 * bracket failed to match, and everything after it is F too). Half the strings are uniform
 * random brackets; the other half start from a balanced string of random depth.
 */
final class DyckTask extends SampledTask {
    private static final String[][] PAIRS = {{"(", ")"}, {"{", "}"}};
    private static final Map<String, String> OPEN_OF = Map.of(")", "(", "}", "{");

    private final int kinds;

    /** @param kinds the number of bracket kinds: 1 for {@code ( )}, 2 adds {@code { }} */
    DyckTask(int kinds) {
        this.kinds = kinds;
    }

    @Override
    public String name() {
        return "dyck" + kinds;
    }

    @Override
    public String summary() {
        return "<s> w over " + kinds + " bracket kind" + (kinds == 1 ? "" : "s")
                + ": each prefix is labelled P (open), T (balanced) or F (failed); vocab size is fixed";
    }

    @Override
    public boolean causal() {
        return true;
    }

    @Override
    public TaskParams defaults() {
        return new TaskParams(2 * kinds, 16, 16);
    }

    @Override
    public void check(TaskParams params) {
        require(params.vocabSize() == 2 * kinds, name() + ": the vocabulary is fixed to " + String.join(" ", brackets())
                + " (vocab size " + 2 * kinds + "), got vocab size " + params.vocabSize());
        require(params.maxLength() >= 2, name() + ": max length must be at least 2 (<s> and one bracket), got "
                + params.maxLength());
        require(params.minLength() >= 0, name() + ": min length must not be negative, got " + params.minLength());
        require(params.minLength() / 2 <= params.maxLength() / 2, name()
                + ": min length must not exceed max length (the balanced half draws min/2 to max/2 pairs), got min "
                + params.minLength() + ", max " + params.maxLength());
    }

    @Override
    Example sample(NumpyRandom random, TaskParams params) {
        int length = params.maxLength() - 1;
        List<String> content;
        if (random.randint(0, 2) == 1) {
            content = balanced(random, params.minLength() / 2, params.maxLength() / 2);
            if (content.size() < length) {
                content.addAll(Arrays.asList(random.choice(brackets(), length - content.size())));
            } else if (content.size() > length) {
                content = new ArrayList<>(content.subList(0, length));
            }
        } else {
            content = Arrays.asList(random.choice(brackets(), length));
        }
        return new Example(prepend(Tokens.BOS, content), prepend(null, labels(content)));
    }

    /** Between minPairs and maxPairs pairs, each appended or wrapped around the rest with even odds. */
    private List<String> balanced(NumpyRandom random, int minPairs, int maxPairs) {
        List<String> brackets = new ArrayList<>();
        int pairs = random.randint(minPairs, maxPairs + 1);
        for (int i = 0; i < pairs; i++) {
            String[] pair = PAIRS[random.randint(0, kinds)];
            if (random.randint(0, 2) == 0) {
                brackets.add(pair[0]);
                brackets.add(pair[1]);
            } else {
                brackets.add(0, pair[0]);
                brackets.add(pair[1]);
            }
        }
        return brackets;
    }

    private String[] brackets() {
        String[] brackets = new String[2 * kinds];
        for (int kind = 0; kind < kinds; kind++) {
            brackets[2 * kind] = PAIRS[kind][0];
            brackets[2 * kind + 1] = PAIRS[kind][1];
        }
        return brackets;
    }

    /** The PTF label of every prefix of {@code content}. */
    static List<String> labels(List<String> content) {
        List<String> labels = new ArrayList<>(content.size());
        List<String> stack = new ArrayList<>();
        for (String bracket : content) {
            String open = OPEN_OF.get(bracket);
            if (open == null) {
                stack.add(bracket);
                labels.add("P");
            } else if (stack.isEmpty() || !stack.get(stack.size() - 1).equals(open)) {
                while (labels.size() < content.size()) {
                    labels.add("F");
                }
                return labels;
            } else {
                stack.remove(stack.size() - 1);
                labels.add(stack.isEmpty() ? "T" : "P");
            }
        }
        return labels;
    }
}
