package dev.tprog.train;

import dev.tprog.task.Example;
import dev.tprog.task.Tokens;
import dev.tprog.task.Vocabulary;
import java.util.List;

/**
 * Token ids and class indices, as the reference builds them from the training split: input id 0
 * is {@code <pad>} (a token never seen in training also becomes 0, and is masked, as in the
 * reference); classes are the training labels without {@code <pad>}; a position whose label is
 * ignored, or is no class, gets target -1 (not trained on).
 */
record Encoding(Vocabulary inputs, List<String> classes) {

    static Encoding of(List<Example> train) {
        Vocabulary outputs = Vocabulary.ofOutputs(train);
        return new Encoding(Vocabulary.ofInputs(train),
                outputs.tokens().stream().filter(label -> !label.equals(Tokens.PAD)).toList());
    }

    int[] tokens(Example example) {
        int[] ids = new int[example.length()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = Math.max(0, inputs.id(example.input().get(i)));
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
