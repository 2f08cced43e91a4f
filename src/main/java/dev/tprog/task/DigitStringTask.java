package dev.tprog.task;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The reference's string tasks over digit tokens: a content string {@code w} of uniform
 * random digits, wrapped as {@code <s> w} or {@code <s> w </s>}, labelled position by
 * position by a function of {@code w}. BOS and EOS positions are ignored.
 */
abstract class DigitStringTask extends SampledTask {
    private final boolean withEos;

    /**
     * @param withEos reverse and sort close the input with {@code </s>}, spend three vocabulary
     *     entries on special tokens and draw lengths from [min, max - 2]; the histogram tasks
     *     spend two and draw from [min, max - 1].
     */
    DigitStringTask(boolean withEos) {
        this.withEos = withEos;
    }

    /** The labels of the content positions, one per token of {@code content}. */
    abstract List<String> labels(List<String> content);

    private int specialTokens() {
        return withEos ? 3 : 2;
    }

    /** The exclusive upper bound that numpy's {@code randint} gets for the length. */
    private int lengthBound(TaskParams params) {
        return withEos ? params.maxLength() - 1 : params.maxLength();
    }

    @Override
    public TaskParams defaults() {
        return new TaskParams(8, 1, 8);
    }

    @Override
    public void check(TaskParams params) {
        require(params.vocabSize() > specialTokens(), name() + ": vocab size must be at least "
                + (specialTokens() + 1) + " (" + specialTokens() + " entries are taken by <pad> and the special tokens), got "
                + params.vocabSize());
        require(params.minLength() >= 1, name() + ": min length must be at least 1, got " + params.minLength());
        require(params.minLength() < lengthBound(params), name() + ": max length must be at least min length + "
                + (withEos ? 2 : 1) + " (content lengths are drawn from [min, max - " + (withEos ? 2 : 1)
                + "]), got min " + params.minLength() + ", max " + params.maxLength());
    }

    @Override
    Example sample(NumpyRandom random, TaskParams params) {
        int length = random.randint(params.minLength(), lengthBound(params));
        List<String> content = Arrays.asList(random.choice(digits(params.vocabSize() - specialTokens()), length));
        List<String> input = prepend(Tokens.BOS, content);
        List<String> output = prepend(null, labels(content));
        if (withEos) {
            input.add(Tokens.EOS);
            output.add(null);
        }
        return new Example(input, output);
    }

    /** The number of tokens of each kind in {@code content}, in first-seen order. */
    static java.util.Map<String, Integer> counts(List<String> content) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (String token : content) {
            counts.merge(token, 1, Integer::sum);
        }
        return counts;
    }

    static List<String> mapEach(List<String> content, java.util.function.Function<String, String> f) {
        List<String> out = new ArrayList<>(content.size());
        for (String token : content) {
            out.add(f.apply(token));
        }
        return out;
    }
}
