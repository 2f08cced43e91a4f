package dev.tprog.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A learned factored token embedding (the reference without {@code --one_hot_embed}): each token
 * has {@code variables} categorical variables of k values, each sampled at every position from
 * the token's learned logits.
 *
 * @param variables {@code --n_vars_cat}: the token variables that open the categorical stream
 * @param glove a GloVe text file to initialise the logits from ({@code --do_glove 1
 *     --glove_embeddings FILE}), or null for random logits
 */
public record LearnedEmbedding(int variables, @JsonInclude(JsonInclude.Include.NON_NULL) String glove) {
    /** @throws IllegalArgumentException naming the setting that cannot work */
    void check() {
        if (variables < 1) {
            throw new IllegalArgumentException("--n-vars-cat must be at least 1");
        }
    }
}
