package dev.tprog.task;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One sequence-labelling example: an input token sequence and one label per position.
 * A {@code null} label marks an ignored position (the reference's {@code <pad>} label):
 * it is neither trained on nor scored.
 */
public record Example(List<String> input, List<String> output) {
    public Example {
        if (input.size() != output.size()) {
            throw new IllegalArgumentException(
                    "output has " + output.size() + " labels but input has " + input.size() + " tokens");
        }
        input.forEach(token -> Objects.requireNonNull(token, "input tokens cannot be null"));
        input = List.copyOf(input);
        output = Collections.unmodifiableList(new ArrayList<>(output));
    }

    public int length() {
        return input.size();
    }

    /** The label at {@code position}, or null where the position is ignored. */
    public String label(int position) {
        return output.get(position);
    }

    /** The number of positions that carry a label. */
    public int scoredPositions() {
        int scored = 0;
        for (String label : output) {
            if (label != null) {
                scored++;
            }
        }
        return scored;
    }

    /** The reference's uniqueness key: the input tokens joined with no separator. */
    public String uniquenessKey() {
        return String.join("", input);
    }
}
