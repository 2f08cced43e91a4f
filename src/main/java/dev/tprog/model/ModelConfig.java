package dev.tprog.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tprog.nn.Sampler;

/**
 * The shape of a Transformer Program model, named as the reference's {@code run.py} flags.
 *
 * @param layers {@code --n_layers}
 * @param categoricalHeads {@code --n_heads_cat} per layer
 * @param numericalHeads {@code --n_heads_num} per layer
 * @param categoricalMlps {@code --n_cat_mlps} per layer
 * @param numericalMlps {@code --n_num_mlps} per layer
 * @param mlpVarsIn {@code --mlp_vars_in}: variables each MLP reads
 * @param mlpWidth {@code --d_mlp}: hidden units of each MLP
 * @param valuesPerVariable {@code --d_var}, k: the values of every categorical variable (at least
 *     the vocabulary size and the sequence length)
 * @param causal {@code --autoregressive}: positions attend only to themselves and the left
 * @param sampler {@code --sample_fn} during training
 * @param embedding the learned token embedding, or null for the reference's {@code --one_hot_embed}
 *     (the frozen one-hot {@code tokens}); null in every config.json written before there was a choice
 * @param poolOutputs {@code --pool_outputs}: one class per sequence, at position 0, from the mean of
 *     every position's logits (sequence classification); absent from config.json when off, as in
 *     every run from before it existed
 * @param selectorWidth {@code --selector_width}: every numerical head's value is fixed to {@code
 *     ones}, so it counts its matches (RASP's {@code selector_width}); absent from config.json when off
 */
public record ModelConfig(int layers, int categoricalHeads, int numericalHeads, int categoricalMlps, int numericalMlps,
        int mlpVarsIn, int mlpWidth, int valuesPerVariable, boolean causal, Sampler sampler,
        @JsonInclude(JsonInclude.Include.NON_NULL) LearnedEmbedding embedding,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean poolOutputs,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean selectorWidth) {

    /**
     * A model that predicts every position and learns its numerical heads' values (the
     * reference's defaults, {@code --pool_outputs 0 --selector_width 0}).
     */
    public ModelConfig(int layers, int categoricalHeads, int numericalHeads, int categoricalMlps, int numericalMlps,
            int mlpVarsIn, int mlpWidth, int valuesPerVariable, boolean causal, Sampler sampler, LearnedEmbedding embedding) {
        this(layers, categoricalHeads, numericalHeads, categoricalMlps, numericalMlps, mlpVarsIn, mlpWidth,
                valuesPerVariable, causal, sampler, embedding, false, false);
    }

    /** The categorical variables a token is embedded as: one one-hot variable, or the learned ones. */
    public int tokenVariables() {
        return embedding == null ? 1 : embedding.variables();
    }

    /** @throws IllegalArgumentException naming the setting that cannot work */
    public void check(int vocabularySize, int maxLength) {
        require(layers >= 0, "layers must not be negative");
        require(categoricalHeads >= 0 && numericalHeads >= 0 && categoricalMlps >= 0 && numericalMlps >= 0,
                "head and MLP counts must not be negative");
        require(layers > 0 || categoricalHeads + numericalHeads + categoricalMlps + numericalMlps == 0,
                "heads and MLPs need at least one layer");
        require(mlpVarsIn >= 1, "--mlp-vars-in must be at least 1");
        require(mlpWidth >= 1, "--d-mlp must be at least 1");
        if (embedding != null) {
            embedding.check();
        }
        require(embedding != null || valuesPerVariable >= vocabularySize, "--d-var (k = " + valuesPerVariable
                + ") must be at least the vocabulary size " + vocabularySize);
        require(valuesPerVariable >= maxLength, "--d-var (k = " + valuesPerVariable
                + ") must be at least the sequence length " + maxLength + " (positions are one-hot in k values)");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
