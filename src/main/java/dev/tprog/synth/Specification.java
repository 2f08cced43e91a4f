package dev.tprog.synth;

import dev.tprog.io.InputException;
import dev.tprog.task.Example;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What to synthesize: the examples the search sees and held-out examples it never sees, on
 * which the found program is scored. Null labels are free positions: any value is fine there.
 */
public record Specification(String name, List<Example> visible, List<Example> heldOut) {
    public Specification {
        visible = List.copyOf(visible);
        heldOut = List.copyOf(heldOut);
    }

    /**
     * The first {@code visible} examples for the search and up to {@code heldOut} of the rest to
     * score it, after checking the whole list.
     *
     * @throws InputException for no examples, contradictory ones, nothing labelled, or inputs
     *     too long for the search
     */
    public static Specification split(String name, List<Example> examples, int visible, int heldOut) {
        if (examples.isEmpty()) {
            throw new InputException(name + ": no examples to synthesize from");
        }
        checkConsistent(name, examples);
        int seen = Math.min(visible, examples.size());
        List<Example> shown = examples.subList(0, seen);
        if (shown.stream().allMatch(e -> e.scoredPositions() == 0)) {
            throw new InputException(name + ": the " + seen + " visible examples have no labelled positions");
        }
        for (Example e : shown) {
            if (e.length() > Layout.MAX_LENGTH) {
                throw new InputException(name + ": an input has " + e.length() + " tokens; synthesis takes inputs of at most "
                        + Layout.MAX_LENGTH);
            }
        }
        return new Specification(name, shown, examples.subList(seen, Math.min(examples.size(), seen + heldOut)));
    }

    /** Same input, a different label at a labelled position: no program can satisfy both. */
    private static void checkConsistent(String name, List<Example> examples) {
        Map<List<String>, List<String>> labels = new HashMap<>();
        for (Example e : examples) {
            List<String> earlier = labels.putIfAbsent(e.input(), e.output());
            if (earlier == null) {
                continue;
            }
            for (int i = 0; i < e.length(); i++) {
                String a = earlier.get(i);
                String b = e.label(i);
                if (a != null && b != null && !a.equals(b)) {
                    throw new InputException(name + ": contradictory examples: input [" + String.join(" ", e.input())
                            + "] has label '" + a + "' and label '" + b + "' at position " + i);
                }
            }
        }
    }

    /** The strings a categorical constant may be: the labels that are not numbers (inputs are already s-op values). */
    List<String> labelStrings() {
        return visible.stream().flatMap(e -> e.output().stream())
                .filter(label -> label != null && Double.isNaN(Labels.number(label))).distinct().sorted().toList();
    }
}
