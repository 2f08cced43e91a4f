/**
 * Synthesis of RASP programs from input/output examples.
 */
package dev.tprog.synth;
