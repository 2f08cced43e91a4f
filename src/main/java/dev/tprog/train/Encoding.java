package dev.tprog.train;

import dev.tprog.task.Example;
import dev.tprog.task.Tokens;
import dev.tprog.task.Vocabulary;
import java.util.List;

/**
 * Token ids and class indices, as the reference builds them from the training split: input id 0
 * is {@code <pad>}; a token outside the input vocabulary reads as {@code <unk>} when the
 * vocabulary has it (the NLP sets), else as 0, and is masked as padding (as in the reference's
 * generated tasks); classes are the training labels without {@code <pad>}; a position whose label
 * is ignored, or is no class, gets target -1 (not trained on).
 */
record Encoding(Vocabulary inputs, List<String> classes) {

    /** @param inputs the input vocabulary, built from {@code train} (every token, or the most frequent) */
    static Encoding of(List<Example> train, Vocabulary inputs) {
        Vocabulary outputs = Vocabulary.ofOutputs(train);
        return new Encoding(inputs,
                outputs.tokens().stream().filter(label -> !label.equals(Tokens.PAD)).toList());
    }

    int[] tokens(Example example) {
        int[] ids = new int[example.length()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = Math.max(0, inputs.idOrUnknown(example.input().get(i)));
        }
        return ids;
    }

    int[] targets(Example example) {
        int[] targets = new int[example.length()];
        for (int i = 0; i < targets.length; i++) {
            String label = example.label(i);
            targets[i] = label == null ? -1 : classes.indexOf(label);
        }
        return targets;
    }
}
