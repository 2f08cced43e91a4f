package dev.tprog.task.nlp;

import dev.tprog.task.Example;
import dev.tprog.task.Tokens;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns sentences into examples as the reference prepares its NLP sets
 * ({@code get_conll_ner} and {@code get_classification_dataset} in {@code utils/data_utils.py}):
 * <ul>
 * <li>a sentence of n words is kept when {@code minLength <= n < maxLength - 1}, so that an
 *     example, with the two tokens added around it, is at most {@code maxLength} long;
 * <li>tagging: input {@code <s> w1 .. wn </s>}, output {@code null t1 .. tn null};
 * <li>classification: input {@code <s> w1 .. wn </s>}, output {@code label null .. null}. The label
 *     sits at the BOS position, which the reference's {@code --pool_outputs 1} predicts from the
 *     mean over all positions;
 * <li>words, never tags, labels or the added tokens, are lower-cased if asked, then every run of
 *     digits is replaced by {@code @} if asked ({@code re.sub(r"[0-9]+", "@", w)}, the reference's
 *     {@code --replace_numbers}; the paper says {@code #}, the code uses {@code @}). The reference
 *     offers the replacement for CoNLL only; here it works for both kinds.
 * </ul>
 *
 * @param minLength the fewest words a kept sentence has
 * @param maxLength the longest example: kept sentences have at most {@code maxLength - 2} words
 * @param lowerCase lower-case the words (the reference's {@code --do_lower}; default off)
 * @param replaceNumbers replace digit runs by {@code @} (the reference's {@code --replace_numbers})
 */
public record NlpExamples(int minLength, int maxLength, boolean lowerCase, boolean replaceNumbers) {
    private static final String NUMBER = "@";
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    public NlpExamples {
        if (minLength < 0) {
            throw new IllegalArgumentException("min length must be at least 0, got " + minLength);
        }
        if (maxLength < minLength + 2) {
            throw new IllegalArgumentException("max length must be at least min length + 2, got min " + minLength
                    + " and max " + maxLength + " (a sentence of n words is kept when min <= n < max - 1)");
        }
    }

    /** Whether a sentence of {@code words} words becomes an example. */
    public boolean keeps(int words) {
        return words >= minLength && words < maxLength - 1;
    }

    /** The examples of the kept sentences, in order. */
    public List<Example> tagging(List<TaggedSentence> sentences) {
        List<Example> examples = new ArrayList<>();
        for (TaggedSentence sentence : sentences) {
            if (keeps(sentence.length())) {
                List<String> output = new ArrayList<>();
                output.add(null);
                output.addAll(sentence.tags());
                output.add(null);
                examples.add(new Example(framed(sentence.tokens()), output));
            }
        }
        return examples;
    }

    /** The examples of the kept sentences, in order. */
    public List<Example> classification(List<LabelledSentence> sentences) {
        List<Example> examples = new ArrayList<>();
        for (LabelledSentence sentence : sentences) {
            if (keeps(sentence.length())) {
                List<String> input = framed(sentence.words());
                List<String> output = new ArrayList<>(Collections.nCopies(input.size(), (String) null));
                output.set(0, sentence.label());
                examples.add(new Example(input, output));
            }
        }
        return examples;
    }

    /** {@code <s>}, the normalised words, {@code </s>}. */
    private List<String> framed(List<String> words) {
        List<String> input = new ArrayList<>(words.size() + 2);
        input.add(Tokens.BOS);
        words.forEach(word -> input.add(normalised(word)));
        input.add(Tokens.EOS);
        return input;
    }

    private String normalised(String word) {
        String result = lowerCase ? word.toLowerCase(Locale.ROOT) : word;
        return replaceNumbers ? DIGITS.matcher(result).replaceAll(NUMBER) : result;
    }
}
