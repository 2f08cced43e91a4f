package dev.tprog.model;

/**
 * How a batch's token losses become one number: the reference's {@code --loss_agg}. Both leave
 * unscored positions out of the sum; they differ in what they divide by.
 */
public enum LossAggregation {
    /** {@code per_token} (the default): the mean over each sequence's scored positions, then over the batch. */
    PER_TOKEN,
    /**
     * {@code per_seq}: the sum of a sequence's token losses over N, the padded length, then the
     * mean over the batch; the reference averages over all B·N positions with the unscored ones
     * counting 0, so a sequence with more scored positions weighs more.
     */
    PER_SEQ
}
