package dev.tprog.program;

import java.util.List;

/**
 * One summand of the output logits. The classifier adds its terms in list order, in double
 * precision, so every implementation that keeps the order computes bit-identical logits.
 */
public sealed interface ClassifierTerm permits ClassifierTerm.Categorical, ClassifierTerm.Numerical,
        ClassifierTerm.Constant {

    /** {@code rows.get(slot)}: the weights added where the variable holds that value. */
    record Categorical(String variable, List<Weights> rows) implements ClassifierTerm {
        public Categorical {
            rows = List.copyOf(rows);
        }

        /** From a row of weights per value, as {@code rows[slot][class]}. */
        public static Categorical of(String variable, float[][] rows) {
            return new Categorical(variable, java.util.Arrays.stream(rows).map(Weights::new).toList());
        }

        public float weight(int slot, int outputClass) {
            return rows.get(slot).get(outputClass);
        }
    }

    /** The weights times the variable's value at this position. */
    record Numerical(String variable, Weights weights) implements ClassifierTerm {}

    /**
     * The same weights at every position: what remains of a variable whose rows are all equal,
     * kept at that variable's place in the order so the sums stay bit-identical.
     */
    record Constant(String origin, Weights weights) implements ClassifierTerm {}
}
