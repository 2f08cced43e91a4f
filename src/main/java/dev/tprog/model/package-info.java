/**
 * The trainable models: the relaxation of a Program (Gumbel-softmax reads, predicates, attention
 * heads, MLPs and the classifier), which the discretiser turns into a Program, and the standard
 * transformer baseline, which has no program; one training step for both ({@code BatchGradient}).
 */
package dev.tprog.model;
