/**
 * The trainable relaxation of a Program: Gumbel-softmax reads, predicates, attention heads, MLPs
 * and the classifier.
 */
package dev.tprog.model;
