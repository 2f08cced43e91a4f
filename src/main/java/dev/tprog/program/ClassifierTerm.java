package dev.tprog.program;

import java.util.Arrays;

/**
 * One summand of the output logits. The classifier adds its terms in list order, in double
 * precision, so every implementation that keeps the order computes bit-identical logits.
 */
public sealed interface ClassifierTerm permits ClassifierTerm.Categorical, ClassifierTerm.Numerical,
        ClassifierTerm.Constant {

    /** {@code weights[slot][class]}: the row of the variable's value at this position. */
    record Categorical(String variable, float[][] weights) implements ClassifierTerm {
        public Categorical {
            weights = deepCopy(weights);
            for (float[] row : weights) {
                positiveZero(row);
            }
        }

        @Override
        public float[][] weights() {
            return deepCopy(weights);
        }

        public float weight(int slot, int outputClass) {
            return weights[slot][outputClass];
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Categorical term && term.variable.equals(variable)
                    && Arrays.deepEquals(term.weights, weights);
        }

        @Override
        public int hashCode() {
            return variable.hashCode() * 31 + Arrays.deepHashCode(weights);
        }

        @Override
        public String toString() {
            return "Categorical[" + variable + "]";
        }
    }

    /** {@code weights[class]} times the variable's value at this position. */
    record Numerical(String variable, float[] weights) implements ClassifierTerm {
        public Numerical {
            weights = positiveZero(weights.clone());
        }

        @Override
        public float[] weights() {
            return weights.clone();
        }

        public float weight(int outputClass) {
            return weights[outputClass];
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Numerical term && term.variable.equals(variable) && Arrays.equals(term.weights, weights);
        }

        @Override
        public int hashCode() {
            return variable.hashCode() * 31 + Arrays.hashCode(weights);
        }

        @Override
        public String toString() {
            return "Numerical[" + variable + "]";
        }
    }

    /**
     * The same {@code weights[class]} at every position: what remains of a variable whose rows
     * are all equal, kept at that variable's place in the order so the sums stay bit-identical.
     */
    record Constant(String origin, float[] weights) implements ClassifierTerm {
        public Constant {
            weights = positiveZero(weights.clone());
        }

        @Override
        public float[] weights() {
            return weights.clone();
        }

        public float weight(int outputClass) {
            return weights[outputClass];
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Constant term && term.origin.equals(origin) && Arrays.equals(term.weights, weights);
        }

        @Override
        public int hashCode() {
            return origin.hashCode() * 31 + Arrays.hashCode(weights);
        }

        @Override
        public String toString() {
            return "Constant[" + origin + "]";
        }
    }

    /**
     * Replaces -0.0 by 0.0 in place: the sign of a zero weight can change the sign of a zero
     * logit but never which logit is largest, and a file need not keep it.
     */
    private static float[] positiveZero(float[] weights) {
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] == 0) {
                weights[i] = 0;
            }
        }
        return weights;
    }

    private static float[][] deepCopy(float[][] rows) {
        float[][] copy = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }
}
