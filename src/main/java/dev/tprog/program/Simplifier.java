package dev.tprog.program;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes what cannot change any prediction, keeping every prediction bit for bit:
 * <ol>
 *   <li>branches for values that never occur ({@link ValueAnalysis}): predicate rows and
 *       targets become "no match", MLP rows take the table's default, unreachable numerical
 *       entries go;</li>
 *   <li>variables nothing reads whose classifier rows are all equal on reachable values: the
 *       operation goes, and its term becomes a constant at the same place in the sum (or
 *       nothing, when the row is zero), so the logits are added in the same order.</li>
 * </ol>
 * Repeated until nothing changes, since removing one operation can leave its inputs unread.
 */
public final class Simplifier {
    private Simplifier() {}

    public static Program simplify(Program program) {
        Program current = program;
        while (true) {
            Program next = removeUnreadConstants(pruneUnreachable(current));
            if (next.equals(current)) {
                return current;
            }
            current = next;
        }
    }

    private static Program pruneUnreachable(Program program) {
        ValueAnalysis values = ValueAnalysis.of(program);
        List<Layer> layers = new ArrayList<>();
        for (Layer layer : program.layers()) {
            List<Operation> operations = new ArrayList<>();
            layer.operations().forEach(operation -> operations.add(prune(operation, values)));
            layers.add(new Layer(operations));
        }
        List<ClassifierTerm> terms = new ArrayList<>();
        for (ClassifierTerm term : program.classifier().terms()) {
            terms.add(term instanceof ClassifierTerm.Categorical categorical ? zeroUnreachableRows(categorical, values) : term);
        }
        return new Program(program.name(), program.vocabulary(), program.maxLength(), program.causal(),
                program.embeddings(), layers, program.classifier().withTerms(terms));
    }

    private static Operation prune(Operation operation, ValueAnalysis values) {
        if (operation instanceof Attention attention) {
            return attention.withPredicate(prune(attention.predicate(), attention.query(), attention.key(), values));
        } else if (operation instanceof CategoricalMlp mlp) {
            return prune(mlp, values);
        } else if (operation instanceof NumericalMlp mlp) {
            Map<List<Integer>, Integer> table = new LinkedHashMap<>();
            mlp.table().forEach((input, output) -> {
                if (values.inRange(mlp.inputs(), input) && output != mlp.defaultOutput()) {
                    table.put(input, output);
                }
            });
            return new NumericalMlp(mlp.name(), mlp.inputs(), mlp.outputValues(), table, mlp.defaultOutput());
        }
        throw new AssertionError(operation);
    }

    /** A query value that never occurs, or a key value that never occurs, matches nothing. */
    private static Predicate prune(Predicate predicate, String query, String key, ValueAnalysis values) {
        int[] keyOf = predicate.keyOf();
        for (int q = 0; q < keyOf.length; q++) {
            if (!values.reachable(query, q) || (keyOf[q] != Predicate.NONE && !values.reachable(key, keyOf[q]))) {
                keyOf[q] = Predicate.NONE;
            }
        }
        return new Predicate(keyOf);
    }

    /** Rows no input reaches take the most frequent output of the reachable rows. */
    private static CategoricalMlp prune(CategoricalMlp mlp, ValueAnalysis values) {
        int[] table = mlp.table();
        int[] counts = new int[mlp.outputValues().size()];
        boolean[] reachable = new boolean[table.length];
        values.forEachReachableRow(mlp, row -> {
            reachable[row] = true;
            counts[table[row]]++;
        });
        int common = 0;
        for (int output = 1; output < counts.length; output++) {
            common = counts[output] > counts[common] ? output : common;
        }
        for (int row = 0; row < table.length; row++) {
            table[row] = reachable[row] ? table[row] : common;
        }
        return new CategoricalMlp(mlp.name(), mlp.inputs(), mlp.outputValues(), table);
    }

    private static ClassifierTerm zeroUnreachableRows(ClassifierTerm.Categorical term, ValueAnalysis values) {
        List<Weights> rows = new ArrayList<>();
        for (int slot = 0; slot < term.rows().size(); slot++) {
            Weights row = term.rows().get(slot);
            rows.add(values.reachable(term.variable(), slot) ? row : new Weights(new float[row.size()]));
        }
        return new ClassifierTerm.Categorical(term.variable(), rows);
    }

    private static Program removeUnreadConstants(Program program) {
        ValueAnalysis values = ValueAnalysis.of(program);
        Set<String> read = new HashSet<>();
        program.operations().forEach(operation -> read.addAll(operation.reads()));
        List<ClassifierTerm> terms = new ArrayList<>();
        Set<String> removed = new HashSet<>();
        for (ClassifierTerm term : program.classifier().terms()) {
            ClassifierTerm kept = term;
            if (term instanceof ClassifierTerm.Categorical categorical && !read.contains(categorical.variable())) {
                Weights row = commonRow(categorical, values);
                if (row != null) {
                    removed.add(categorical.variable());
                    kept = row.isZero() ? null : new ClassifierTerm.Constant(categorical.variable(), row);
                }
            } else if (term instanceof ClassifierTerm.Numerical numerical && numerical.weights().isZero()) {
                kept = null;
            } else if (term instanceof ClassifierTerm.Constant constant && constant.weights().isZero()) {
                kept = null;
            }
            if (kept != null) {
                terms.add(kept);
            }
        }
        Set<String> inTerms = new HashSet<>();
        terms.forEach(term -> inTerms.add(variableOf(term)));
        List<Layer> layers = new ArrayList<>();
        for (Layer layer : program.layers()) {
            List<Operation> operations = new ArrayList<>();
            for (Operation operation : layer.operations()) {
                boolean used = read.contains(operation.name()) || inTerms.contains(operation.name());
                if (used && !removed.contains(operation.name())) {
                    operations.add(operation);
                }
            }
            if (!operations.isEmpty()) {
                layers.add(new Layer(operations));
            }
        }
        return new Program(program.name(), program.vocabulary(), program.maxLength(), program.causal(),
                program.embeddings(), layers, program.classifier().withTerms(terms));
    }

    private static String variableOf(ClassifierTerm term) {
        if (term instanceof ClassifierTerm.Categorical categorical) {
            return categorical.variable();
        } else if (term instanceof ClassifierTerm.Numerical numerical) {
            return numerical.variable();
        } else if (term instanceof ClassifierTerm.Constant) {
            return "";
        }
        throw new AssertionError(term);
    }

    /** The row shared by every reachable value, or null when two reachable rows differ. */
    private static Weights commonRow(ClassifierTerm.Categorical term, ValueAnalysis values) {
        Weights common = null;
        for (int slot : values.slots(term.variable()).stream().toArray()) {
            Weights row = term.rows().get(slot);
            if (common != null && !common.equals(row)) {
                return null;
            }
            common = row;
        }
        return common;
    }

}
