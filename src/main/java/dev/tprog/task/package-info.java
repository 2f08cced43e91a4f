/**
 * Tasks and data: the reference generators (reverse, sort, hist, double_hist, most_freq, dyck1,
 * dyck2, induction) reproduced draw for draw, datasets as JSON Lines with a metadata sidecar,
 * and readers for CoNLL, GloVe and TSV files. Every other part of tprog gets its examples here.
 */
package dev.tprog.task;
