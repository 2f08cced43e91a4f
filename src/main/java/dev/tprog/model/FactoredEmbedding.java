package dev.tprog.model;

import dev.tprog.nn.Tape;
import dev.tprog.nn.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * The learned factored token embedding: for each of its variables a table of logits, [V, k], one
 * row per token id. Each table is one of the step's choices, sampled row by row once per step
 * (as the reference samples its whole matrix once per forward pass, so every occurrence of a
 * token in the batch gets the same noisy value); a position then takes its token's row. During
 * training a token's value is a noisy choice and afterwards the argmax. The reference keeps one
 * (variables·k, V) matrix initialised randn/sqrt(variables·k); one table per block of k rows of
 * it, initialised alike, is the same model.
 */
final class FactoredEmbedding {
    /** One [V, k] table of logits per variable. */
    final List<Tensor> tables = new ArrayList<>();

    FactoredEmbedding(Parameters parameters, int variables, int vocabulary, int k) {
        for (int v = 0; v < variables; v++) {
            tables.add(parameters.normal(variables * k, vocabulary, k));
        }
    }

    /** Each variable at every position of the batch, its token's row of the step's sample: [B, N, k] each. */
    List<Tensor> forward(Batch batch, Sampling sampling) {
        Tape tape = sampling.tape();
        List<Tensor> variables = new ArrayList<>();
        for (Tensor table : tables) {
            Tensor sampled = tape.gatherRows(sampling.parameter(table), batch.tokens);
            variables.add(tape.reshape(sampled, batch.size, batch.length, table.dim(1)));
        }
        return variables;
    }

    /** The value variable v takes for each token id once sampling is an argmax: its row's first largest logit. */
    int[] valuesOf(int variable) {
        Tensor table = tables.get(variable);
        int k = table.dim(1);
        int[] values = new int[table.dim(0)];
        for (int token = 0; token < values.length; token++) {
            int best = 0;
            for (int j = 1; j < k; j++) {
                best = table.data()[token * k + j] > table.data()[token * k + best] ? j : best;
            }
            values[token] = best;
        }
        return values;
    }

    /**
     * Replaces the logits by given vectors (GloVe's, projected): token t's vector, of
     * variables·k numbers, is split into the variables' rows in order, as the reference splits
     * a token's column of its matrix.
     */
    void set(float[][] vectors) {
        int k = tables.get(0).dim(1);
        if (vectors.length != tables.get(0).dim(0) || vectors[0].length != tables.size() * k) {
            throw new IllegalArgumentException("an embedding of " + tables.get(0).dim(0) + " tokens by "
                    + tables.size() * k + " logits, got " + vectors.length + " by " + vectors[0].length);
        }
        for (int v = 0; v < tables.size(); v++) {
            float[] data = tables.get(v).data();
            for (int token = 0; token < vectors.length; token++) {
                System.arraycopy(vectors[token], v * k, data, token * k, k);
            }
        }
    }
}
