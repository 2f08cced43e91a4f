package dev.tprog.program;

import java.util.List;

/**
 * Everything one run of a program computed on one input: each variable's value at each
 * position, which key position each categorical head attended to, the logits and the
 * predictions. Explanations and equivalence checks read it.
 *
 * @param values {@code values[v][i]}: variable v (in {@link Program#variables()} order) at
 *     position i; a value slot for categorical variables, the number itself for numerical ones
 * @param attended {@code attended[h][i]}: the key position query i attended to in the h-th
 *     categorical head (in execution order)
 * @param logits {@code logits[i][c]}
 * @param pooled {@code pooled[c]}: the mean of every position's logits, from which a pooled
 *     classifier predicts position 0; null for a classifier that predicts each position
 * @param predictions {@code predictions[i]}: the class index at position i, or -1 where the
 *     classifier predicts nothing (the positions after 0 of a pooled one)
 */
public record Trace(List<Variable> variables, int[][] values, int[][] attended, double[][] logits, double[] pooled,
        int[] predictions) {

    public int length() {
        return predictions.length;
    }

    /** The values of the named variable. */
    public int[] values(String name) {
        for (int v = 0; v < variables.size(); v++) {
            if (variables.get(v).name().equals(name)) {
                return values[v];
            }
        }
        throw new IllegalArgumentException("no variable " + name);
    }
}
