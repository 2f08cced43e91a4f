package dev.tprog.program;

import java.util.List;
import java.util.Map;

/**
 * A numerical MLP as a lookup table over integer inputs: listed input tuples map to an output
 * slot, every other tuple to {@code defaultOutput}. The output is categorical.
 */
public record NumericalMlp(String name, List<String> inputs, ValueSet outputValues,
        Map<List<Integer>, Integer> table, int defaultOutput) implements Operation {
    public NumericalMlp {
        inputs = List.copyOf(inputs);
        table = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(table));
    }

    @Override
    public List<String> reads() {
        return inputs;
    }

    public int outputFor(List<Integer> input) {
        return table.getOrDefault(input, defaultOutput);
    }
}
