package dev.tprog.task;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A labelled dataset in three splits, with the vocabularies the reference would build from
 * its training split. A generated dataset remembers how it was made; a custom one (any JSONL
 * files in the tprog format) does not.
 *
 * @param task the task name, or {@code custom}
 * @param causal whether positions may look only to the left (dyck, induction)
 * @param generation how it was generated, empty for a custom dataset
 */
public record Dataset(String task, boolean causal, Optional<Generation> generation, Map<Split, List<Example>> splits) {
    public static final String CUSTOM = "custom";
    /** The reference's fraction for both the test split and then the validation split. */
    public static final double HELD_OUT_FRACTION = 0.1;

    public Dataset {
        EnumMap<Split, List<Example>> copy = new EnumMap<>(Split.class);
        for (Split split : Split.values()) {
            copy.put(split, List.copyOf(splits.getOrDefault(split, List.of())));
        }
        splits = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * Splits examples as the reference does: {@code train_test_split} with 10% test, then the
     * same split of the remainder for validation (81/9/10), both seeded with {@code seed}.
     */
    public static Dataset split(String task, boolean causal, Optional<Generation> generation,
            List<Example> examples, long seed) {
        TrainTestSplit<Example> heldOut = TrainTestSplit.of(examples, HELD_OUT_FRACTION, seed);
        TrainTestSplit<Example> validation = TrainTestSplit.of(heldOut.train(), HELD_OUT_FRACTION, seed);
        return new Dataset(task, causal, generation,
                Map.of(Split.TRAIN, validation.train(), Split.VAL, validation.test(), Split.TEST, heldOut.test()));
    }

    public List<Example> get(Split split) {
        return splits.get(split);
    }

    public int size() {
        return splits.values().stream().mapToInt(List::size).sum();
    }

    public Vocabulary inputVocabulary() {
        return Vocabulary.ofInputs(get(Split.TRAIN));
    }

    public Vocabulary outputVocabulary() {
        return Vocabulary.ofOutputs(get(Split.TRAIN));
    }
}
