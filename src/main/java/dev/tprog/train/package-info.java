/**
 * The trainer: temperature schedule, optimisation, checkpoints, metrics, and discretisation of a
 * trained model into a Program.
 */
package dev.tprog.train;
