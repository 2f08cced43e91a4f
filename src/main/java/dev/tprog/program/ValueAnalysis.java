package dev.tprog.program;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which values each variable can take on some valid input (any tokens but {@code <pad>}, any
 * length from 1 to max length): a set of slots per categorical variable, an interval per
 * numerical one. A sound over-approximation, computed forward through the layers; values
 * outside it never occur, so tables may say anything there.
 */
public final class ValueAnalysis {
    private final Map<String, BitSet> slots = new HashMap<>();
    private final Map<String, long[]> ranges = new HashMap<>();
    /** The number of values of each categorical variable. */
    private final Map<String, Integer> sizes = new HashMap<>();

    private ValueAnalysis() {}

    public static ValueAnalysis of(Program program) {
        ValueAnalysis analysis = new ValueAnalysis();
        analysis.run(program);
        return analysis;
    }

    /** The slots a categorical variable can hold. */
    public BitSet slots(String variable) {
        return (BitSet) slots.get(variable).clone();
    }

    public boolean reachable(String variable, int slot) {
        return slots.get(variable).get(slot);
    }

    /** {lowest, highest} value a numerical variable can hold. */
    public long[] range(String variable) {
        return ranges.get(variable).clone();
    }

    private void run(Program program) {
        for (Variable variable : program.variables()) {
            if (variable instanceof Variable.Categorical categorical) {
                sizes.put(categorical.name(), categorical.values().size());
            }
        }
        BitSet tokens = new BitSet();
        tokens.set(0, program.vocabulary().size());
        int pad = program.vocabulary().slotOf(Executor.PAD);
        if (pad >= 0) {
            tokens.clear(pad);
        }
        slots.put(Program.TOKENS, tokens);
        BitSet positions = new BitSet();
        positions.set(0, program.maxLength());
        slots.put(Program.POSITIONS, positions);
        ranges.put(Program.ONES, new long[] {1, 1});
        for (TokenEmbedding embedding : program.embeddings()) {
            BitSet image = new BitSet();
            tokens.stream().forEach(t -> image.set(embedding.valueOf(t)));
            slots.put(embedding.name(), image);
        }
        for (Operation operation : program.operations()) {
            analyse(operation, program.maxLength());
        }
    }

    private void analyse(Operation operation, int maxLength) {
        if (operation instanceof CategoricalAttention attention) {
            slots.put(attention.name(), slots(attention.value()));
        } else if (operation instanceof NumericalAttention attention) {
            long[] value = ranges.get(attention.value());
            // between no match at all and every one of up to maxLength keys matching
            ranges.put(attention.name(), new long[] {Math.min(0, maxLength * value[0]), Math.max(0, maxLength * value[1])});
        } else if (operation instanceof CategoricalMlp mlp) {
            BitSet image = new BitSet();
            forEachReachableRow(mlp, row -> image.set(mlp.outputAt(row)));
            slots.put(mlp.name(), image);
        } else if (operation instanceof NumericalMlp mlp) {
            BitSet image = new BitSet();
            image.set(mlp.defaultOutput());
            mlp.table().forEach((input, output) -> {
                if (inRange(mlp.inputs(), input)) {
                    image.set(output);
                }
            });
            slots.put(mlp.name(), image);
        } else {
            throw new AssertionError(operation);
        }
    }

    /** Whether every number of {@code input} lies in its variable's range. */
    public boolean inRange(List<String> variables, List<Integer> input) {
        for (int a = 0; a < input.size(); a++) {
            long[] range = ranges.get(variables.get(a));
            if (input.get(a) < range[0] || input.get(a) > range[1]) {
                return false;
            }
        }
        return true;
    }

    /** Calls {@code action} with every table row whose input slots are all reachable. */
    public void forEachReachableRow(CategoricalMlp mlp, java.util.function.IntConsumer action) {
        int rows = mlp.inputs().stream().mapToInt(sizes::get).reduce(1, (a, b) -> a * b);
        for (int row = 0; row < rows; row++) {
            if (rowReachable(mlp.inputs(), row)) {
                action.accept(row);
            }
        }
    }

    private boolean rowReachable(List<String> inputs, int row) {
        for (int a = inputs.size() - 1; a >= 0; a--) {
            int size = sizes.get(inputs.get(a));
            if (!slots.get(inputs.get(a)).get(row % size)) {
                return false;
            }
            row /= size;
        }
        return true;
    }
}
