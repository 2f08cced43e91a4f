package dev.tprog.program;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The readable shape of predicates and MLP tables that every emitter writes: inputs grouped
 * by the result they lead to (one {@code if} branch per result), with the most frequent
 * result of a table left out as the default. Shared so the three languages say the same thing.
 *
 * @param <K> an input: a query slot, or a tuple of input slots or numbers
 */
public record Branches<K>(List<Branch<K>> branches, int defaultResult) {

    /** All inputs that lead to {@code result}, in first-seen order. */
    public record Branch<K>(List<K> inputs, int result) {}

    /** A predicate's query values grouped by the key value they match; unmatched queries fall to "no match". */
    public static Branches<Integer> of(Predicate predicate) {
        Map<Integer, List<Integer>> byKey = new LinkedHashMap<>();
        for (int q = 0; q < predicate.size(); q++) {
            if (predicate.keyOf(q) != Predicate.NONE) {
                byKey.computeIfAbsent(predicate.keyOf(q), k -> new ArrayList<>()).add(q);
            }
        }
        return new Branches<>(branches(byKey), Predicate.NONE);
    }

    /** A categorical MLP's rows as input-slot tuples grouped by output, minus the most frequent output. */
    public static Branches<List<Integer>> of(CategoricalMlp mlp, List<Integer> sizes) {
        Map<Integer, List<List<Integer>>> byOutput = new LinkedHashMap<>();
        int[] table = mlp.table();
        for (int row = 0; row < table.length; row++) {
            byOutput.computeIfAbsent(table[row], k -> new ArrayList<>()).add(tuple(row, sizes));
        }
        int defaultOutput = mostFrequent(byOutput);
        byOutput.remove(defaultOutput);
        return new Branches<>(branches(byOutput), defaultOutput);
    }

    /** A numerical MLP's listed entries grouped by output, minus those that give the default anyway. */
    public static Branches<List<Integer>> of(NumericalMlp mlp) {
        Map<Integer, List<List<Integer>>> byOutput = new LinkedHashMap<>();
        mlp.table().forEach((input, output) -> {
            if (output != mlp.defaultOutput()) {
                byOutput.computeIfAbsent(output, k -> new ArrayList<>()).add(input);
            }
        });
        return new Branches<>(branches(byOutput), mlp.defaultOutput());
    }

    /**
     * When every matched query value matches the key value of the same name (and kind), the
     * predicate reads as {@code k == q}: the matched query slots; otherwise empty.
     */
    public static java.util.Optional<List<Integer>> equalNames(Predicate predicate, ValueSet queries, ValueSet keys) {
        if (queries.kind() != keys.kind()) {
            return java.util.Optional.empty();
        }
        List<Integer> matched = new ArrayList<>();
        for (int q = 0; q < predicate.size(); q++) {
            int k = predicate.keyOf(q);
            if (k != Predicate.NONE) {
                if (!keys.name(k).equals(queries.name(q))) {
                    return java.util.Optional.empty();
                }
                matched.add(q);
            }
        }
        return matched.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(matched);
    }

    private static <K> List<Branch<K>> branches(Map<Integer, List<K>> grouped) {
        List<Branch<K>> branches = new ArrayList<>();
        grouped.forEach((result, inputs) -> branches.add(new Branch<>(inputs, result)));
        return branches;
    }

    /** The output most rows give; of equally frequent ones, the smallest slot. */
    private static <K> int mostFrequent(Map<Integer, List<K>> byOutput) {
        int best = -1;
        for (Map.Entry<Integer, List<K>> entry : byOutput.entrySet()) {
            int size = entry.getValue().size();
            if (best < 0 || size > byOutput.get(best).size() || (size == byOutput.get(best).size() && entry.getKey() < best)) {
                best = entry.getKey();
            }
        }
        return best;
    }

    /** Row-major index to the tuple of input slots. */
    private static List<Integer> tuple(int row, List<Integer> sizes) {
        Integer[] slots = new Integer[sizes.size()];
        for (int a = sizes.size() - 1; a >= 0; a--) {
            slots[a] = row % sizes.get(a);
            row /= sizes.get(a);
        }
        return List.of(slots);
    }
}
