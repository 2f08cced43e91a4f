package dev.tprog.model;

import dev.tprog.nn.Tape;
import dev.tprog.nn.Tensor;

/** What both kinds of head compute first: how well each key's value matches each query's. */
final class Attention {
    private Attention() {}

    /**
     * {@code S[t,j] = q[t]^T P k[b,j]} for each live query row t (of sequence b) and every key j,
     * from q and k of shape [B, N, k] and P of shape [k, k]: [1, T, N]. The padding's query rows
     * are left out: they see no key, and nothing scored reads them.
     */
    static Tensor scores(Tensor queries, Tensor keys, Tensor predicate, Batch batch, Tape tape) {
        int k = predicate.dim(0);
        Tensor liveQueries = batch.liveRowsOf(tape, tape.reshape(queries, batch.size * batch.length, k));
        Tensor scores = tape.raggedBmmTransposed(tape.matmul(liveQueries, predicate), keys, batch.liveStarts);
        return tape.reshape(scores, 1, batch.liveRows.length, batch.length);
    }

    /** {@code out[t] = sum_j weights[t,j] v[b,j]} for [1, T, N] weights and [B, N, w] values, placed back: [B, N, w]. */
    static Tensor weightedValues(Tensor weights, Tensor values, Batch batch, Tape tape) {
        int live = batch.liveRows.length;
        Tensor out = tape.raggedBmm(tape.reshape(weights, live, batch.length), values, batch.liveStarts);
        return tape.reshape(batch.fromLiveRows(tape, out), batch.size, batch.length, values.dim(2));
    }
}
