package dev.tprog.model;

import dev.tprog.nn.Tape;
import dev.tprog.nn.Tensor;
import java.util.List;

/**
 * Categorical attention ({@code CatAttention}). With q, k, v reads and P the predicate sampled
 * row by row:
 * <pre>
 *   S[i,j]  = q_i^T P k_j                       (1 where key j's value matches query i's)
 *   S[i,0] += relu(1 - any_j S[i,j])            (nothing matches: attend to BOS)
 *   A_i     = sample((log(S_i + 1e-20) + b_i) / sqrt(k))   over visible keys j
 *   out_i   = sum_j A[i,j] v_j
 * </pre>
 */
final class CategoricalHead {
    final Read query;
    final Read key;
    final Read value;
    /** Predicate logits, k by k: row = query value, column = key value. */
    final Tensor psi;

    CategoricalHead(Parameters parameters, int variables, int k) {
        this.query = new Read(parameters, variables);
        this.key = new Read(parameters, variables);
        this.value = new Read(parameters, variables);
        this.psi = parameters.normal(k, k, k);
    }

    /** @param stream the layer's input variables, each [B, N, k] */
    Tensor forward(List<Tensor> stream, Batch batch, Tensor bias, Sampling sampling) {
        Tape tape = sampling.tape();
        int k = psi.dim(0);
        Tensor scores = Attention.scores(query.apply(stream, sampling), key.apply(stream, sampling), sampling.parameter(psi),
                batch, tape);
        scores = tape.bosDefault(scores, batch.liveMask);
        Tensor logits = tape.attentionLogits(scores, batch.livePositionRows(bias), batch.liveMask,
                (float) (1 / Math.sqrt(k)));
        Tensor attention = sampling.sample(logits);
        return Attention.weightedValues(attention, value.apply(stream, sampling), batch, tape);
    }
}
