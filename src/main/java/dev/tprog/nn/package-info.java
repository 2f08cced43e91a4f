/**
 * A small reverse-mode differentiation engine over {@code float[]}: only the operations the model
 * needs, each checked against finite differences.
 */
package dev.tprog.nn;
