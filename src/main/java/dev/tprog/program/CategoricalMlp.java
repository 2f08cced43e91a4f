package dev.tprog.program;

import java.util.Arrays;
import java.util.List;

/**
 * A categorical MLP as the lookup table it computes after discretisation: for every
 * combination of its categorical inputs' values, one output slot.
 * {@code table} is indexed row-major: with inputs A, B it is {@code table[a * |B| + b]}.
 */
public record CategoricalMlp(String name, List<String> inputs, ValueSet outputValues, int[] table)
        implements Operation {
    public CategoricalMlp {
        inputs = List.copyOf(inputs);
        table = table.clone();
    }

    @Override
    public List<String> reads() {
        return inputs;
    }

    @Override
    public int[] table() {
        return table.clone();
    }

    public int outputAt(int row) {
        return table[row];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CategoricalMlp mlp && mlp.name.equals(name) && mlp.inputs.equals(inputs)
                && mlp.outputValues.equals(outputValues) && Arrays.equals(mlp.table, table);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(table);
    }

    @Override
    public String toString() {
        return "CategoricalMlp[" + name + " <- " + inputs + "]";
    }
}
