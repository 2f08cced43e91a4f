package dev.tprog.model;

import dev.tprog.nn.Tape;
import dev.tprog.nn.Tensor;

/** What both kinds of head compute first: how well each key's value matches each query's. */
final class Attention {
    private Attention() {}

    /** {@code S[b,i,j] = q[b,i]^T P k[b,j]}, from q and k of shape [B, N, k] and P of shape [k, k]: [B, N, N]. */
    static Tensor scores(Tensor queries, Tensor keys, Tensor predicate, Batch batch, Tape tape) {
        int k = predicate.dim(0);
        Tensor matched = tape.matmul(tape.reshape(queries, batch.size * batch.length, k), predicate);
        return tape.bmmTransposed(tape.reshape(matched, batch.size, batch.length, k), keys);
    }
}
