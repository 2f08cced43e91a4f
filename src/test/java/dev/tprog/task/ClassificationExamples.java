package dev.tprog.task;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** A sequence-classification task for tests of pooled outputs, learnable in seconds. */
public final class ClassificationExamples {
    private ClassificationExamples() {}

    /**
     * Inputs {@code <s> w </s>}, w 1 to 6 tokens from 1, 2 and 3, labelled at position 0 (and
     * nowhere else) with whichever of 1 and 2 occurs more often; inputs with a tie are left out.
     */
    public static List<Example> majority(int size, long seed) {
        Random random = new Random(seed);
        List<Example> examples = new ArrayList<>();
        while (examples.size() < size) {
            List<String> input = new ArrayList<>(List.of("<s>"));
            int balance = 0;
            for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
                int token = 1 + random.nextInt(3);
                balance += token == 1 ? 1 : token == 2 ? -1 : 0;
                input.add(Integer.toString(token));
            }
            if (balance != 0) {
                input.add("</s>");
                List<String> output = new ArrayList<>(Collections.nCopies(input.size(), (String) null));
                output.set(0, balance > 0 ? "1" : "2");
                examples.add(new Example(input, output));
            }
        }
        return examples;
    }
}
