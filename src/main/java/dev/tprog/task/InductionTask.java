package dev.tprog.task;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * In-context associative recall: letter/digit pairs under a random letter-to-digit map drawn
 * per example; a letter is labelled with its digit if that letter occurred earlier, else
 * {@code <unk>}. Digits are ignored. Half the examples get a stray digit after {@code <s>},
 * the other half end with one more letter to recall.
 */
final class InductionTask implements Task {

    @Override
    public String name() {
        return "induction";
    }

    @Override
    public String summary() {
        return "<s> a 1 b 0 a ...: a letter seen before is labelled with the digit that followed it, else <unk>";
    }

    @Override
    public boolean causal() {
        return true;
    }

    @Override
    public TaskParams defaults() {
        return new TaskParams(10, 9, 9);
    }

    @Override
    public void check(TaskParams params) {
        SampledTask.require(params.vocabSize() >= 4 && params.vocabSize() <= 54,
                "induction: vocab size must be between 4 and 54 ((vocab - 2) / 2 letters a-z and as many digits), got "
                        + params.vocabSize());
        SampledTask.require(params.minLength() >= 0, "induction: min length must not be negative, got " + params.minLength());
        SampledTask.require(params.minLength() / 2 <= params.maxLength() / 2,
                "induction: min length must not exceed max length (min/2 to max/2 pairs are drawn), got min "
                        + params.minLength() + ", max " + params.maxLength());
    }

    /**
     * As the reference's {@code make_induction}, which deduplicates while it draws and gives up
     * after {@code 2 * count} repeated inputs, so it may return fewer than {@code count}.
     */
    @Override
    public List<Example> generate(TaskParams params, int count, long seed) {
        check(params);
        NumpyRandom random = new NumpyRandom(seed);
        List<Example> examples = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int repeats = 0;
        while (examples.size() < count) {
            Example example = sample(random, params);
            if (seen.add(example.uniquenessKey())) {
                examples.add(example);
            } else if (++repeats > 2 * count) {
                break;
            }
        }
        return examples;
    }

    private static Example sample(NumpyRandom random, TaskParams params) {
        int size = (params.vocabSize() - 2) / 2;
        String[] numbers = SampledTask.digits(size);
        int pairs = random.randint(params.minLength() / 2, params.maxLength() / 2 + 1);
        int[] digitOf = random.randint(0, size, size);
        int[] letters = random.randint(0, size, pairs);
        List<String> input = new ArrayList<>(List.of(Tokens.BOS));
        for (int letter : letters) {
            input.add(letter(letter));
            input.add(numbers[digitOf[letter]]);
        }
        if (random.randint(0, 2) == 1) {
            input.add(1, random.choice(numbers));
        } else {
            input.add(letter(random.randint(0, size)));
        }
        return new Example(input, labels(input));
    }

    private static String letter(int index) {
        return String.valueOf((char) ('a' + index));
    }

    /**
     * The label of every position of a whole input: a letter that occurred earlier gets the
     * token that followed its earlier occurrence, a new letter gets {@code <unk>}, and
     * {@code <s>} and digits are ignored.
     */
    static List<String> labels(List<String> input) {
        List<String> labels = new ArrayList<>(input.size());
        for (int i = 0; i < input.size(); i++) {
            String token = input.get(i);
            if (!Character.isLetter(token.charAt(0))) {
                labels.add(null);
                continue;
            }
            int earlier = input.subList(0, i).indexOf(token);
            labels.add(earlier < 0 ? Tokens.UNK : input.get(earlier + 1));
        }
        return labels;
    }
}
